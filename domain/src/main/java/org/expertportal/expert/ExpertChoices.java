package org.expertportal.expert;

import java.util.List;

/** The values a filter or an editor offers: region keys, ISO country codes, theme keys, language codes. */
public record ExpertChoices(
        List<String> regionKeys, List<String> countryIsoCodes, List<String> themeKeys, List<String> languageCodes) {}
