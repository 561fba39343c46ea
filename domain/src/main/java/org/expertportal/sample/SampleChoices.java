package org.expertportal.sample;

import java.util.List;

/** What the publishing form offers: ISO country codes, theme keys, ISO 639 language codes. */
public record SampleChoices(List<String> countryIsoCodes, List<String> themeKeys, List<String> languageCodes) {}
