package org.expertportal.locale;

import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The locale that formats dates and times for one person: the language the portal speaks to them,
 * with a region. The region is, in order: the one stored on their account, the one their browser
 * names ({@code Accept-Language: en-GB}), the deployment's default ({@code PORTAL_DEFAULT_REGION},
 * GB). English without a region therefore means en-GB, never the JDK's US formats.
 *
 * <p>Numbers are written in Western digits in every language: a language whose own digits differ
 * (Arabic, Farsi) gets the {@code -u-nu-latn} extension, so that references, dates, phone numbers
 * and counts read the same on the page, in emails and in what people type (docs/adr/042).
 */
public final class PersonLocale {

    /** The region of a deployment that sets none. */
    public static final String DEFAULT_REGION = "GB";

    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    private PersonLocale() {}

    /**
     * {@code language} with the first region that applies.
     *
     * @param language the language the portal speaks to the person (only its language part counts)
     * @param accountRegion the region stored on their account, if they chose one
     * @param browserLocales the browser's languages, most preferred first
     * @param defaultRegion the deployment's default region
     */
    public static Locale resolve(Locale language, Optional<String> accountRegion, List<Locale> browserLocales,
            String defaultRegion) {
        String region = accountRegion.filter(PersonLocale::isRegion)
                .or(() -> browserRegion(language, browserLocales))
                .orElse(isRegion(defaultRegion) ? normalise(defaultRegion) : DEFAULT_REGION);
        return of(language, region);
    }

    /** {@code language} written as in {@code region}: ("ru", "KZ") is ru-KZ. */
    public static Locale of(Locale language, String region) {
        return westernDigits(new Locale.Builder().setLanguage(language.getLanguage()).setRegion(normalise(region))
                .build());
    }

    /**
     * {@code locale}, with {@code -u-nu-latn} where its language would otherwise write other digits
     * (ar, fa); unchanged elsewhere, so that en-GB stays en-GB.
     */
    public static Locale westernDigits(Locale locale) {
        if (locale == null || locale.getUnicodeLocaleType("nu") != null) {
            return locale;
        }
        String digits = NumberingSystem.getInstance(ULocale.forLocale(locale)).getName();
        return "latn".equals(digits) ? locale : new Locale.Builder().setLocale(locale)
                .setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /** Whether {@code code} is an ISO 3166 region ("GB", "us"). */
    public static boolean isRegion(String code) {
        return code != null && REGIONS.contains(normalise(code));
    }

    public static String normalise(String region) {
        return region.strip().toUpperCase(Locale.ROOT);
    }

    /** The regions a person can choose from, as ISO 3166 codes. */
    public static List<String> regions() {
        return REGIONS.stream().sorted().toList();
    }

    /**
     * The browser's region for this language: the first of its locales in the same language that
     * names one ("ru, en-GB" gives no Russian region, then GB from en-GB), else the first region named
     * at all.
     */
    private static Optional<String> browserRegion(Locale language, List<Locale> browserLocales) {
        return browserLocales.stream()
                .filter(locale -> locale.getLanguage().equals(language.getLanguage()))
                .map(Locale::getCountry)
                .filter(PersonLocale::isRegion)
                .findFirst()
                .or(() -> browserLocales.stream().map(Locale::getCountry).filter(PersonLocale::isRegion).findFirst())
                .map(PersonLocale::normalise);
    }
}
