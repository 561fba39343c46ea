package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The second step of signing in, for the sign-in mechanism only: nobody is signed in yet, so there
 * is no current user to check. The caller holds the account id from a correct password and counts
 * every refusal in the {@link SignInThrottle}, which also stops guessing here.
 */
@Named
@Transactional
public class TwoFactorSignIn {

    private final TwoFactorCredentialRepository credentials;
    private final RecoveryCodeRepository recoveryCodes;
    private final TotpSecretCipher cipher;
    private final Clock clock;

    public TwoFactorSignIn(TwoFactorCredentialRepository credentials, RecoveryCodeRepository recoveryCodes,
            TotpSecretCipher cipher, Clock clock) {
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Whether a correct password must be followed by a code. */
    public boolean required(long accountId) {
        return credentials.findById(accountId).filter(TwoFactorCredential::isConfirmed).isPresent();
    }

    /**
     * Accepts a six-digit code from the app (once: a code of a step already used is refused) or an
     * unused recovery code (which is then used up).
     */
    public boolean verify(long accountId, String typed) {
        var credential = credentials.findById(accountId).filter(TwoFactorCredential::isConfirmed);
        if (credential.isEmpty() || typed == null || typed.isBlank()) {
            return false;
        }
        Instant now = clock.instant();
        String code = TwoFactorService.normaliseCode(typed);
        if (Totp.isCodeShaped(code)) {
            byte[] secret;
            try {
                secret = cipher.open(credential.get().getSealedSecret(), accountId);
            } catch (IllegalStateException unreadable) {
                return false;
            }
            OptionalLong step = Totp.acceptedStep(secret, code, now, credential.get().getLastUsedStep());
            step.ifPresent(accepted -> {
                credential.get().codeUsed(accepted, now);
                credentials.save(credential.get());
            });
            return step.isPresent();
        }
        for (RecoveryCode recovery : recoveryCodes.findByAccountIdAndUsedAtIsNull(accountId)) {
            if (recovery.matches(typed)) {
                recovery.use(now);
                recoveryCodes.save(recovery);
                credential.get().recoveryCodeUsed(now);
                credentials.save(credential.get());
                return true;
            }
        }
        return false;
    }
}
