package org.expertportal.account;

/**
 * A member of the caller's organisation, as its organisation admins see them.
 *
 * @param invited has not chosen a password yet
 */
public record Colleague(long id, String displayName, String email, boolean organisationAdmin, boolean invited,
        boolean you) {}
