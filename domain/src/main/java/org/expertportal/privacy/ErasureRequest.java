package org.expertportal.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.expertportal.shared.DomainException;

/**
 * A client's request to have their data erased. Once granted, it keeps who asked, when, and who
 * decided, as ids and times only: the reason the client typed goes with the rest of their data.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(length = MAX_REASON)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ErasureStatus status;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ErasureRequest() {}

    ErasureRequest(long accountId, String reason, Instant requestedAt) {
        this.accountId = accountId;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.status = ErasureStatus.PENDING;
    }

    void approve(long adminId, Instant at) {
        decide(ErasureStatus.APPROVED, adminId, at);
        reason = null;
    }

    void refuse(long adminId, Instant at) {
        decide(ErasureStatus.REFUSED, adminId, at);
    }

    private void decide(ErasureStatus outcome, long adminId, Instant at) {
        if (status != ErasureStatus.PENDING) {
            throw new DomainException("privacy.erasure.refused.decided");
        }
        status = outcome;
        decidedBy = adminId;
        decidedAt = Objects.requireNonNull(at);
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public Instant getRequestedAt() { return requestedAt; }
    public Optional<String> getReason() { return Optional.ofNullable(reason); }
    public ErasureStatus getStatus() { return status; }
    public Optional<Long> getDecidedBy() { return Optional.ofNullable(decidedBy); }
    public Optional<Instant> getDecidedAt() { return Optional.ofNullable(decidedAt); }
}
