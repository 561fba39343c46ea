package org.expertportal.shared.text;

import java.lang.Character.UnicodeScript;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;

/**
 * The one rule for text people type that the portal stores and shows to others (names, summaries,
 * messages, notes, titles): characters that cannot be seen but change what is seen are refused,
 * never stored and never silently removed (docs/adr/034). A refusal is a translation key, so the
 * form shows it under the field in the person's language.
 *
 * <ul>
 *   <li>{@link Kind#LINE} (names, emails, phone numbers, titles): no control character at all (no
 *       tab or line break either), no invisible formatting character (direction marks, overrides and
 *       isolates, zero-width spaces, word joiners, byte-order marks, tag characters, fillers). The
 *       zero-width non-joiner and joiner are kept where a script needs them: between two letters of a
 *       script such as Persian, Arabic or Devanagari, never next to Latin, Cyrillic or Greek.
 *   <li>{@link Kind#TEXT} (summaries, messages, notes): tab, line feed and carriage return are
 *       allowed; other control characters and the bidirectional embeddings, overrides and isolates
 *       (U+202A-202E, U+2066-2069) are refused. Marks (U+200E, U+200F, U+061C) and joiners stay:
 *       they only nudge neutral characters and are part of ordinary Arabic and Persian writing.
 * </ul>
 *
 * Both kinds refuse half a surrogate pair, which MariaDB's utf8mb4 cannot store.
 */
public final class UserText {

    /** Key of the refusal for control characters (a line break in a name, a NUL, an escape). */
    public static final String CONTROL = "text.invalid.control-characters";

    /** Key of the refusal for invisible characters that change how text reads (direction, zero width). */
    public static final String INVISIBLE = "text.invalid.invisible-characters";

    /** Which characters a field may hold besides what it shows. */
    public enum Kind {
        /** One line: names, addresses, numbers, titles. */
        LINE,
        /** Free text over several lines: summaries, messages, notes. */
        TEXT
    }

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    /** Scripts that never need a joiner: a joiner next to them only hides something. */
    private static final Set<UnicodeScript> NO_JOINERS = Set.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC,
            UnicodeScript.GREEK, UnicodeScript.ARMENIAN, UnicodeScript.GEORGIAN, UnicodeScript.COMMON,
            UnicodeScript.INHERITED, UnicodeScript.UNKNOWN);

    private UserText() {}

    /** The translation key of what is wrong with {@code text}, or empty when it may be stored. Null is fine. */
    public static Optional<String> refusal(String text, Kind kind) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c <= Character.MAX_VALUE && Character.isSurrogate((char) c)) {
                return Optional.of(CONTROL);
            }
            if (isControl(c, kind)) {
                return Optional.of(CONTROL);
            }
            if (isInvisible(c, kind) && !(kind == Kind.LINE && isNeededJoiner(text, i, c, width))) {
                return Optional.of(INVISIBLE);
            }
            i += width;
        }
        return Optional.empty();
    }

    public static boolean isClean(String text, Kind kind) {
        return refusal(text, kind).isEmpty();
    }

    /** Adds the field's refusal to a form's errors unless the field is already refused for something else. */
    public static void check(Map<String, String> errors, String field, String text, Kind kind) {
        refusal(text, kind).ifPresent(key -> errors.putIfAbsent(field, key));
    }

    /** Refuses the field as an {@link InvalidInputException} (for use cases that check one field). */
    public static String requireClean(String field, String text, Kind kind) {
        refusal(text, kind).ifPresent(key -> {
            throw new InvalidInputException(Map.of(field, key));
        });
        return text;
    }

    /** Refuses as a plain {@link DomainException} (for use cases whose views show refusals as a message). */
    public static String requireClean(String text, Kind kind) {
        refusal(text, kind).ifPresent(key -> {
            throw new DomainException(key);
        });
        return text;
    }

    /**
     * True when nothing in {@code text} can be seen: empty, spaces of any kind (also the no-break
     * ones {@link String#isBlank()} misses) or invisible characters only.
     */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL
                || isFiller(c));
    }

    private static boolean isControl(int c, Kind kind) {
        if (kind == Kind.TEXT && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL
                || (kind == Kind.LINE && (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR));
    }

    private static boolean isInvisible(int c, Kind kind) {
        if (isBidiControl(c)) {
            return true;
        }
        if (kind == Kind.TEXT) {
            return false;
        }
        return Character.getType(c) == Character.FORMAT || isFiller(c);
    }

    /** Embeddings and overrides (U+202A-202E), isolates (U+2066-2069): what Trojan-Source spoofing uses. */
    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Letters that show nothing: the Hangul fillers and the Braille blank, used for names that look empty. */
    private static boolean isFiller(int c) {
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    private static boolean isNeededJoiner(String text, int index, int c, int width) {
        if (c != ZWNJ && c != ZWJ) {
            return false;
        }
        if (index == 0 || index + width >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(index);
        int after = text.codePointAt(index + width);
        return (joiningLetter(before) || isMark(before)) && (joiningLetter(after) || isMark(after))
                && (joiningLetter(before) || joiningLetter(after));
    }

    private static boolean joiningLetter(int c) {
        return Character.isLetter(c) && !NO_JOINERS.contains(UnicodeScript.of(c));
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
