package org.expertportal.security;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.expertportal.audit.RequestOrigin;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The domain's {@link RequestOrigin} from the current servlet request. The address is the
 * container's remote address, which {@code server.forward-headers-strategy} turns into the
 * client's address behind a trusted proxy; a header the client sent itself is never read here.
 */
@Component
class ServletRequestOrigin implements RequestOrigin {

    @Override
    public Optional<String> clientAddress() {
        return currentRequest().map(HttpServletRequest::getRemoteAddr);
    }

    /** Spring's request holder, else Vaadin's (its requests may come through its own servlet). */
    static Optional<HttpServletRequest> currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(attributes.getRequest());
        }
        if (VaadinRequest.getCurrent() instanceof com.vaadin.flow.server.VaadinServletRequest vaadin) {
            return Optional.of(vaadin.getHttpServletRequest());
        }
        return Optional.empty();
    }
}
