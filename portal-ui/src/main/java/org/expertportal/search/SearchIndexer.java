package org.expertportal.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.expertportal.country.CountryArticlePublished;
import org.expertportal.country.CountryProfileService;
import org.expertportal.country.CountrySummary;
import org.expertportal.country.ui.ArticleRenderer;
import org.expertportal.expert.ExpertCard;
import org.expertportal.expert.ExpertDirectoryChanged;
import org.expertportal.expert.ExpertFilter;
import org.expertportal.expert.ExpertService;
import org.expertportal.ui.PortalTranslations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds the search entries for countries, their articles, the themes and the experts: again at
 * every start (so that a release's new translations reach the index), after a country's article
 * is published and when the expert directory changes. The rebuild at start runs on a thread of
 * its own once the portal is ready (docs/adr/054): each kind is replaced in one transaction, so
 * searches meanwhile find the entries of the last start, and the start to healthy does not wait
 * for it. {@code portal.search.rebuild-at-start=before-ready} rebuilds before the portal reports
 * ready instead (the tests, which search straight after their start).
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final CountryProfileService countries;
    private final PortalTranslations translations;
    private final ArticleRenderer renderer;
    private final ExpertService experts;

    private final boolean beforeReady;
    private final CompletableFuture<Void> startRebuild = new CompletableFuture<>();

    SearchIndexer(SearchIndex index, CountryProfileService countries, PortalTranslations translations,
            ArticleRenderer renderer, ExpertService experts,
            @Value("${portal.search.rebuild-at-start:background}") String rebuildAtStart) {
        if (!rebuildAtStart.equals("background") && !rebuildAtStart.equals("before-ready")) {
            throw new IllegalArgumentException(
                    "portal.search.rebuild-at-start is background or before-ready, not " + rebuildAtStart);
        }
        this.beforeReady = rebuildAtStart.equals("before-ready");
        this.index = index;
        this.experts = experts;
        this.countries = countries;
        this.translations = translations;
        this.renderer = renderer;
    }

    /**
     * Boot reports the portal ready (accepting traffic) right after this event's listeners return,
     * so {@code before-ready} holds the readiness and {@code background} does not.
     */
    @EventListener(ApplicationReadyEvent.class)
    void portalReady() {
        if (beforeReady) {
            rebuildAll();
        } else {
            Thread.ofPlatform().name("search-index").daemon().start(this::rebuildAll);
        }
    }

    private void rebuildAll() {
        try {
            rebuildCountries();
            rebuildThemes();
            rebuildExperts();
            startRebuild.complete(null);
        } catch (RuntimeException e) {
            // The entries of the last start stay: each kind is replaced in one transaction.
            log.error("Search index not rebuilt at start; it keeps the entries it had", e);
            startRebuild.completeExceptionally(e);
            if (beforeReady) {
                throw e;
            }
        }
    }

    /** Waits for the rebuild at start: for tests, and for whoever must know the index is current. */
    void awaitStartRebuild(Duration limit) throws InterruptedException, TimeoutException, ExecutionException {
        startRebuild.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @TransactionalEventListener
    void articlePublished(CountryArticlePublished event) {
        rebuildCountries();
    }

    @TransactionalEventListener
    void expertDirectoryChanged(ExpertDirectoryChanged event) {
        rebuildExperts();
    }

    /**
     * Every active expert's public profile, once per region they cover (so that the region
     * filter finds them) and per language (country and theme names in both).
     */
    synchronized void rebuildExperts() {
        Map<String, CountrySummary> byIso = countries.countriesByIsoCode();
        List<SearchEntry> entries = new ArrayList<>();
        for (ExpertCard expert : experts.publicExperts(ExpertFilter.NONE)) {
            Set<String> regions = new LinkedHashSet<>();
            expert.countryIsoCodes().forEach(iso -> {
                if (byIso.containsKey(iso)) {
                    regions.add(byIso.get(iso).regionKey());
                }
            });
            for (Locale language : PortalTranslations.LANGUAGES) {
                String body = String.join(". ", expert.title(), expert.bio(),
                        String.join(", ", expert.countryIsoCodes().stream()
                                .map(iso -> translations.getTranslation("country." + iso, language)).toList()),
                        themeNames(expert.themeKeys(), language));
                for (String region : regions.isEmpty() ? Set.<String>of("") : regions) {
                    entries.add(new SearchEntry(SearchKind.EXPERT, expert.slug(), language.getLanguage(),
                            region.isEmpty() ? null : region, expert.themeKeys(), expert.name(), body));
                }
            }
        }
        index.replaceAll(SearchKind.EXPERT, entries);
        log.info("Search index: {} expert entries", entries.size());
    }

    /** Every country's names (in every language) and current article. */
    synchronized void rebuildCountries() {
        Map<String, CountrySummary> all = countries.countriesByIsoCode();
        Map<String, String> articles = countries.currentArticleTexts();
        List<SearchEntry> names = new ArrayList<>();
        List<SearchEntry> texts = new ArrayList<>();
        for (CountrySummary country : all.values()) {
            for (Locale language : PortalTranslations.LANGUAGES) {
                names.add(new SearchEntry(SearchKind.COUNTRY, country.slug(), language.getLanguage(),
                        country.regionKey(), country.themeKeys(),
                        translations.getTranslation(country.nameKey(), language),
                        themeNames(country.themeKeys(), language)));
            }
            String article = articles.get(country.isoCode());
            if (article != null) {
                texts.add(new SearchEntry(SearchKind.ARTICLE, country.slug(), "en", country.regionKey(),
                        country.themeKeys(), translations.getTranslation(country.nameKey(), Locale.ENGLISH),
                        renderer.toPlainText(article)));
            }
        }
        index.replaceAll(SearchKind.COUNTRY, names);
        index.replaceAll(SearchKind.ARTICLE, texts);
        log.info("Search index: {} country names, {} articles", names.size(), texts.size());
    }

    private synchronized void rebuildThemes() {
        List<SearchEntry> entries = new ArrayList<>();
        for (String theme : countries.themeKeys()) {
            for (Locale language : PortalTranslations.LANGUAGES) {
                entries.add(new SearchEntry(SearchKind.THEME, theme, language.getLanguage(), null, List.of(theme),
                        translations.getTranslation("theme." + theme, language), ""));
            }
        }
        index.replaceAll(SearchKind.THEME, entries);
    }

    private String themeNames(List<String> themeKeys, Locale language) {
        return String.join(". ", themeKeys.stream()
                .map(key -> translations.getTranslation("theme." + key, language))
                .toList());
    }
}
