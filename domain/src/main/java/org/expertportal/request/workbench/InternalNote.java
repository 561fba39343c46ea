package org.expertportal.request.workbench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff-only remark on a request. Its own table and its own repository, read by staff use cases
 * only: no client view, download, search, export or email reads this table.
 */
@Entity
@Table(name = "request_internal_note")
public class InternalNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    @Column(name = "author_label", nullable = false, length = 120, updatable = false)
    private String authorLabel;

    @Column(nullable = false, length = 5000, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected InternalNote() {}

    InternalNote(long requestId, long authorAccountId, String authorLabel, String body, Instant writtenAt) {
        this.requestId = requestId;
        this.authorAccountId = authorAccountId;
        this.authorLabel = Objects.requireNonNull(authorLabel);
        this.body = Objects.requireNonNull(body).strip();
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorLabel() { return authorLabel; }
    public String getBody() { return body; }
    public Instant getWrittenAt() { return writtenAt; }
}
