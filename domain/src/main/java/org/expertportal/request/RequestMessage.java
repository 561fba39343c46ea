package org.expertportal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.expertportal.request.workbench.InternalNote;

/**
 * A message in the thread between the client and staff: everything here is seen by both sides.
 * Staff-only remarks are {@link InternalNote}s, kept in another table.
 */
@Entity
@Table(name = "request_message")
public class RequestMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    /** True when staff wrote it, false when the client (or a colleague) did. */
    @Column(name = "from_staff", nullable = false, updatable = false)
    private boolean fromStaff;

    @Column(name = "author_label", nullable = false, length = 120, updatable = false)
    private String authorLabel;

    @Column(nullable = false, length = 5000, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected RequestMessage() {}

    public RequestMessage(long requestId, long authorAccountId, boolean fromStaff, String authorLabel, String body,
            Instant sentAt) {
        this.requestId = requestId;
        this.authorAccountId = authorAccountId;
        this.fromStaff = fromStaff;
        this.authorLabel = Objects.requireNonNull(authorLabel);
        this.body = Objects.requireNonNull(body).strip();
        this.sentAt = Objects.requireNonNull(sentAt);
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getAuthorAccountId() { return authorAccountId; }
    public boolean isFromStaff() { return fromStaff; }
    public String getAuthorLabel() { return authorLabel; }
    public String getBody() { return body; }
    public Instant getSentAt() { return sentAt; }
}
