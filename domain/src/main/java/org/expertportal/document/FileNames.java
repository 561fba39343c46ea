package org.expertportal.document;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Original file names as the portal accepts and keeps them. A name that tries to say where the
 * file goes (path segments) or hides characters (control or format characters) is refused rather
 * than repaired: it is never what an honest upload sends. Other awkward characters are replaced.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {}

    /** The translation key of the reason to refuse the name, or empty when it is acceptable. */
    public static Optional<String> refusal(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("document.refused.name-missing");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return Optional.of("document.refused.name-control");
            }
        }
        if (name.contains("/") || name.contains("\\") || name.contains(":")
                || name.strip().equals(".") || name.strip().equals("..")) {
            return Optional.of("document.refused.name-path");
        }
        if (name.strip().length() > MAX_LENGTH) {
            return Optional.of("document.refused.name-long");
        }
        return Optional.empty();
    }

    /**
     * The name as stored and offered again on download: NFC, trimmed, no leading dots, characters
     * that break headers or file systems replaced by an underscore. Call only on accepted names.
     */
    public static String sanitise(String name) {
        String clean = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\"*<>?|;%]", "_")
                .replaceAll("\\s+", " ")
                .strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        return clean.isBlank() ? "document" : clean;
    }
}
