package org.expertportal.locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Fills a translated pattern with its arguments by ICU's MessageFormat, so that counts follow each
 * language's plural rules ({@code {0,plural,one{# day} other{# days}}}; Arabic has six forms,
 * Russian four) and numbers are written in Western digits in every language (docs/adr/042). The
 * pattern always comes from a bundle; what a person typed is only ever an argument.
 */
public final class TranslatedText {

    private TranslatedText() {}

    /** {@code pattern} (from a bundle) with {@code arguments} in {@code locale}'s language. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, ULocale.forLocale(PersonLocale.westernDigits(locale))).format(arguments);
    }

    /** Whether {@code pattern} is one ICU can read; throws with the reason when it is not. */
    public static void check(String pattern) {
        new MessageFormat(pattern, ULocale.ROOT);
    }
}
