package org.expertportal.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.expertportal.locale.PortalLanguages;
import org.expertportal.locale.TranslatedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every string a user sees comes from {@code i18n/messages*.properties}. English is the fallback
 * for a language the portal does not speak; a missing key shows as {@code !key!} so that it is
 * noticed, and a test fails the build when the bundles disagree. Texts with arguments go through
 * ICU's MessageFormat ({@link TranslatedText}): plurals by each language's rules, Western digits.
 */
@Component
public class PortalTranslations implements I18NProvider {

    public static final Locale ENGLISH = PortalLanguages.ENGLISH;
    public static final Locale RUSSIAN = PortalLanguages.RUSSIAN;
    /** The languages of the menu, in its order; Vaadin matches the browser's Accept-Language against them. */
    public static final List<Locale> LANGUAGES = PortalLanguages.ALL;

    private static final Logger log = LoggerFactory.getLogger(PortalTranslations.class);
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_SYSTEM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key {} for {}", key, locale);
            return "!" + key + "!";
        }
        Locale language = locale == null ? ENGLISH : PortalLanguages.isSupported(locale) ? locale : ENGLISH;
        return TranslatedText.format(pattern, language, params);
    }

    /** The portal's language closest to {@code locale} ("ar-EG" is Arabic), else English. */
    public static Locale supported(Locale locale) {
        return PortalLanguages.supported(locale);
    }

    /** Whether {@code locale}'s language reads right to left. */
    public static boolean isRightToLeft(Locale locale) {
        return PortalLanguages.isRightToLeft(locale);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = supported(locale);
        // The base file is English; there is no messages_en file to fall back from. A key missing
        // from another language falls back to it (ResourceBundle's parent chain); the bundle test
        // requires every key in every language.
        return ResourceBundle.getBundle(
                BUNDLE, ENGLISH.equals(language) ? Locale.ROOT : language, NO_SYSTEM_LOCALE_FALLBACK);
    }
}
