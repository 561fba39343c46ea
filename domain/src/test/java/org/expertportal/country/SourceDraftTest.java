package org.expertportal.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDraftTest {

    @Test
    void a_complete_source_with_or_without_a_link_is_accepted() {
        assertThat(new SourceDraft("World Report 2025", "Human Rights Watch", 2025, null).refusal()).isEmpty();
        assertThat(new SourceDraft("World Report 2025", "Human Rights Watch", 2025,
                "https://www.hrw.org/world-report/2025").refusal()).isEmpty();
    }

    @ParameterizedTest(name = "link {0} is refused")
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>", "ftp://example.org/x", "not a link",
        "https://"})
    void only_web_links_are_accepted(String url) {
        assertThat(new SourceDraft("Title", "Publisher", 2024, url).refusal()).contains("country.edit.source.url.invalid");
    }

    @Test
    void missing_title_publisher_or_year_is_refused_with_its_reason() {
        assertThat(new SourceDraft(" ", "Publisher", 2024, null).refusal()).contains("country.edit.source.title.invalid");
        assertThat(new SourceDraft("Title", "", 2024, null).refusal()).contains("country.edit.source.publisher.invalid");
        assertThat(new SourceDraft("Title", "Publisher", 0, null).refusal()).contains("country.edit.source.year.invalid");
    }
}
