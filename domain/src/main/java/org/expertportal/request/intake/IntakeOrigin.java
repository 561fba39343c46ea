package org.expertportal.request.intake;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a public submission comes from: the client address (for the rate limit, kept only as a
 * hash), the visitor's time zone (for "we will respond by HH:MM") and the page's language.
 */
public record IntakeOrigin(String clientAddress, ZoneId zone, Locale language) {

    public IntakeOrigin {
        Objects.requireNonNull(zone);
        Objects.requireNonNull(language);
        clientAddress = clientAddress == null ? "" : clientAddress;
    }
}
