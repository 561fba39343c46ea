package org.expertportal.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, and the account uses two-factor authentication: nobody is signed in
 * yet. Thrown as a failure so that no security context is ever saved for a half sign-in; the
 * {@link SecondFactorFailureHandler} turns it into the second step.
 */
class SecondFactorRequiredException extends AuthenticationException {

    private final transient PortalUser user;

    SecondFactorRequiredException(PortalUser user) {
        super("A second factor is required");
        this.user = user;
    }

    PortalUser user() {
        return user;
    }
}
