package org.expertportal.expert;

/** What the public directory is narrowed by; a null field does not narrow. */
public record ExpertFilter(String regionKey, String countryIsoCode, String themeKey, String languageCode) {

    public static final ExpertFilter NONE = new ExpertFilter(null, null, null, null);

    boolean accepts(Expert expert) {
        return (regionKey == null || expert.getCountries().stream()
                        .anyMatch(country -> country.getRegion().getKey().equals(regionKey)))
                && (countryIsoCode == null || expert.covers(countryIsoCode))
                && (themeKey == null || expert.getThemes().stream().anyMatch(theme -> theme.getKey().equals(themeKey)))
                && (languageCode == null || expert.getLanguages().contains(languageCode));
    }
}
