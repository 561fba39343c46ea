package org.expertportal.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords after RFC 6238 with the parameters every authenticator app uses:
 * HMAC-SHA1, 30-second steps counted from the Unix epoch, six digits. A code is accepted for the
 * step before and after the current one (clock drift of either side), and only for a step later
 * than the last one accepted for the account, so that a code seen over someone's shoulder or
 * replayed from a log cannot be used again.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** Steps either side of the current one that are still accepted. */
    static final int WINDOW = 1;
    /** 160 bits, the shared-secret length RFC 4226 recommends. */
    static final int SECRET_BYTES = 20;

    private Totp() {}

    static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** RFC 4226 HOTP of the step (the moving factor), as a zero-padded decimal of {@code digits}. */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int otp = binary % (int) Math.pow(10, digits);
        return String.format("%0" + digits + "d", otp);
    }

    /**
     * The step a six-digit code belongs to, if it is the code of a step within the window around
     * {@code now} and later than {@code lastUsedStep}.
     */
    static OptionalLong acceptedStep(byte[] secret, String code, Instant now, Long lastUsedStep) {
        if (code == null || !isCodeShaped(code)) {
            return OptionalLong.empty();
        }
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            if (MessageDigest.isEqual(typed, code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static boolean isCodeShaped(String code) {
        return code.length() == DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
