package org.expertportal.locale;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages the portal speaks to people, in the order the language menu lists them, and which
 * of them read right to left. Pages, emails and the account's stored choice all take their language
 * from here; a language the portal does not speak falls back to English (docs/adr/042).
 */
public final class PortalLanguages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ARABIC = Locale.of("ar");
    public static final Locale FARSI = Locale.of("fa");
    public static final Locale FRENCH = Locale.of("fr");
    public static final Locale SPANISH = Locale.of("es");
    public static final Locale TIGRINYA = Locale.of("ti");

    /** Every language with complete bundles, English (the fallback) first. */
    public static final List<Locale> ALL = List.of(ENGLISH, RUSSIAN, ARABIC, FARSI, FRENCH, SPANISH, TIGRINYA);

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");

    private PortalLanguages() {}

    /** The portal's language for {@code locale} by its language part ("ar-EG" is Arabic), else English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return ALL.stream()
                .filter(language -> language.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    /** Whether the portal speaks {@code locale}'s language. */
    public static boolean isSupported(Locale locale) {
        return locale != null && ALL.stream().anyMatch(language -> language.getLanguage().equals(locale.getLanguage()));
    }

    /** Whether {@code locale}'s language is written right to left (Arabic, Farsi). */
    public static boolean isRightToLeft(Locale locale) {
        return locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage());
    }
}
