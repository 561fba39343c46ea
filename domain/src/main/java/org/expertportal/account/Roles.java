package org.expertportal.account;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views and services. */
public final class Roles {

    public static final String CLIENT = "CLIENT";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
