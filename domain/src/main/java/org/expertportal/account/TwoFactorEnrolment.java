package org.expertportal.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A secret waiting to be confirmed: shown once as a QR code ({@link #otpauthUri}) and as a key to
 * type ({@link #groupedSecret}), never stored in the clear.
 */
public record TwoFactorEnrolment(String accountEmail, String secret) {

    /** The key as authenticator apps accept it when typed: Base32 in groups of four. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The "Key Uri Format" authenticator apps read from a QR code; the defaults are spelt out. */
    public String otpauthUri(String issuer) {
        String label = encode(issuer) + ":" + encode(accountEmail);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "TwoFactorEnrolment[secret hidden]";
    }
}
