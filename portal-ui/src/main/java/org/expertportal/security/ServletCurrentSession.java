package org.expertportal.security;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.expertportal.account.CurrentSession;
import org.springframework.stereotype.Component;

/** The domain's {@link CurrentSession}: the servlet session of the current request, never created. */
@Component
class ServletCurrentSession implements CurrentSession {

    @Override
    public Optional<String> id() {
        return ServletRequestOrigin.currentRequest()
                .map(request -> request.getSession(false))
                .map(HttpSession::getId);
    }
}
