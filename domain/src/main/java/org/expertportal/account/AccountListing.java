package org.expertportal.account;

import java.util.Optional;
import org.expertportal.identity.Role;

/**
 * One account as the administrators' list shows it.
 *
 * @param invited the person has not chosen a password yet
 * @param locked sign-in is paused for the address by the {@link SignInThrottle}
 */
public record AccountListing(
        long id,
        String email,
        String displayName,
        Role role,
        boolean enabled,
        boolean invited,
        boolean locked,
        Optional<Long> organisationId,
        Optional<String> organisationName,
        boolean organisationAdmin) {}
