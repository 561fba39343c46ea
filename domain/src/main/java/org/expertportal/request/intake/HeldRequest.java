package org.expertportal.request.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request from the public form held out of every list because its email belongs to an existing
 * account (docs/adr/033). For a client account it keeps the form until the account's owner
 * confirms it from the emailed link (then it becomes a {@code ReportRequest}) or until it expires
 * and is erased. For a staff or admin account it keeps nothing of the form and no account: only
 * the reference the visitor was shown and the booking pass, so that the visitor's page behaves as
 * for any other request, until it is erased too.
 */
@Entity
@Table(name = "held_request")
public class HeldRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    /** The client account the request would join; null for a staff or admin address. */
    @Column(name = "account_id")
    private Long accountId;

    /** The confirmation link sent to that account; null for a staff or admin address. */
    @Column(name = "account_link_id")
    private Long accountLinkId;

    /** The form as submitted ({@link HeldSubmission}); null for a staff or admin address. */
    @Column(name = "submission")
    private String submission;

    @Column(name = "pass_hash", nullable = false, unique = true, length = 64)
    private String passHash;

    @Column(name = "pass_expires_at", nullable = false)
    private Instant passExpiresAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected HeldRequest() {}

    private HeldRequest(String reference, Long accountId, Long accountLinkId, String submission, String passHash,
            Instant passExpiresAt, Instant submittedAt, Instant expiresAt) {
        this.reference = Objects.requireNonNull(reference);
        this.accountId = accountId;
        this.accountLinkId = accountLinkId;
        this.submission = submission;
        this.passHash = Objects.requireNonNull(passHash);
        this.passExpiresAt = Objects.requireNonNull(passExpiresAt);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    static HeldRequest forClient(String reference, long accountId, long accountLinkId, RequestSubmission form,
            String passHash, Instant passExpiresAt, Instant submittedAt, Instant expiresAt) {
        return new HeldRequest(reference, accountId, accountLinkId, HeldSubmission.encode(form), passHash,
                passExpiresAt, submittedAt, expiresAt);
    }

    /** A staff or admin address: nothing of the form and no account is kept. */
    static HeldRequest discarded(String reference, String passHash, Instant passExpiresAt, Instant submittedAt,
            Instant expiresAt) {
        return new HeldRequest(reference, null, null, null, passHash, passExpiresAt, submittedAt, expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Optional<Long> getAccountId() {
        return Optional.ofNullable(accountId);
    }

    public Optional<Long> getAccountLinkId() {
        return Optional.ofNullable(accountLinkId);
    }

    Optional<RequestSubmission> submission() {
        return Optional.ofNullable(submission).map(HeldSubmission::decode);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Whether the visitor may still list consultation slots with the pass from the form. */
    public boolean passValidAt(Instant now) {
        return now.isBefore(passExpiresAt);
    }
}
