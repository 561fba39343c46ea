package org.expertportal.sample;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A sample report as lists show it; no file is reachable from it. */
public record SampleSummary(
        long id,
        String title,
        String summary,
        String countryIsoCode,
        List<String> themeKeys,
        String languageCode,
        int year,
        long sizeBytes,
        Instant publishedAt,
        Optional<Instant> retiredAt) {

    static SampleSummary of(SampleReport sample) {
        return new SampleSummary(sample.getId(), sample.getTitle(), sample.getSummary(),
                sample.getCountry().getIsoCode(), sample.getThemes().stream().map(theme -> theme.getKey()).toList(),
                sample.getLanguageCode(), sample.getYear(), sample.getDocument().getSizeBytes(),
                sample.getPublishedAt(), sample.getRetiredAt());
    }

    public boolean published() {
        return retiredAt.isEmpty();
    }
}
