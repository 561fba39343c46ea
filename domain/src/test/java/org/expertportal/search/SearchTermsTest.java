package org.expertportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTermsTest {

    @ParameterizedTest(name = "\"{0}\" leaves no term")
    @ValueSource(strings = {"", "   ", "!!!", "?*+-<>()~\"@", "a b", "\" OR 1=1 --", "'; --", "<>"})
    void queries_with_nothing_searchable_leave_no_term(String query) {
        assertThat(SearchTerms.of(query)).isEmpty();
    }

    @Test
    void operators_quotes_and_markup_are_stripped_from_words() {
        assertThat(SearchTerms.of("<script>alert(1)</script> mongolia")).containsExactly("script", "alert", "mongolia");
        assertThat(SearchTerms.of("\"+mongolia* -china\" OR 1=1; DROP TABLE account;--"))
                .containsExactly("mongolia", "china", "drop", "table", "account");
    }

    @Test
    void words_in_any_script_are_kept_lower_case() {
        assertThat(SearchTerms.of("Монголия, Journalists")).containsExactly("монголия", "journalists");
    }

    @Test
    void a_huge_query_is_cut_to_a_few_short_terms() {
        String huge = "abcdefghij".repeat(100) + " " + "word ".repeat(200);
        assertThat(SearchTerms.of(huge)).hasSizeLessThanOrEqualTo(8).allSatisfy(term -> assertThat(term).hasSizeLessThanOrEqualTo(40));
        assertThat(SearchTerms.of("one two three four five six seven eight nine ten eleven twelve")).hasSize(8);
    }
}
