package org.expertportal.country;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A country in lists: the public overview and the administrators' review list. */
public record CountrySummary(
        String isoCode,
        String slug,
        String regionKey,
        List<String> themeKeys,
        int articleVersion,
        Optional<LocalDate> lastReviewedOn,
        Optional<LocalDate> nextReviewDue,
        boolean reviewDue) {

    public String nameKey() {
        return "country." + isoCode;
    }

    public boolean hasArticle() {
        return articleVersion > 0;
    }
}
