package org.expertportal.document;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Original file names as the portal accepts and keeps them. A name that tries to say where the
 * file goes (path segments) or hides characters (control or format characters) is refused rather
 * than repaired: it is never what an honest upload sends. Other awkward characters are replaced.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private static final Pattern UNSAFE = Pattern.compile("[\"*<>?|;%]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private FileNames() {}

    /** The translation key of the reason to refuse the name, or empty when it is acceptable. */
    public static Optional<String> refusal(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("document.refused.name-missing");
        }
        boolean hidden = name.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
        });
        if (hidden) {
            return Optional.of("document.refused.name-control");
        }
        if (name.contains("/") || name.contains("\\") || name.contains(":")
                || name.strip().equals(".") || name.strip().equals("..")) {
            return Optional.of("document.refused.name-path");
        }
        // Measured as stored: normalising can lengthen a name (some characters decompose under NFC).
        if (Normalizer.normalize(name, Normalizer.Form.NFC).strip().length() > MAX_LENGTH) {
            return Optional.of("document.refused.name-long");
        }
        return Optional.empty();
    }

    /**
     * The name as stored and offered again on download: NFC, trimmed, no leading dots, characters
     * that break headers or file systems replaced by an underscore. Call only on accepted names.
     */
    public static String sanitise(String name) {
        String clean = WHITESPACE.matcher(UNSAFE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC))
                .replaceAll("_")).replaceAll(" ").strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1).strip();
        }
        return clean.isBlank() ? "document" : clean;
    }

    /** The extension after the last dot, as written, or empty when there is none. */
    public static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(name.substring(dot + 1));
    }

    /** {@code name} with its extension replaced by {@code extension} (e.g. {@code letter.PDF} to {@code letter.pdf}). */
    static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        return base + "." + extension;
    }
}
