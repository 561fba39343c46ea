package org.expertportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

    private final List<List<String>> queriesSent = new ArrayList<>();
    private final SearchIndex index = new SearchIndex() {
        @Override
        public void replace(SearchKind kind, String refKey, List<SearchEntry> entries) {}

        @Override
        public void replaceAll(SearchKind kind, List<SearchEntry> entries) {}

        @Override
        public List<SearchHit> find(List<String> terms, Optional<String> region, Optional<String> theme, int limit) {
            queriesSent.add(terms);
            return List.of(
                    new SearchHit(SearchKind.COUNTRY, "mongolia", "Монголия", "Политическое преследование", 9.0),
                    new SearchHit(SearchKind.ARTICLE, "mongolia", "Mongolia",
                            "Independent journalists who investigate corruption face defamation complaints.", 2.0),
                    new SearchHit(SearchKind.ARTICLE, "china", "China", "Journalists are detained.", 1.5));
        }
    };
    private final SearchService service = new SearchService(index);

    @Test
    void a_country_found_by_name_and_article_is_one_result_with_the_article_passage() {
        List<SearchResult> results = service.search("journalists", Optional.empty(), Optional.empty());

        assertThat(results).extracting(SearchResult::refKey).containsExactly("mongolia", "china");
        assertThat(results.getFirst().kind()).isEqualTo(SearchKind.COUNTRY);
        assertThat(results.getFirst().snippet())
                .filteredOn(SearchResult.SnippetPart::matched)
                .extracting(SearchResult.SnippetPart::text)
                .containsExactly("journalists");
    }

    @Test
    void nothing_searchable_never_reaches_the_index() {
        assertThat(service.search("' OR 1=1 --", Optional.empty(), Optional.empty())).isEmpty();
        assertThat(service.search("x".repeat(0), Optional.empty(), Optional.empty())).isEmpty();
        assertThat(queriesSent).isEmpty();
    }

    @Test
    void snippets_mark_every_word_that_starts_with_a_term_and_cut_at_word_boundaries() {
        String text = "word ".repeat(40) + "Corruption and corrupt officials, then more words " + "tail ".repeat(40);
        List<SearchResult.SnippetPart> parts = SearchService.snippet(text, List.of("corrupt"));

        assertThat(parts.getFirst().text()).isEqualTo("… ");
        assertThat(parts.getLast().text()).isEqualTo(" …");
        assertThat(parts).filteredOn(SearchResult.SnippetPart::matched)
                .extracting(SearchResult.SnippetPart::text)
                .containsExactly("Corruption", "corrupt");
        String joined = String.join("", parts.stream().map(SearchResult.SnippetPart::text).toList());
        assertThat(joined).doesNotContain("  ").contains("Corruption and corrupt officials");
    }
}
