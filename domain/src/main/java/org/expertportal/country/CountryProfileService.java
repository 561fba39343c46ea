package org.expertportal.country;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public use cases on country profiles: anyone, signed in or not, may read them. */
@Named
@Transactional
public class CountryProfileService {

    private final CountryRepository countries;
    private final CountryArticleRepository articles;
    private final RegionRepository regions;
    private final ThemeRepository themes;
    private final Clock clock;

    public CountryProfileService(CountryRepository countries, CountryArticleRepository articles,
            RegionRepository regions, ThemeRepository themes, Clock clock) {
        this.countries = countries;
        this.articles = articles;
        this.regions = regions;
        this.themes = themes;
        this.clock = clock;
    }

    public List<String> regionKeys() {
        return regions.findAllByOrderBySortOrderAsc().stream().map(Region::getKey).toList();
    }

    public List<String> themeKeys() {
        return themes.findAllByOrderBySortOrderAsc().stream().map(Theme::getKey).toList();
    }

    /**
     * Countries in region order, optionally only one region's and only those concerned by a theme.
     * Unknown keys simply match nothing.
     */
    public List<CountrySummary> countries(Optional<String> regionKey, Optional<String> themeKey) {
        Map<String, Integer> versions = articles.findLatestOfEveryCountry().stream()
                .collect(Collectors.toMap(a -> a.getCountry().getIsoCode(), CountryArticle::getVersionNumber));
        LocalDate today = LocalDate.now(clock);
        return countries.findAllWithRegion().stream()
                .filter(country -> regionKey.map(key -> country.getRegion().getKey().equals(key)).orElse(true))
                .filter(country -> themeKey.map(key -> country.themeKeys().contains(key)).orElse(true))
                .map(country -> summary(country, versions.getOrDefault(country.getIsoCode(), 0), today))
                .toList();
    }

    public Optional<CountryProfile> profile(String slug) {
        if (slug == null || slug.length() > 64) {
            return Optional.empty();
        }
        return countries.findBySlug(slug).map(country -> new CountryProfile(
                country.getIsoCode(),
                country.getSlug(),
                country.getRegion().getKey(),
                country.themeKeys(),
                articles.findFirstByCountryIsoCodeOrderByVersionNumberDesc(country.getIsoCode())
                        .map(CountryProfileService::published),
                country.getLastReviewedOn(),
                country.getNextReviewDue()));
    }

    /** The text of every country's current article, by ISO code, for the search index. */
    public Map<String, String> currentArticleTexts() {
        return articles.findLatestOfEveryCountry().stream()
                .collect(Collectors.toMap(a -> a.getCountry().getIsoCode(), CountryArticle::getBodyMarkdown));
    }

    /** Countries by ISO code, for the search index. */
    public Map<String, CountrySummary> countriesByIsoCode() {
        return countries(Optional.empty(), Optional.empty()).stream()
                .collect(Collectors.toMap(CountrySummary::isoCode, Function.identity()));
    }

    static CountrySummary summary(Country country, int version, LocalDate today) {
        return new CountrySummary(
                country.getIsoCode(),
                country.getSlug(),
                country.getRegion().getKey(),
                country.themeKeys(),
                version,
                country.getLastReviewedOn(),
                country.getNextReviewDue(),
                country.isReviewDue(today));
    }

    private static CountryProfile.PublishedArticle published(CountryArticle article) {
        return new CountryProfile.PublishedArticle(
                article.getVersionNumber(),
                article.getBodyMarkdown(),
                article.getPublishedAt(),
                article.getSources().stream().map(ArticleSource::toDraft).toList());
    }
}
