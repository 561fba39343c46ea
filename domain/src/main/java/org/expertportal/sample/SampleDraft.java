package org.expertportal.sample;

import java.util.Set;

/**
 * What staff fill in to publish a sample. Field names are the keys of
 * {@link org.expertportal.shared.InvalidInputException#fieldErrors()}.
 */
public record SampleDraft(
        String title, String summary, String countryIsoCode, Set<String> themeKeys, String languageCode, Integer year) {

    public SampleDraft {
        themeKeys = themeKeys == null ? Set.of() : Set.copyOf(themeKeys);
    }
}
