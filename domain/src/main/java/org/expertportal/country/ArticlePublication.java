package org.expertportal.country;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an administrator publishes for a country in one go: the article, its sources, the themes
 * the country is known for and the review dates.
 *
 * @param basedOnVersion the version the editor started from (0 when there was none), so that two
 *     editors cannot silently overwrite each other
 */
public record ArticlePublication(
        int basedOnVersion,
        String markdown,
        List<SourceDraft> sources,
        Set<String> themeKeys,
        LocalDate lastReviewedOn,
        LocalDate nextReviewDue) {}
