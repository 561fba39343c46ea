package org.expertportal.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.expertportal.audit.RequestOrigin;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The domain's {@link RequestOrigin} from the current servlet request. The address is the
 * request's remote address, which {@link ForwardedHeadersValve} turns into the client's address
 * behind a trusted proxy; a header the client sent itself is never read here.
 */
@Component
class ServletRequestOrigin implements RequestOrigin {

    @Override
    public Optional<String> clientAddress() {
        return currentRequest().map(HttpServletRequest::getRemoteAddr);
    }

    /** Vaadin's current request (it is set only while Vaadin handles one), else Spring's. */
    static Optional<HttpServletRequest> currentRequest() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest vaadin) {
            return Optional.of(vaadin.getHttpServletRequest());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(attributes.getRequest());
        }
        return Optional.empty();
    }
}
