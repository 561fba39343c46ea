package org.expertportal.audit;

import java.util.Optional;

/**
 * Port: where the current request comes from. Implemented by the web module from the servlet
 * request, behind the proxy's forwarded headers when the portal is configured to trust them.
 */
public interface RequestOrigin {

    /** The client's network address, or empty outside a request (a background job). */
    Optional<String> clientAddress();
}
