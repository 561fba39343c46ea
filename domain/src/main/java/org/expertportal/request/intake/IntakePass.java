package org.expertportal.request.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What lets the anonymous visitor who just submitted a request book its consultation: a random
 * token handed to their session (never to the browser), stored here only as its SHA-256 hash,
 * valid for a short time and for one booking. A reference alone never lets anyone book.
 */
@Entity
@Table(name = "request_intake_pass")
public class IntakePass {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected IntakePass() {}

    IntakePass(long requestId, String tokenHash, Instant expiresAt) {
        this.requestId = requestId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    public Long getRequestId() { return requestId; }
    public Instant getExpiresAt() { return expiresAt; }
}
