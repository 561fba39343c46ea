package org.expertportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal's own way (docs/adr/054): the search index is rebuilt at start on a thread of its
 * own, and the portal reports ready without waiting for it. The index here holds its first
 * replacement until the test lets it go, so the order is shown, not timed.
 */
@SpringBootTest(properties = "portal.search.rebuild-at-start=background")
@ActiveProfiles("test")
class SearchIndexerIT {

    @Autowired
    SearchIndexer indexer;

    @Autowired
    ApplicationAvailability availability;

    @Autowired
    HeldIndex held;

    @Autowired
    SearchService search;

    @Test
    void the_portal_is_ready_while_the_index_is_rebuilt_beside_it_and_searches_find_the_rebuilt_entries()
            throws Exception {
        try {
            assertThat(held.reached.await(60, TimeUnit.SECONDS)).as("the rebuild reached the index").isTrue();
            assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(held.replaced).isEmpty();
        } finally {
            held.release.countDown();
        }
        indexer.awaitStartRebuild(Duration.ofSeconds(60));

        assertThat(held.replaced).containsExactly("COUNTRY on search-index", "ARTICLE on search-index",
                "THEME on search-index", "EXPERT on search-index");
        assertThat(search.search("Mongolia", Optional.empty(), Optional.empty()))
                .extracting(result -> result.kind() + ":" + result.refKey())
                .first().isEqualTo("COUNTRY:mongolia");
    }

    /** The real index, with its first full replacement held until the test releases it. */
    static final class HeldIndex implements SearchIndex {

        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> replaced = new CopyOnWriteArrayList<>();
        private final SearchIndex real;

        HeldIndex(SearchIndex real) {
            this.real = real;
        }

        @Override
        public void replace(SearchKind kind, String refKey, List<SearchEntry> entries) {
            real.replace(kind, refKey, entries);
        }

        @Override
        public void replaceAll(SearchKind kind, List<SearchEntry> entries) {
            reached.countDown();
            try {
                if (!release.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            real.replaceAll(kind, entries);
            replaced.add(kind + " on " + Thread.currentThread().getName());
        }

        @Override
        public List<SearchHit> find(List<String> terms, Optional<String> regionKey, Optional<String> themeKey,
                int limit) {
            return real.find(terms, regionKey, themeKey, limit);
        }
    }

    @TestConfiguration
    static class Held {

        @Bean
        @Primary
        HeldIndex heldIndex(@Qualifier("mariaDbSearchIndex") SearchIndex real) {
            return new HeldIndex(real);
        }
    }
}
