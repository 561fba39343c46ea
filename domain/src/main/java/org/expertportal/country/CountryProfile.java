package org.expertportal.country;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a country's public page shows. The article is Markdown; the view renders it safely. */
public record CountryProfile(
        String isoCode,
        String slug,
        String regionKey,
        List<String> themeKeys,
        Optional<PublishedArticle> article,
        Optional<LocalDate> lastReviewedOn,
        Optional<LocalDate> nextReviewDue) {

    public String nameKey() {
        return "country." + isoCode;
    }

    public record PublishedArticle(int version, String markdown, Instant publishedAt, List<SourceDraft> sources) {}
}
