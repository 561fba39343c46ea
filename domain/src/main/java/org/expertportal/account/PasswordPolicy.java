package org.expertportal.account;

import java.util.Locale;
import java.util.Optional;

/**
 * Which passwords the portal accepts, after NIST SP 800-63B: length matters, composition rules do
 * not, and none of the 100,000 most common passwords ({@link CommonPasswords}). Returns the
 * translation key of the first reason to refuse, or empty when acceptable.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static Optional<String> refusal(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.refused.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.refused.too-long");
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of("password.refused.one-character");
        }
        if (email != null && !email.isBlank()) {
            String lower = password.toLowerCase(Locale.ROOT);
            String normalisedEmail = EmailAddresses.normalise(email);
            String localPart = normalisedEmail.substring(0, Math.max(0, normalisedEmail.indexOf('@')));
            if (lower.contains(normalisedEmail) || (localPart.length() >= 4 && lower.contains(localPart))) {
                return Optional.of("password.refused.contains-email");
            }
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("password.refused.common");
        }
        return Optional.empty();
    }
}
