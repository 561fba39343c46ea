package org.expertportal.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** One-way fingerprints of personal values that must be counted or matched but never read back. */
public final class Hashes {

    private Hashes() {}

    /** SHA-256 (hex) of the value, trimmed and lower-cased; "" for null. */
    public static String sha256Hex(String value) {
        String normalised = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
