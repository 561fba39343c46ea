package org.expertportal.security;

import java.util.Optional;
import org.expertportal.account.SignInThrottle;
import org.expertportal.account.TwoFactorSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Email and password sign-in behind the {@link SignInThrottle}: a throttled attempt is refused
 * before the password is even checked, every failure is counted, a success clears the count. The
 * browser sees the same generic failure either way. For an account with two-factor authentication
 * a correct password is not a sign-in: it ends in {@link SecondFactorRequiredException}, and the
 * code is asked on the second step ({@link SecondFactorSignIn}).
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final TwoFactorSignIn twoFactor;

    ThrottledAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
            TwoFactorSignIn twoFactor) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // A hash of an older algorithm is replaced once the password has matched it (ADR 046).
        this.passwords.setUserDetailsPasswordService(users);
        this.throttle = throttle;
        this.twoFactor = twoFactor;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String client = clientAddress(attempt).orElse(null);
        if (throttle.notBefore(email, client).isPresent()) {
            // No address in the log: the throttle itself knows only hashes.
            log.info("Sign-in attempt refused by the throttle");
            throw new LockedException("Too many failed sign-ins; try again later");
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException failed) {
            throttle.failed(email, client);
            throw failed;
        }
        if (signedIn.getPrincipal() instanceof PortalUser user && twoFactor.required(user.accountId())) {
            // The count is cleared only when the code is right too: otherwise each correct password
            // would reset it, and the six digits could be guessed without limit.
            throw new SecondFactorRequiredException(user);
        }
        throttle.succeeded(email);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static Optional<String> clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress())
                : Optional.empty();
    }
}
