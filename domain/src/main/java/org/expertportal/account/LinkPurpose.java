package org.expertportal.account;

import java.time.Duration;

/** What a single-use account link is for, how long it stays valid, and where it leads. */
public enum LinkPurpose {
    /** A new account chooses its first password. */
    INVITATION(Duration.ofHours(72), "/account/set-password"),
    /** A person who forgot their password chooses a new one. */
    PASSWORD_RESET(Duration.ofHours(1), "/account/set-password"),
    /** The new address of an email change confirms that it reaches its owner. */
    EMAIL_CHANGE(Duration.ofHours(24), "/account/confirm-email");

    private final Duration validity;
    private final String path;

    LinkPurpose(Duration validity, String path) {
        this.validity = validity;
        this.path = path;
    }

    public Duration validity() {
        return validity;
    }

    /** The portal path the link opens; the token follows as {@code ?token=}. */
    public String path() {
        return path;
    }

    /** Whether using the link sets a password (invitation and reset) rather than confirming an address. */
    public boolean setsPassword() {
        return this != EMAIL_CHANGE;
    }
}
