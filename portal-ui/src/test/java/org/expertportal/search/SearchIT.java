package org.expertportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.expertportal.account.AccountRepository;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Search on MariaDB's full-text index, as built at start from the reference and demo data. */
@SpringBootTest
@ActiveProfiles("test")
class SearchIT {

    @Autowired
    SearchService search;

    @Autowired
    AccountRepository accounts;

    @Test
    void mongolia_is_found_by_its_english_name_first() {
        assertThat(refs("Mongolia")).first().isEqualTo("COUNTRY:mongolia");
    }

    @Test
    void mongolia_is_found_by_its_russian_name() {
        assertThat(refs("Монголия")).first().isEqualTo("COUNTRY:mongolia");
    }

    @Test
    void mongolia_is_found_by_a_word_of_its_article_with_the_word_in_context() {
        List<SearchResult> results = search.search("journalists", Optional.empty(), Optional.empty());
        SearchResult mongolia = results.stream().filter(r -> r.refKey().equals("mongolia")).findFirst().orElseThrow();
        assertThat(mongolia.snippet()).anySatisfy(part -> {
            assertThat(part.matched()).isTrue();
            assertThat(part.text()).isEqualToIgnoringCase("journalists");
        });
    }

    @Test
    void an_expert_is_found_by_a_country_they_cover_in_either_language_and_by_region() {
        assertThat(refs("Mongolia")).contains("EXPERT:bolormaa-tsend");
        assertThat(refs("Монголия")).contains("EXPERT:bolormaa-tsend");
        assertThat(search.search("Mongolia", Optional.of("east-asia"), Optional.empty()))
                .extracting(result -> result.kind() + ":" + result.refKey())
                .contains("EXPERT:bolormaa-tsend");
        assertThat(search.search("Mongolia", Optional.of("middle-east"), Optional.empty()))
                .extracting(result -> result.kind() + ":" + result.refKey())
                .doesNotContain("EXPERT:bolormaa-tsend");
    }

    @Test
    void a_prefix_finds_whole_words() {
        assertThat(refs("mongol")).contains("COUNTRY:mongolia");
    }

    @Test
    void themes_are_found_by_name_in_both_languages() {
        assertThat(refs("conscription")).contains("THEME:forced-conscription");
        assertThat(refs("коррупция")).contains("THEME:corruption");
    }

    @Test
    void region_and_theme_filters_narrow_the_results() {
        assertThat(search.search("journalists", Optional.of("east-asia"), Optional.empty()))
                .filteredOn(result -> result.kind() == SearchKind.COUNTRY)
                .extracting(SearchResult::refKey)
                .isNotEmpty()
                .allMatch(ref -> List.of("mongolia", "china", "north-korea", "vietnam", "myanmar").contains(ref));
        assertThat(search.search("journalists", Optional.empty(), Optional.of("forced-conscription")))
                .filteredOn(result -> result.kind() == SearchKind.COUNTRY)
                .extracting(SearchResult::refKey)
                .containsOnly("eritrea");
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing and fails nothing")
    @ValueSource(strings = {"!!!", "' OR '1'='1", "--", "*", "+-<>()~", "@@@@", "ab", "\"\"\"", "%_%"})
    void absurd_queries_return_an_empty_result(String query) {
        assertThat(search.search(query, Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void a_thousand_character_query_is_answered_without_error() {
        assertThat(search.search("mongolia ".repeat(120), Optional.empty(), Optional.empty()))
                .extracting(SearchResult::refKey)
                .contains("mongolia");
        assertThat(search.search("<script>alert(1)</script>".repeat(40), Optional.empty(), Optional.empty()))
                .isEmpty();
    }

    @Test
    void sql_in_a_query_is_searched_as_words_and_never_run() {
        long accountsBefore = accounts.countByRole(Role.CLIENT);
        List<SearchResult> results = search.search("\"; DROP TABLE account; --", Optional.empty(), Optional.empty());
        // "account" is an ordinary word here: it may match an article, and that is all it does.
        assertThat(results).allSatisfy(result -> assertThat(result.snippet()).isNotNull());
        assertThat(accounts.countByRole(Role.CLIENT)).isEqualTo(accountsBefore);
        assertThat(refs("Mongolia")).first().isEqualTo("COUNTRY:mongolia");
    }

    @Test
    void unknown_filters_match_nothing_rather_than_fail() {
        assertThat(search.search("mongolia", Optional.of("atlantis"), Optional.of("%' or 1=1 --"))).isEmpty();
    }

    private List<String> refs(String query) {
        return search.search(query, Optional.empty(), Optional.empty()).stream()
                .map(result -> result.kind() + ":" + result.refKey())
                .toList();
    }
}
