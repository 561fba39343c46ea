package org.expertportal.request.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Up to which message one person of the client's side has read one request's thread. */
@Entity
@Table(name = "thread_read")
public class ThreadRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "read_up_to_message_id", nullable = false)
    private long readUpToMessageId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected ThreadRead() {}

    public ThreadRead(long requestId, long accountId) {
        this.requestId = requestId;
        this.accountId = accountId;
    }

    /** Moves the marker on to {@code messageId}; never back. */
    public void readUpTo(long messageId, Instant at) {
        readUpToMessageId = Math.max(readUpToMessageId, messageId);
        readAt = at;
    }

    public long getReadUpToMessageId() {
        return readUpToMessageId;
    }
}
