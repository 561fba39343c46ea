package org.expertportal.account;

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

/**
 * A single-use link sent by email: an invitation, a password reset or an email-change
 * confirmation. Only the SHA-256 of its token is kept, and only from the moment the email is
 * written (see docs/adr/016): the token itself exists in that email and nowhere else.
 */
@Entity
@Table(name = "account_link")
public class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LinkPurpose purpose;

    /** Null until the email is written; replaced if the email is written again. */
    @Column(name = "token_hash", unique = true, length = 64)
    private String tokenHash;

    /** The address an email change goes to; null for other purposes. */
    @Column(name = "new_email", length = 254)
    private String newEmail;

    /** The address an email change replaced, told about the change; null for other purposes. */
    @Column(name = "previous_email", length = 254)
    private String previousEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** When the link was used, or made useless by a newer link or a change it would undo. */
    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {}

    AccountLink(long accountId, LinkPurpose purpose, String newEmail, Instant createdAt) {
        this.accountId = accountId;
        this.purpose = Objects.requireNonNull(purpose);
        this.newEmail = newEmail == null ? null : EmailAddresses.normalise(newEmail);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = createdAt.plus(purpose.validity());
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }

    public Optional<String> getNewEmail() {
        return Optional.ofNullable(newEmail);
    }

    public Optional<String> getPreviousEmail() {
        return Optional.ofNullable(previousEmail);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Optional<Instant> getUsedAt() {
        return Optional.ofNullable(usedAt);
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void issue(String newTokenHash) {
        this.tokenHash = Objects.requireNonNull(newTokenHash);
    }

    void use(Instant at) {
        this.usedAt = Objects.requireNonNull(at);
    }

    /** An email change was confirmed through this link: the old address is kept to tell it. */
    void confirmEmailChange(String replacedEmail, Instant at) {
        this.previousEmail = Objects.requireNonNull(replacedEmail);
        use(at);
    }

    /** The account was erased: the link stops working and forgets the addresses it held. */
    void erase(Instant at) {
        newEmail = null;
        previousEmail = null;
        tokenHash = null;
        if (usedAt == null) {
            usedAt = Objects.requireNonNull(at);
        }
    }
}
