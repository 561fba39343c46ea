package org.expertportal.account;

import java.time.Duration;
import org.expertportal.notification.PortalLink;

/** What a single-use account link is for, how long it stays valid, and which page it opens. */
public enum LinkPurpose {
    /** A new account chooses its first password. */
    INVITATION(Duration.ofHours(72), PortalLink.Page.SET_PASSWORD),
    /** A person who forgot their password chooses a new one. */
    PASSWORD_RESET(Duration.ofHours(1), PortalLink.Page.SET_PASSWORD),
    /** The new address of an email change confirms that it reaches its owner. */
    EMAIL_CHANGE(Duration.ofHours(24), PortalLink.Page.CONFIRM_EMAIL),
    /**
     * A request from the public form with the address of an existing account: its owner confirms,
     * signed in, that the request is theirs (docs/adr/033). As long as the request is held.
     */
    CONFIRM_REQUEST(Duration.ofDays(7), PortalLink.Page.CONFIRM_REQUEST);

    private final Duration validity;
    private final PortalLink.Page page;

    LinkPurpose(Duration validity, PortalLink.Page page) {
        this.validity = validity;
        this.page = page;
    }

    public Duration validity() {
        return validity;
    }

    /** The page the link opens; the mail adds the token to its address. */
    public PortalLink link() {
        return PortalLink.to(page);
    }

    /** Whether using the link sets a password (invitation and reset) rather than confirming an address. */
    public boolean setsPassword() {
        return this == INVITATION || this == PASSWORD_RESET;
    }

    /**
     * Whether a new link of this kind makes an open {@code older} one useless: a new invitation or
     * reset replaces every open one of both; a new email change replaces the previous one; request
     * confirmations each belong to their own request and replace nothing.
     */
    boolean replaces(LinkPurpose older) {
        if (setsPassword()) {
            return older.setsPassword();
        }
        return this == EMAIL_CHANGE && older == EMAIL_CHANGE;
    }
}
