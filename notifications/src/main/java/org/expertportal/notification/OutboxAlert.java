package org.expertportal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One alert in the outbox: written in the transaction of the change that caused it, then sent
 * exactly once. Holds no text but the subject, which is filled in when the mail is sent.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type", nullable = false, length = 48)
    private AlertType type;

    @Column(name = "recipient_account_id", nullable = false)
    private long recipientAccountId;

    @Column(length = 32)
    private String reference;

    @Column(name = "link_path", nullable = false, length = 200)
    private String linkPath;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The single-use link the mail carries, whose token is made when the mail is written; or null. */
    @Column(name = "account_link_id")
    private Long accountLinkId;

    /** The consultation whose invite the mail carries, written when the mail is; or null. */
    @Column(name = "consultation_id")
    private Long consultationId;

    /**
     * See {@link Alert#lastAddress()}: set for an erasure confirmation and an invited expert's copy of
     * a consultation invite, cleared once it is settled.
     */
    @Column(name = "last_address", length = 254)
    private String lastAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** Since when the current round of attempts runs: creation, or the last resend. */
    @Column(name = "pending_since", nullable = false)
    private Instant pendingSince;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "message_id", nullable = false, unique = true, length = 200)
    private String messageId;

    @Column(length = 255)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Held for the daily digest: sent in one email with the recipient's other digest alerts. */
    @Column(nullable = false)
    private boolean digest;

    /** For a request update: the kind of change the gathered email lists (docs/adr/038); or null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "request_change", length = 32)
    private RequestChange requestChange;

    protected OutboxAlert() {}

    OutboxAlert(Alert alert, String messageId, Instant now, Instant due, boolean digest) {
        this.digest = digest;
        this.type = alert.type();
        this.recipientAccountId = alert.recipientAccountId();
        this.reference = alert.reference();
        this.linkPath = PortalPaths.of(alert.link());
        this.occurredAt = alert.occurredAt();
        this.accountLinkId = alert.accountLinkId();
        this.consultationId = alert.consultationId();
        this.lastAddress = alert.lastAddress();
        this.requestChange = alert.change();
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = due;
        this.pendingSince = now;
        this.messageId = messageId;
        this.createdAt = now;
    }

    /** Reserves the alert for one sending attempt; if the sender dies, the lease runs out and it is due again. */
    void claim(Instant leaseUntil) {
        attempts++;
        nextAttemptAt = leaseUntil;
    }

    public boolean isDigest() {
        return digest;
    }

    void sent(String subject, Instant at) {
        this.status = OutboxStatus.SENT;
        this.subject = subject;
        this.sentAt = at;
        this.lastAddress = null;
    }

    /** A failed attempt: try again at {@code retryAt}, or give up when there is none. */
    void attemptFailed(String error, Optional<Instant> retryAt) {
        this.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        retryAt.ifPresentOrElse(at -> nextAttemptAt = at, () -> {
            status = OutboxStatus.FAILED;
            // An erased person's address is not kept for a mail that will not go out.
            lastAddress = null;
        });
    }

    /** Not worth sending any more (its link expired or was used meanwhile): given up without retries. */
    void dropped(String reason) {
        this.lastError = reason;
        this.status = OutboxStatus.FAILED;
        this.lastAddress = null;
    }

    /** An administrator sends a failed alert again: a new round of attempts starts now. */
    void resend(Instant now) {
        status = OutboxStatus.PENDING;
        pendingSince = now;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public AlertType getType() {
        return type;
    }

    public long getRecipientAccountId() {
        return recipientAccountId;
    }

    public Optional<String> getReference() {
        return Optional.ofNullable(reference);
    }

    public String getLinkPath() {
        return linkPath;
    }

    public Optional<String> getLastAddress() {
        return Optional.ofNullable(lastAddress);
    }

    public Optional<Long> getAccountLinkId() {
        return Optional.ofNullable(accountLinkId);
    }

    public Optional<RequestChange> getRequestChange() {
        return Optional.ofNullable(requestChange);
    }

    /** Waits for the window after a request's first update, to go out with the others in one email. */
    public boolean isGatheredPerRequest() {
        return type.isGatheredPerRequest() && !digest && reference != null;
    }

    public Optional<Long> getConsultationId() {
        return Optional.ofNullable(consultationId);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getPendingSince() {
        return pendingSince;
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }

    public String getMessageId() {
        return messageId;
    }

    public Optional<String> getSubject() {
        return Optional.ofNullable(subject);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }
}
