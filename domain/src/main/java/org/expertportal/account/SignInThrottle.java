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
import org.expertportal.identity.Role;
import org.expertportal.shared.NotPermittedException;

/**
 * Slows down and then stops password guessing. Failures are counted per address typed (whether or
 * not an account has it, so that the answer never tells) and per client network address, over a
 * 15-minute window: from the 5th failure each further attempt must wait 1, 2, 4, 8... seconds;
 * from the 10th the address is locked for 15 minutes (a client network address, which an office
 * may share, from the 50th). A successful sign-in clears the address's count.
 */
@Named
@Transactional
public class SignInThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    static final int DELAY_FROM = 5;
    static final int ACCOUNT_LOCK_AT = 10;
    static final int CLIENT_LOCK_AT = 50;
    private static final Duration KEEP = Duration.ofHours(24);

    private final SignInFailureRepository failures;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    public SignInThrottle(SignInFailureRepository failures, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.failures = failures;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * When the next attempt for this address from this client may be checked, if not now.
     *
     * @return empty when the attempt may go ahead
     */
    public Optional<Instant> notBefore(String email, String clientAddress) {
        Instant now = clock.instant();
        Optional<Instant> account = notBefore(SignInFailure.Subject.ACCOUNT, key(email), ACCOUNT_LOCK_AT, now);
        Optional<Instant> client = clientAddress == null ? Optional.empty()
                : notBefore(SignInFailure.Subject.CLIENT_ADDRESS, key(clientAddress), CLIENT_LOCK_AT, now);
        return account.isPresent() && client.isPresent()
                ? Optional.of(account.get().isAfter(client.get()) ? account.get() : client.get())
                : account.or(() -> client);
    }

    public void failed(String email, String clientAddress) {
        Instant now = clock.instant();
        failures.save(new SignInFailure(SignInFailure.Subject.ACCOUNT, key(email), now));
        if (failures.findBySubjectAndSubjectHashAndFailedAtAfterOrderByFailedAtAsc(
                SignInFailure.Subject.ACCOUNT, key(email), now.minus(WINDOW)).size() == ACCOUNT_LOCK_AT) {
            audit.record(AuditAction.SIGN_IN_LOCKED_OUT, AuditTarget.ADDRESS_HASH, key(email), null);
        }
        if (clientAddress != null) {
            failures.save(new SignInFailure(SignInFailure.Subject.CLIENT_ADDRESS, key(clientAddress), now));
        }
        failures.deleteByFailedAtBefore(now.minus(KEEP));
    }

    public void succeeded(String email) {
        failures.deleteBySubjectAndSubjectHash(SignInFailure.Subject.ACCOUNT, key(email));
    }

    /** Lifts the lock on an address before its 15 minutes are over. Administrators only. */
    public void unlock(String email) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        succeeded(email);
    }

    private Optional<Instant> notBefore(SignInFailure.Subject subject, String hash, int lockAt, Instant now) {
        // Look back far enough to see a lock that started up to 15 minutes ago.
        List<SignInFailure> recent = failures.findBySubjectAndSubjectHashAndFailedAtAfterOrderByFailedAtAsc(
                subject, hash, now.minus(WINDOW).minus(LOCK));
        Instant lockedUntil = null;
        for (int last = lockAt - 1; last < recent.size(); last++) {
            Instant first = recent.get(last - lockAt + 1).getFailedAt();
            Instant at = recent.get(last).getFailedAt();
            if (!at.isAfter(first.plus(WINDOW))) {
                lockedUntil = at.plus(LOCK);
            }
        }
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return Optional.of(lockedUntil);
        }
        List<SignInFailure> inWindow = recent.stream()
                .filter(failure -> failure.getFailedAt().isAfter(now.minus(WINDOW)))
                .toList();
        if (inWindow.size() >= DELAY_FROM) {
            Instant until = inWindow.getLast().getFailedAt()
                    .plusSeconds(1L << Math.min(inWindow.size() - DELAY_FROM, 10));
            return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The SHA-256 under which an address typed at sign-in is counted and audited. */
    public static String addressKey(String email) {
        return key(email);
    }

    /** SHA-256 of the normalised value: counted, never readable. */
    static String key(String value) {
        String normalised = value == null ? "" : EmailAddresses.normalise(value);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
