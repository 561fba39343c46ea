package org.expertportal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The 100,000 most common passwords (NIST SP 800-63B's "commonly used" list), shipped as
 * {@code common-passwords.txt.gz} next to this class; see {@code common-passwords.NOTICE} for where
 * it comes from. Read once, on first use, and compared case-insensitively.
 */
final class CommonPasswords {

    static final int LISTED = 100_000;
    private static final String RESOURCE = "common-passwords.txt.gz";

    private CommonPasswords() {}

    static boolean contains(String password) {
        return password != null && Loaded.SET.contains(normalise(password));
    }

    /** How many list lines were read: a check that the resource is the whole list. */
    static int linesRead() {
        return Loaded.lines;
    }

    private static String normalise(String password) {
        return password.toLowerCase(Locale.ROOT);
    }

    /** Holder idiom: the list is read on first use, once, thread-safely. */
    private static final class Loaded {
        private static int lines;
        private static final Set<String> SET = read();

        /**
         * Keeps only entries the length rule would let through (a few hundred): shorter ones are
         * refused as too short already, so holding them in memory would change no answer.
         */
        private static Set<String> read() {
            Set<String> longEnough = new HashSet<>();
            int count = 0;
            try (InputStream raw = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the domain module");
                }
                var reader = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    count++;
                    if (line.codePointCount(0, line.length()) >= PasswordPolicy.MIN_LENGTH) {
                        longEnough.add(normalise(line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines = count;
            return Set.copyOf(longEnough);
        }
    }
}
