package org.expertportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.expertportal.account.SessionService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a signed-in session asks the database whether the session may go on (one
 * lookup by a unique hash): a session its owner or an administrator ended is closed here, before
 * Spring Security reads it, so its next request, on any instance, lands on the sign-in page. The
 * first request after sign-in records the session.
 */
class ActiveSessionFilter extends OncePerRequestFilter {

    private final SessionService sessions;

    ActiveSessionFilter(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && signedIn(session) instanceof PortalUser user) {
            boolean mayGoOn;
            try {
                mayGoOn = sessions.seen(session.getId(), user.accountId(),
                        UserAgents.summary(request.getHeader("User-Agent")), request.getRemoteAddr());
            } catch (IllegalStateException alreadyInvalidated) {
                mayGoOn = true;
            }
            if (!mayGoOn) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private static Object signedIn(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                            instanceof SecurityContext context && context.getAuthentication() != null
                    ? context.getAuthentication().getPrincipal()
                    : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
