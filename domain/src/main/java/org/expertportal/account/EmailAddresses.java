package org.expertportal.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.expertportal.shared.text.UserText;

/** Email addresses as the portal stores and compares them. */
public final class EmailAddresses {

    /** Deliberately simple: one @, something on each side, a dot in the domain, no spaces, nothing hidden. */
    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {}

    public static String normalise(String email) {
        if (email == null) {
            throw new IllegalArgumentException("email is required");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isPlausible(String email) {
        return email != null && email.length() <= 254 && PLAUSIBLE.matcher(email.strip()).matches()
                && UserText.isClean(email, UserText.Kind.LINE);
    }
}
