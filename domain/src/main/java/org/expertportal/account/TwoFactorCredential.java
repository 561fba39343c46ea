package org.expertportal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's TOTP secret, sealed by the {@link TotpSecretCipher} so that a database dump alone
 * does not give it away. Pending until the person has typed a first code from their app; from then
 * on it is required at every sign-in. The last accepted time step is kept so that a code is
 * accepted once only; the version makes two sign-ins racing with one code conflict.
 */
@Entity
@Table(name = "two_factor_credential")
public class TwoFactorCredential {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Version
    private Long version;

    @Column(name = "sealed_secret", nullable = false, length = 255)
    private String sealedSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null while the enrolment waits for its first code. */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_used_step")
    private Long lastUsedStep;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected TwoFactorCredential() {}

    TwoFactorCredential(long accountId, String sealedSecret, Instant createdAt) {
        this.accountId = accountId;
        this.sealedSecret = Objects.requireNonNull(sealedSecret);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public long getAccountId() {
        return accountId;
    }

    String getSealedSecret() {
        return sealedSecret;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Optional<Instant> getConfirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    Long getLastUsedStep() {
        return lastUsedStep;
    }

    /** A new secret: for a pending enrolment whose old one could not be read, or set up by provisioning. */
    void replaceSecret(String sealed, Instant at) {
        this.sealedSecret = Objects.requireNonNull(sealed);
        this.createdAt = at;
    }

    /** Switched on by the first code from the app, which is thereby used up. */
    void confirm(Instant at, long step) {
        this.confirmedAt = at;
        codeUsed(step, at);
    }

    /** Switched on without a code: only for a secret provisioned at installation (the demo accounts). */
    void confirmProvisioned(Instant at) {
        if (confirmedAt == null) {
            this.confirmedAt = at;
        }
    }

    void codeUsed(long step, Instant at) {
        this.lastUsedStep = step;
        this.lastUsedAt = at;
    }

    /** A recovery code was used: recorded here too, so that racing sign-ins conflict on the version. */
    void recoveryCodeUsed(Instant at) {
        this.lastUsedAt = at;
    }
}
