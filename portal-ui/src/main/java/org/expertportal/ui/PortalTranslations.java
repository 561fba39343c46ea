package org.expertportal.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every string a user sees comes from {@code i18n/messages*.properties}. English is the fallback
 * for a language the portal does not speak; a missing key shows as {@code !key!} so that it is
 * noticed, and a test fails the build when the bundles disagree.
 */
@Component
public class PortalTranslations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.of("ru");
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, RUSSIAN);

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
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** The portal's language closest to {@code locale}: Russian for any ru-*, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && RUSSIAN.getLanguage().equals(locale.getLanguage()) ? RUSSIAN : ENGLISH;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = supported(locale);
        // The base file is English; there is no messages_en file to fall back from.
        return ResourceBundle.getBundle(
                BUNDLE, ENGLISH.equals(language) ? Locale.ROOT : language, NO_SYSTEM_LOCALE_FALLBACK);
    }
}
