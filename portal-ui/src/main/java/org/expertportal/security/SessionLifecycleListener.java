package org.expertportal.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.expertportal.account.SessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the session records what the container does to sessions: a new id (sign-in, second
 * factor) keeps the same record; a closed session (sign-out, time-out) is marked ended.
 */
@Component
class SessionLifecycleListener implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(SessionLifecycleListener.class);

    private final SessionService sessions;

    SessionLifecycleListener(SessionService sessions) {
        this.sessions = sessions;
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
