package org.expertportal.request;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's reference, such as {@code ER-2026-000041}: kept in upper case, written in lower case
 * in addresses ({@code /my/requests/er-2026-000041}). Only the form the portal writes is a
 * reference ({@code ER-}, a four-digit year, at least six digits, ASCII only); anything else typed
 * or put in an address is refused before it reaches the database, so {@code ../}, {@code %00},
 * look-alike letters or {@code ;jsessionid=} never become a query. Case conversions use
 * {@link Locale#ROOT} so a Turkish or Azeri default locale never turns an {@code i} into a dotless one.
 */
public record RequestReference(String value) {

    /** Longer input is never a reference; it is refused before it reaches the database. */
    public static final int MAX_LENGTH = 20;

    /**
     * What {@code RequestNumbers} writes: "ER-%d-%06d". ASCII letters in either case (no
     * {@code UNICODE_CASE}: the Kelvin sign or a Cyrillic Е is not an E), ASCII digits only.
     */
    private static final Pattern FORM = Pattern.compile("(?i)ER-([1-9][0-9]{3})-([0-9]{6,12})");

    public RequestReference {
        if (value == null || canonical(value).filter(value::equals).isEmpty()) {
            throw new IllegalArgumentException("Not a request reference");
        }
    }

    /**
     * The reference as typed or taken from an address: surrounding spaces ignored, any case; empty
     * unless it is exactly a reference in the form the portal writes.
     */
    public static Optional<RequestReference> parse(String text) {
        return canonical(text).map(RequestReference::new);
    }

    /** A reference the portal wrote (from storage); throws for anything else. */
    public static RequestReference of(String value) {
        return new RequestReference(value);
    }

    private static Optional<String> canonical(String text) {
        if (text == null || text.length() > 4 * MAX_LENGTH) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(stripped);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String number = matcher.group(2);
        // Numbers are written with at least six digits: a longer one never starts with a zero.
        if (number.length() > 6 && number.charAt(0) == '0') {
            return Optional.empty();
        }
        return Optional.of("ER-" + matcher.group(1) + "-" + number);
    }

    /** The form used in addresses. */
    public String urlForm() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
