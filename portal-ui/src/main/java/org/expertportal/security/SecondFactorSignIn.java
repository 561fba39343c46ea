package org.expertportal.security;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.expertportal.account.SignInThrottle;
import org.expertportal.account.TwoFactorSignIn;
import org.expertportal.account.ui.SecondStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of signing in, for the view at {@code /login/two-factor}: checks the code behind
 * the same {@link SignInThrottle} as passwords (a wrong code counts as a failed sign-in), and on
 * success signs the person in under a new session id.
 */
@Component
public class SecondFactorSignIn implements SecondStep {


    private static final Logger log = LoggerFactory.getLogger(SecondFactorSignIn.class);

    private final TwoFactorSignIn twoFactor;
    private final SignInThrottle throttle;
    private final PortalUserDetailsService users;
    private final SessionLifecycleListener sessions;
    private final Clock clock;

    SecondFactorSignIn(TwoFactorSignIn twoFactor, SignInThrottle throttle, PortalUserDetailsService users,
            SessionLifecycleListener sessions, Clock clock) {
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public boolean isPending() {
        return pending(request()).isPresent();
    }

    @Override
    public Outcome complete(String code) {
        HttpServletRequest request = request();
        Optional<PendingSecondFactor> pending = pending(request);
        if (pending.isEmpty()) {
            return Outcome.NO_PENDING_SIGN_IN;
        }
        String email = pending.get().email();
        String client = request.getRemoteAddr();
        if (throttle.notBefore(email, client).isPresent()) {
            log.info("Second-factor attempt refused by the throttle");
            return Outcome.THROTTLED;
        }
        boolean accepted;
        try {
            accepted = twoFactor.verify(pending.get().accountId(), code);
        } catch (ConcurrencyFailureException sameCodeTwiceAtOnce) {
            accepted = false;
        }
        if (!accepted) {
            throttle.failed(email, client);
            return Outcome.WRONG_CODE;
        }
        UserDetails user = users.loadUserByUsername(email);
        if (!user.isEnabled() || !(user instanceof PortalUser portalUser)
                || portalUser.accountId() != pending.get().accountId()) {
            cancel();
            return Outcome.NO_PENDING_SIGN_IN;
        }
        throttle.succeeded(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // A new session id now that the person is signed in: a session id planted before is worthless.
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        sessions.record(request, portalUser);
        return Outcome.SIGNED_IN;
    }

    @Override
    public void cancel() {
        HttpSession session = request().getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
        }
    }

    private Optional<PendingSecondFactor> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(PendingSecondFactor.SESSION_ATTRIBUTE) instanceof PendingSecondFactor p)) {
            return Optional.empty();
        }
        if (p.expiredAt(clock.instant())) {
            session.removeAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static HttpServletRequest request() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            throw new IllegalStateException("the second step runs in a Vaadin request");
        }
        return request.getHttpServletRequest();
    }
}
