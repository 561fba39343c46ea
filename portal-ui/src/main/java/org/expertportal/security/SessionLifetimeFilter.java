package org.expertportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends every session 12 hours after it began, however active: a portal left signed in on a shared
 * computer does not stay open for days. (Idle sessions end after 30 minutes without a user action:
 * {@code server.servlet.session.timeout} with Vaadin's {@code closeIdleSessions}.)
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final Duration MAX_LIFETIME = Duration.ofHours(12);

    private final Clock clock;

    SessionLifetimeFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > MAX_LIFETIME.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
