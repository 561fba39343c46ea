package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;

/**
 * Two-factor authentication with TOTP (RFC 6238) on the signed-in person's own account: enrol with
 * a secret made here and confirmed with a first code, receive ten single-use recovery codes,
 * replace them, and (clients only) switch it off again. Staff and administrators must use it. An
 * administrator can reset someone's two-factor authentication when their phone is lost.
 */
@Named
@Transactional
public class TwoFactorService {

    public static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final TwoFactorCredentialRepository credentials;
    private final RecoveryCodeRepository recoveryCodes;
    private final TotpSecretCipher cipher;
    private final PasswordHasher passwordHasher;
    private final CurrentUser currentUser;
    private final Clock clock;

    public TwoFactorService(
            AccountRepository accounts,
            TwoFactorCredentialRepository credentials,
            RecoveryCodeRepository recoveryCodes,
            TotpSecretCipher cipher,
            PasswordHasher passwordHasher,
            CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.passwordHasher = passwordHasher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Staff and administrators see case files of many clients: a password alone is not enough. */
    public static boolean requiredFor(Role role) {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    public TwoFactorStatus status() {
        Account account = requireCurrent();
        Optional<TwoFactorCredential> confirmed = credentials.findById(account.getId())
                .filter(TwoFactorCredential::isConfirmed);
        return new TwoFactorStatus(confirmed.isPresent(),
                confirmed.flatMap(TwoFactorCredential::getConfirmedAt),
                requiredFor(account.getRole()),
                confirmed.isPresent() ? recoveryCodes.countByAccountIdAndUsedAtIsNull(account.getId()) : 0);
    }

    /** Whether the signed-in person must enrol before they may do anything else. */
    public boolean mustEnrol() {
        Optional<Account> account = currentUser.accountId().flatMap(accounts::findById);
        return account.isPresent()
                && requiredFor(account.get().getRole())
                && credentials.findById(account.get().getId()).filter(TwoFactorCredential::isConfirmed).isEmpty();
    }

    /**
     * The secret to add to an authenticator app. A pending enrolment keeps its secret, so that a
     * reloaded page still matches the app it was scanned into.
     */
    public TwoFactorEnrolment startEnrolment() {
        Account account = requireCurrent();
        Optional<TwoFactorCredential> existing = credentials.findById(account.getId());
        if (existing.filter(TwoFactorCredential::isConfirmed).isPresent()) {
            throw new DomainException("two-factor.already-enabled");
        }
        if (existing.isPresent()) {
            Optional<byte[]> secret = openQuietly(existing.get());
            if (secret.isPresent()) {
                return new TwoFactorEnrolment(account.getEmail(), Base32.encode(secret.get()));
            }
        }
        byte[] secret = new byte[Totp.SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String sealed = cipher.seal(secret, account.getId());
        if (existing.isPresent()) {
            existing.get().replaceSecret(sealed, clock.instant());
            credentials.save(existing.get());
        } else {
            credentials.save(new TwoFactorCredential(account.getId(), sealed, clock.instant()));
        }
        return new TwoFactorEnrolment(account.getEmail(), Base32.encode(secret));
    }

    /**
     * Switches two-factor authentication on once the app shows the right code.
     *
     * @return the recovery codes, in the clear for the only time
     */
    public List<String> confirmEnrolment(String code) {
        Account account = requireCurrent();
        TwoFactorCredential pending = credentials.findById(account.getId())
                .filter(credential -> !credential.isConfirmed())
                .orElseThrow(() -> new DomainException("two-factor.not-pending"));
        Instant now = clock.instant();
        OptionalLong step = openQuietly(pending)
                .map(secret -> Totp.acceptedStep(secret, normaliseCode(code), now, pending.getLastUsedStep()))
                .orElse(OptionalLong.empty());
        if (step.isEmpty()) {
            throw new DomainException("two-factor.code.wrong");
        }
        pending.confirm(now, step.getAsLong());
        credentials.save(pending);
        return newRecoveryCodes(account.getId(), now);
    }

    /** Replaces every recovery code; the old ones stop working. Needs the password. */
    public List<String> regenerateRecoveryCodes(String currentPassword) {
        Account account = requireCurrent();
        requirePassword(account, currentPassword);
        credentials.findById(account.getId()).filter(TwoFactorCredential::isConfirmed)
                .orElseThrow(() -> new DomainException("two-factor.not-enabled"));
        return newRecoveryCodes(account.getId(), clock.instant());
    }

    /** Switches two-factor authentication off. Clients only, and only with the password. */
    public void disable(String currentPassword) {
        Account account = requireCurrent();
        if (requiredFor(account.getRole())) {
            throw new DomainException("two-factor.required-for-role");
        }
        requirePassword(account, currentPassword);
        remove(account.getId());
    }

    /**
     * Removes someone's two-factor authentication, for a person who lost their phone and their
     * recovery codes. Administrators only. Staff and administrators are asked to enrol again at
     * their next sign-in.
     */
    public void resetTwoFactor(long accountId) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        accounts.findById(accountId).orElseThrow(NotFoundException::new);
        remove(accountId);
    }

    /**
     * Enrols an account with a known secret, for installation set-up (the demo accounts): no view
     * reaches it. Does nothing when the account does not exist or already opens to that secret.
     *
     * @return true when the secret was (re)stored
     */
    public boolean provision(String email, String base32Secret) {
        Optional<Account> account = accounts.findByEmail(EmailAddresses.normalise(email));
        if (account.isEmpty()) {
            return false;
        }
        byte[] secret = Base32.decode(base32Secret);
        if (secret.length < 16) {
            throw new IllegalArgumentException("a TOTP secret needs at least 128 bits");
        }
        long id = account.get().getId();
        Instant now = clock.instant();
        Optional<TwoFactorCredential> existing = credentials.findById(id);
        if (existing.isPresent() && existing.get().isConfirmed()
                && openQuietly(existing.get()).filter(stored -> Arrays.equals(stored, secret)).isPresent()) {
            return false;
        }
        TwoFactorCredential credential = existing.orElseGet(() -> new TwoFactorCredential(id, "-", now));
        credential.replaceSecret(cipher.seal(secret, id), now);
        credential.confirmProvisioned(now);
        credentials.save(credential);
        return true;
    }

    private void remove(long accountId) {
        recoveryCodes.deleteByAccountId(accountId);
        credentials.findById(accountId).ifPresent(credentials::delete);
    }

    private List<String> newRecoveryCodes(long accountId, Instant now) {
        recoveryCodes.deleteByAccountId(accountId);
        List<String> plain = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = RecoveryCode.generate();
            plain.add(code);
            recoveryCodes.save(new RecoveryCode(accountId, code, now));
        }
        return List.copyOf(plain);
    }

    private void requirePassword(Account account, String password) {
        boolean matches = account.getPasswordHash()
                .map(hash -> passwordHasher.matches(password == null ? "" : password, hash))
                .orElse(false);
        if (!matches) {
            throw new DomainException("password.refused.current-wrong");
        }
    }

    private Optional<byte[]> openQuietly(TwoFactorCredential credential) {
        try {
            return Optional.of(cipher.open(credential.getSealedSecret(), credential.getAccountId()));
        } catch (IllegalStateException sealedWithAnotherKey) {
            return Optional.empty();
        }
    }

    static String normaliseCode(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    private Account requireCurrent() {
        return accounts.findById(currentUser.requireAccountId()).orElseThrow(NotPermittedException::new);
    }
}
