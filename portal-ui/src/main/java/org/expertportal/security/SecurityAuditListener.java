package org.expertportal.security;

import org.expertportal.account.SignInThrottle;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditActor;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Spring Security's authentication and authorisation events into the audit trail: sign-in
 * successes, failures (against the SHA-256 of the address typed, never the address), attempts the
 * throttle refused, and HTTP requests refused to a signed-in person.
 */
@Component
class SecurityAuditListener {

    private final AuditTrail audit;

    SecurityAuditListener(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            audit.recordAs(AuditActor.account(user.accountId(), roleOf(event.getAuthentication())),
                    AuditAction.SIGN_IN_SUCCEEDED, AuditTarget.ACCOUNT, String.valueOf(user.accountId()), null);
        }
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        AuditAction action = event instanceof AuthenticationFailureLockedEvent
                ? AuditAction.SIGN_IN_THROTTLED
                : AuditAction.SIGN_IN_FAILED;
        audit.recordAs(AuditActor.ANONYMOUS, action, AuditTarget.ADDRESS_HASH,
                SignInThrottle.addressKey(event.getAuthentication().getName()), null);
    }

    @EventListener
    void requestDenied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            // An anonymous visitor is sent to sign in: that is not a refusal worth recording.
            return;
        }
        String path = ServletRequestOrigin.currentRequest().map(request -> request.getRequestURI()).orElse(null);
        audit.recordRegardless(AuditAction.ACCESS_DENIED, AuditTarget.ROUTE, path, "http");
    }

    private static String roleOf(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(authority -> authority.getAuthority())
                .filter(name -> name.startsWith("ROLE_"))
                .map(name -> name.substring("ROLE_".length()))
                .findFirst()
                .orElse("account");
    }
}
