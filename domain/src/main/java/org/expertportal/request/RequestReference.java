package org.expertportal.request;

import java.util.Locale;
import java.util.Optional;

/**
 * A request's reference, such as {@code ER-2026-000041}: kept in upper case, written in lower case
 * in addresses ({@code /my/requests/er-2026-000041}). Case conversions use {@link Locale#ROOT} so a
 * Turkish or Azeri default locale never turns an {@code i} into a dotless one.
 */
public record RequestReference(String value) {

    /** Longer input is never a reference; it is refused before it reaches the database. */
    public static final int MAX_LENGTH = 20;

    public RequestReference {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Not a request reference");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
    }

    /** The reference as typed or taken from an address, normalised; empty if it cannot be one. */
    public static Optional<RequestReference> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new RequestReference(text));
    }

    public static RequestReference of(String value) {
        return new RequestReference(value);
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
