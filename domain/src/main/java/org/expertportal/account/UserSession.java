package org.expertportal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One signed-in browser session of an account. The session id is kept as a SHA-256 only: the
 * table lets the portal recognise a session, never resume one.
 */
@Entity
@Table(name = "user_session")
public class UserSession {

    /** Why a session ended. */
    public enum EndReason {
        /** Signed out, timed out or ended by the server. */
        CLOSED,
        /** Ended by its owner from another session. */
        BY_USER,
        /** Ended because an administrator disabled the account. */
        BY_ADMIN
    }

    /** Last-seen times are written at most this often: the list needs minutes, not every click. */
    static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_hash", nullable = false, unique = true, length = 64)
    private String sessionHash;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "user_agent", length = 80)
    private String userAgent;

    @Column(length = 45)
    private String ip;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 16)
    private EndReason endReason;

    protected UserSession() {}

    UserSession(String sessionHash, long accountId, Instant now, String userAgent, String ip) {
        this.sessionHash = Objects.requireNonNull(sessionHash);
        this.accountId = accountId;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.userAgent = userAgent == null || userAgent.length() <= 80 ? userAgent : userAgent.substring(0, 80);
        this.ip = ip;
    }

    /** @return true when the last-seen time was moved (and the row needs saving) */
    boolean seen(Instant now) {
        if (lastSeenAt.plus(SEEN_RESOLUTION).isAfter(now)) {
            return false;
        }
        lastSeenAt = now;
        return true;
    }

    void end(Instant now, EndReason reason) {
        if (endedAt == null) {
            endedAt = now;
            endReason = reason;
        }
    }

    void renamed(String newHash) {
        this.sessionHash = newHash;
    }

    public Long getId() {
        return id;
    }

    String getSessionHash() {
        return sessionHash;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getIp() {
        return ip;
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public EndReason getEndReason() {
        return endReason;
    }
}
