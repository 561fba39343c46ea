package org.expertportal.security;

import java.util.Optional;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The domain's {@link CurrentUser}, read from Spring Security's context through this application's
 * own context-holder strategy (Vaadin's, which reads the Vaadin session in a UI request and the
 * request's thread otherwise). Not the static {@link SecurityContextHolder}: that holds whichever
 * strategy the last application started in this JVM installed, which in a test JVM with several
 * Spring contexts is another application's, and outside a Vaadin request it then sees nobody.
 */
@Component
class SpringCurrentUser implements CurrentUser {

    private final SecurityContextHolderStrategy contexts;

    SpringCurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public Optional<Long> accountId() {
        return portalUser().map(PortalUser::accountId);
    }

    @Override
    public boolean hasRole(Role role) {
        return portalUser().isPresent()
                && contexts.getContext().getAuthentication().getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role.name()));
    }

    private Optional<PortalUser> portalUser() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
