package org.expertportal.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Vaadin's Spring navigation access control, asking the request for roles directly.
 *
 * <p>Vaadin's own {@code getRolesChecker} looks a service up through Vaadin's {@code Lookup} on every call, and
 * that lookup reads {@code META-INF/services} of every jar on the class path and lists the Spring beans of the
 * type: once per navigation and once per route for every menu drawn (about 30 routes). The load run of issue #18
 * found 5 % of the portal's CPU there. The request already answers {@code isUserInRole} from Spring Security's
 * context with the {@code ROLE_} prefix the portal uses, which is what Vaadin's checker ends up calling.
 */
class PortalNavigationAccessControl extends SpringNavigationAccessControl {

    PortalNavigationAccessControl(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver decisions) {
        super(checkers, decisions);
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        // Without a request (a background thread) Vaadin's own way reads the security context.
        return request == null ? super.getRolesChecker(null) : request::isUserInRole;
    }
}
