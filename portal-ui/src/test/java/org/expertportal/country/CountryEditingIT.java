package org.expertportal.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expertportal.search.SearchResult;
import org.expertportal.search.SearchService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators publish versions; nobody else can; the public page and search follow. */
class CountryEditingIT extends KaribuTest {

    @Autowired
    CountryEditingService editing;

    @Autowired
    CountryProfileService profiles;

    @Autowired
    SearchService search;

    @Test
    void a_published_version_becomes_the_public_one_keeps_history_and_is_searchable() {
        signIn("admin@demo.test");
        ArticlePublication current = editing.editableVersion("kyrgyzstan");
        String word = "zyxwordnew" + (System.nanoTime() % 100000);
        var publication = new ArticlePublication(current.basedOnVersion(),
                "Intro.\n\n## 1. Detention\n\nThe " + word + " appears here.",
                List.of(new SourceDraft("World Report 2025", "Human Rights Watch", 2025, null)),
                Set.of("political-persecution", "detention-conditions"), LocalDate.now(clock).minusDays(1),
                LocalDate.now(clock).plusMonths(12));

        int version = editing.publish("kyrgyzstan", publication);

        assertThat(version).isEqualTo(current.basedOnVersion() + 1);
        CountryProfile profile = profiles.profile("kyrgyzstan").orElseThrow();
        assertThat(profile.article().orElseThrow().markdown()).contains(word);
        assertThat(profile.article().orElseThrow().sources()).extracting(SourceDraft::publisher)
                .containsExactly("Human Rights Watch");
        assertThat(editing.history("kyrgyzstan")).first().satisfies(entry -> {
            assertThat(entry.version()).isEqualTo(version);
            assertThat(entry.publishedBy()).isEqualTo("Demo Admin");
        });
        assertThat(search.search(word, Optional.empty(), Optional.empty()))
                .extracting(SearchResult::refKey).containsExactly("kyrgyzstan");
        assertThat(editing.countriesForReview()).filteredOn(c -> c.slug().equals("kyrgyzstan"))
                .singleElement().satisfies(c -> assertThat(c.reviewDue()).isFalse());
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_instead_of_overwriting() {
        signIn("admin@demo.test");
        ArticlePublication current = editing.editableVersion("tajikistan");
        var first = new ArticlePublication(current.basedOnVersion(), "First edit.", List.of(),
                Set.of("political-persecution"), LocalDate.now(clock).minusDays(2), LocalDate.now(clock).plusMonths(12));
        editing.publish("tajikistan", first);

        var stale = new ArticlePublication(current.basedOnVersion(), "Second edit from an old page.", List.of(),
                Set.of("political-persecution"), LocalDate.now(clock).minusDays(2), LocalDate.now(clock).plusMonths(12));
        assertThatThrownBy(() -> editing.publish("tajikistan", stale))
                .isInstanceOf(DomainException.class)
                .hasMessage("country.edit.changed-meanwhile");
        assertThat(profiles.profile("tajikistan").orElseThrow().article().orElseThrow().markdown())
                .isEqualTo("First edit.");
    }

    @Test
    void bad_input_is_refused_with_its_reason_and_nothing_is_published() {
        signIn("admin@demo.test");
        ArticlePublication current = editing.editableVersion("turkmenistan");
        LocalDate today = LocalDate.now(clock);
        assertRefused(new ArticlePublication(current.basedOnVersion(), "  ", List.of(), Set.of("corruption"),
                today, today.plusYears(1)), "country.edit.article.empty");
        assertRefused(new ArticlePublication(current.basedOnVersion(), "Text",
                List.of(new SourceDraft("Title", "Publisher", 2024, "javascript:alert(1)")), Set.of("corruption"),
                today, today.plusYears(1)), "country.edit.source.url.invalid");
        assertRefused(new ArticlePublication(current.basedOnVersion(), "Text", List.of(), Set.of(),
                today, today.plusYears(1)), "country.edit.themes.empty");
        assertRefused(new ArticlePublication(current.basedOnVersion(), "Text", List.of(), Set.of("no-such-theme"),
                today, today.plusYears(1)), "country.edit.themes.unknown");
        assertRefused(new ArticlePublication(current.basedOnVersion(), "Text", List.of(), Set.of("corruption"),
                today.plusDays(1), today.plusYears(1)), "country.edit.review.last.invalid");
        assertRefused(new ArticlePublication(current.basedOnVersion(), "Text", List.of(), Set.of("corruption"),
                today, today.minusDays(1)), "country.edit.review.next.invalid");

        assertThat(editing.history("turkmenistan")).hasSize(current.basedOnVersion());
        assertThat(profiles.profile("turkmenistan").orElseThrow().themeKeys())
                .containsExactlyInAnyOrderElementsOf(current.themeKeys());
    }

    @Test
    void only_administrators_edit_or_see_the_review_list() {
        var publication = new ArticlePublication(0, "Text", List.of(), Set.of("corruption"), LocalDate.now(clock),
                LocalDate.now(clock).plusYears(1));
        for (String who : List.of("client@demo.test", "staff@demo.test")) {
            signIn(who);
            assertThatThrownBy(() -> editing.publish("uzbekistan", publication))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> editing.countriesForReview()).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> editing.history("uzbekistan")).isInstanceOf(NotPermittedException.class);
            signOut();
        }
        assertThatThrownBy(() -> editing.publish("uzbekistan", publication)).isInstanceOf(NotPermittedException.class);
        assertThat(profiles.profile("uzbekistan").orElseThrow().article()).isEmpty();
    }

    @Test
    void countries_reviewed_over_twelve_months_ago_are_flagged() {
        signIn("admin@demo.test");
        List<CountrySummary> review = editing.countriesForReview();
        assertThat(review).filteredOn(c -> c.slug().equals("guatemala")).singleElement()
                .satisfies(c -> assertThat(c.reviewDue()).isTrue());
        assertThat(review).filteredOn(c -> c.slug().equals("mongolia")).singleElement()
                .satisfies(c -> assertThat(c.reviewDue()).isFalse());
        assertThat(review.getFirst().reviewDue()).as("due countries come first").isTrue();
    }

    private void assertRefused(ArticlePublication publication, String reason) {
        assertThatThrownBy(() -> editing.publish("turkmenistan", publication))
                .isInstanceOf(DomainException.class)
                .hasMessage(reason);
    }
}
