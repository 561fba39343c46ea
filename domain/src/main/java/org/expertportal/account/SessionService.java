package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.expertportal.identity.CurrentUser;
import org.expertportal.shared.NotFoundException;

/**
 * Signed-in sessions: the web module reports each request of a signed-in session ({@link #seen})
 * and learns whether the session may go on; the person lists their sessions and ends the others.
 * An ended session ends on its next request, on whichever instance it arrives. Session ids are
 * hashed before they are stored or looked up.
 */
@Named
@Transactional
public class SessionService {

    /** Every session ends after this long however active it is (SessionLifetimeFilter). */
    public static final Duration MAX_LIFETIME = Duration.ofHours(12);

    private final UserSessionRepository sessions;
    private final CurrentUser currentUser;
    private final CurrentSession currentSession;
    private final AuditTrail audit;
    private final Clock clock;

    public SessionService(UserSessionRepository sessions, CurrentUser currentUser, CurrentSession currentSession,
            AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.currentSession = currentSession;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the web module ----------------------------------------------------------------------

    /**
     * A request of a signed-in session arrived: records the session the first time, keeps its
     * last-seen time to the minute.
     *
     * @return false when the session was ended and must be closed now
     */
    public boolean seen(String sessionId, long accountId, String userAgent, String ip) {
        Instant now = clock.instant();
        Optional<UserSession> known = sessions.findBySessionHash(hash(sessionId));
        if (known.isEmpty()) {
            sessions.save(new UserSession(hash(sessionId), accountId, now, userAgent, ip));
            return true;
        }
        UserSession session = known.get();
        if (session.isEnded() || session.getAccountId() != accountId) {
            return false;
        }
        if (session.seen(now)) {
            sessions.save(session);
        }
        return true;
    }

    /** The container gave the session a new id (at sign-in, after a second factor). */
    public void idChanged(String oldSessionId, String newSessionId) {
        sessions.findBySessionHash(hash(oldSessionId)).ifPresent(session -> {
            session.renamed(hash(newSessionId));
            sessions.save(session);
        });
    }

    /** The container closed the session (sign-out, time-out, shutdown). */
    public void closed(String sessionId) {
        sessions.findBySessionHash(hash(sessionId)).ifPresent(session -> {
            session.end(clock.instant(), UserSession.EndReason.CLOSED);
            sessions.save(session);
        });
    }

    // ---- the signed-in person ----------------------------------------------------------------

    /** The caller's sessions that are still open, most recently used first, theirs marked. */
    public List<ActiveSession> mySessions() {
        long accountId = currentUser.requireAccountId();
        Optional<String> current = currentSession.id().map(SessionService::hash);
        return sessions.findByAccountIdAndEndedAtIsNullAndCreatedAtAfterOrderByLastSeenAtDesc(accountId,
                        clock.instant().minus(MAX_LIFETIME))
                .stream()
                .map(session -> new ActiveSession(session.getId(), session.getCreatedAt(), session.getLastSeenAt(),
                        session.getUserAgent(), session.getIp(),
                        current.map(session.getSessionHash()::equals).orElse(false)))
                .toList();
    }

    /** Ends one of the caller's sessions; another person's session id answers like a missing one. */
    public void endMySession(long sessionId) {
        long accountId = currentUser.requireAccountId();
        UserSession session = sessions.findByIdAndAccountId(sessionId, accountId)
                .filter(found -> !found.isEnded())
                .orElseThrow(NotFoundException::new);
        end(session, UserSession.EndReason.BY_USER, AuditAction.SESSION_ENDED_BY_USER, null);
    }

    /** Ends every session of the caller but the one they use. @return how many were ended */
    public int endMyOtherSessions() {
        long accountId = currentUser.requireAccountId();
        Optional<String> current = currentSession.id().map(SessionService::hash);
        int ended = 0;
        for (UserSession session : sessions.findByAccountIdAndEndedAtIsNull(accountId)) {
            if (current.filter(session.getSessionHash()::equals).isEmpty()) {
                end(session, UserSession.EndReason.BY_USER, AuditAction.SESSION_ENDED_BY_USER, null);
                ended++;
            }
        }
        return ended;
    }

    /**
     * An account was disabled (by an administrator, or by an erasure): its sessions end at once.
     * Called with the event only, so that nothing else can end someone's sessions through here.
     */
    public void accountDisabled(AccountDisabled disabled) {
        endAllOf(disabled.accountId(), "account disabled");
    }

    /** Ends every session of an account, at once; the caller has checked that it may. */
    void endAllOf(long accountId, String why) {
        for (UserSession session : sessions.findByAccountIdAndEndedAtIsNull(accountId)) {
            end(session, UserSession.EndReason.BY_ADMIN, AuditAction.SESSION_ENDED_BY_ADMIN, why);
        }
    }

    /**
     * The account's password or email address changed: every other session of it ends at once (a
     * session opened with the old password, by whoever had it, must not outlive the change). The
     * session the change was made in goes on. @return how many were ended
     */
    int endOtherSessionsOf(long accountId, String why) {
        Optional<String> current = currentSession.id().map(SessionService::hash);
        int ended = 0;
        for (UserSession session : sessions.findByAccountIdAndEndedAtIsNull(accountId)) {
            if (current.filter(session.getSessionHash()::equals).isEmpty()) {
                end(session, UserSession.EndReason.BY_USER, AuditAction.SESSION_ENDED_BY_USER, why);
                ended++;
            }
        }
        return ended;
    }

    private void end(UserSession session, UserSession.EndReason reason, AuditAction action, String detail) {
        session.end(clock.instant(), reason);
        sessions.save(session);
        audit.record(action, AuditTarget.SESSION, String.valueOf(session.getId()),
                detail == null ? "account " + session.getAccountId() : detail + ", account " + session.getAccountId());
    }

    /** SHA-256 of the container's session id: recognisable, never usable as a cookie. */
    static String hash(String sessionId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
