package org.expertportal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * After a correct password for an account with two-factor authentication: remembers the account in
 * the session (under a new session id) and sends the browser to the second step. Every other
 * failure goes back to the sign-in page with the one generic error.
 */
@Component
class SecondFactorFailureHandler implements AuthenticationFailureHandler {

    static final String SECOND_STEP = "/login/two-factor";

    private final AuthenticationFailureHandler generic = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final Clock clock;

    SecondFactorFailureHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (!(exception instanceof SecondFactorRequiredException required)) {
            generic.onAuthenticationFailure(request, response, exception);
            return;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(PendingSecondFactor.SESSION_ATTRIBUTE,
                new PendingSecondFactor(required.user().accountId(), required.user().getUsername(), clock.instant()));
        response.sendRedirect(request.getContextPath() + SECOND_STEP);
    }
}
