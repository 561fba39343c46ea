package org.expertportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.expertportal.account.SessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Tells the session records what the container does to sessions: a sign-in records its session at
 * once (not at its first use: a session signed in with a password that changes before it is first
 * used must end with the others); a new id (sign-in, second factor) keeps the same record; a
 * closed session (sign-out, time-out) is marked ended.
 */
@Component
class SessionLifecycleListener implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(SessionLifecycleListener.class);

    private final SessionService sessions;

    SessionLifecycleListener(SessionService sessions) {
        this.sessions = sessions;
    }

    /** After the form sign-in, under the session's new id. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            ServletRequestOrigin.currentRequest().ifPresent(request -> record(request, user));
        }
    }

    /** Records the request's session as the person's, as its first request would. */
    void record(HttpServletRequest request, PortalUser user) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            sessions.seen(session.getId(), user.accountId(), UserAgents.summary(request.getHeader("User-Agent")),
                    request.getRemoteAddr());
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.idChanged(oldSessionId, event.getSession().getId());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            sessions.closed(event.getSession().getId());
        } catch (RuntimeException e) {
            // At shutdown the database may already be gone; the record then ends with its 12 hours.
            log.debug("A closed session could not be marked ended: {}", e.getMessage());
        }
    }
}
