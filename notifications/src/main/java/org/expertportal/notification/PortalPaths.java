package org.expertportal.notification;

import java.util.Locale;

/**
 * The address of each page an alert may link to: the one place outside the screens that knows the
 * portal's routes. A request reference is written in lower case ({@link Locale#ROOT}), as the
 * request pages read it.
 */
public final class PortalPaths {

    private PortalPaths() {}

    public static String of(PortalLink link) {
        return switch (link.page()) {
            case HOME -> "/home";
            case ACCOUNT -> "/account";
            case ACCOUNT_PASSWORD -> "/account/password";
            case ACCOUNT_PRIVACY -> "/account/privacy";
            case PRIVACY_NOTICE -> "/privacy";
            case SET_PASSWORD -> "/account/set-password";
            case CONFIRM_EMAIL -> "/account/confirm-email";
            case CONFIRM_REQUEST -> "/request/confirm";
            case STAFF_CONSULTATIONS -> "/staff/consultations";
            case ADMIN_NOTIFICATIONS -> "/admin/notifications";
            case CLIENT_REQUEST -> "/my/requests/" + link.reference().toLowerCase(Locale.ROOT);
            case STAFF_REQUEST -> "/staff/requests/" + link.reference().toLowerCase(Locale.ROOT);
        };
    }

    /** The address of a single-use link: the page with its token. */
    public static String withToken(PortalLink link, String token) {
        return of(link) + "?token=" + token;
    }
}
