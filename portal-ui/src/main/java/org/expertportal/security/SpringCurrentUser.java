package org.expertportal.security;

import java.util.Optional;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The domain's {@link CurrentUser}, read from Spring Security's context. */
@Component
class SpringCurrentUser implements CurrentUser {

    @Override
    public Optional<Long> accountId() {
        return portalUser().map(PortalUser::accountId);
    }

    @Override
    public boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return portalUser().isPresent()
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role.name()));
    }

    private static Optional<PortalUser> portalUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
