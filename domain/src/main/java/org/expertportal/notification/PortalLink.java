package org.expertportal.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an alert's link leads, as a page of the portal rather than an address: a use case says
 * "the client's page of request ER-2026-000123", and the module that writes the mail turns that
 * into a URL. No use case builds a route.
 *
 * @param page the page
 * @param reference the request reference, for the two request pages only
 */
public record PortalLink(Page page, String reference) {

    /** The pages an alert may lead to. */
    public enum Page {
        HOME,
        ACCOUNT,
        ACCOUNT_PASSWORD,
        ACCOUNT_PRIVACY,
        PRIVACY_NOTICE,
        SET_PASSWORD,
        CONFIRM_EMAIL,
        CONFIRM_REQUEST,
        STAFF_CONSULTATIONS,
        ADMIN_NOTIFICATIONS,
        CLIENT_REQUEST,
        STAFF_REQUEST;

        boolean aboutARequest() {
            return this == CLIENT_REQUEST || this == STAFF_REQUEST;
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,32}");

    public PortalLink {
        Objects.requireNonNull(page);
        if (page.aboutARequest() != (reference != null)) {
            throw new IllegalArgumentException("A request page, and only a request page, names a request");
        }
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("A link names a request by its reference, nothing else");
        }
    }

    public static PortalLink to(Page page) {
        return new PortalLink(page, null);
    }

    /** The client's page of a request (the client and their organisation). */
    public static PortalLink clientRequest(String reference) {
        return new PortalLink(Page.CLIENT_REQUEST, reference);
    }

    /** The staff page of a request. */
    public static PortalLink staffRequest(String reference) {
        return new PortalLink(Page.STAFF_REQUEST, reference);
    }
}
