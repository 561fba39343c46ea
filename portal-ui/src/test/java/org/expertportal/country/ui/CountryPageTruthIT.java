package org.expertportal.country.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.expertportal.country.CountryProfile;
import org.expertportal.country.CountryProfileService;
import org.expertportal.expert.ExpertService;
import org.expertportal.ui.KaribuTest;
import org.expertportal.ui.PortalTranslations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, "country pages tell the truth": every country of the coverage data, article or not,
 * expert or not, says one consistent thing about who covers it; a country without an article shows
 * what exists and a way to ask; stored English texts say they are English to a Russian reader.
 */
class CountryPageTruthIT extends KaribuTest {

    private static final String CLAIM_COVERED = "Our experts cover";
    private static final String CLAIM_NONE = "No expert in our network covers this country yet";

    @Autowired
    CountryProfileService countries;

    @Autowired
    ExpertService experts;

    /** The slugs of the coverage data as Liquibase loads it: every country page there is. */
    static List<String> everyCountry() {
        var data = CountryPageTruthIT.class.getResourceAsStream("/db/changelog/data/countries.csv");
        try (var reader = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(";")[1]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_coverage_data_has_58_country_pages() {
        assertThat(everyCountry()).hasSize(58).contains("mongolia", "kenya", "eritrea");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCountry")
    void no_page_says_both_that_experts_cover_the_country_and_that_none_does(String slug) {
        CountryProfile profile = countries.profile(slug).orElseThrow();
        boolean covered = !experts.publicExpertsForCountry(profile.isoCode()).isEmpty();

        UI.getCurrent().navigate("countries/" + slug);
        String page = pageText();

        assertThat(page.contains(CLAIM_COVERED) && page.contains(CLAIM_NONE)).as("both claims on " + slug + ": " + page).isFalse();
        assertThat(page.contains(CLAIM_COVERED)).as("coverage claimed on " + slug + ": " + page).isEqualTo(covered);
        assertThat(page.contains(CLAIM_NONE)).as("no coverage said on " + slug).isEqualTo(!covered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCountry")
    void a_page_without_an_article_shows_what_exists_and_the_ask_action(String slug) {
        CountryProfile profile = countries.profile(slug).orElseThrow();
        UI.getCurrent().navigate("countries/" + slug);
        var ask = _find(Anchor.class, spec -> spec.withId("ask-about-country"));
        if (profile.article().isPresent()) {
            assertThat(ask).as("an article page has the request section instead").isEmpty();
            return;
        }
        assertThat(_find(Html.class)).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("country-themes")).getChildren().count())
                .isEqualTo(profile.themeKeys().size()).isPositive();
        String experts = _get(Section.class, spec -> spec.withId("country-experts")).getElement().getTextRecursively();
        assertThat(experts).contains("Experts on this country", "Sample reports");
        assertThat(ask).hasSize(1);
        assertThat(ask.getFirst().getText()).isEqualTo("Ask about this country");
        assertThat(ask.getFirst().getHref()).isEqualTo("request?country=" + slug);
        assertThat(pageText()).doesNotContain("Profile in preparation");
    }

    @Test
    void in_russian_an_article_bio_and_cv_lines_say_they_are_in_english_and_in_english_nothing_is_said() {
        useLanguage(PortalTranslations.RUSSIAN);
        UI.getCurrent().navigate("countries/mongolia");
        assertThat(notesIn("country-article")).containsExactly("Этот текст на английском языке.");
        // The bio on the expert's card on the country page.
        assertThat(notesIn("country-experts")).contains("Этот текст на английском языке.");

        UI.getCurrent().navigate("experts/bolormaa-tsend");
        assertThat(_find(Paragraph.class, spec -> spec.withId("expert-bio-language"))).hasSize(1);
        assertThat(notesIn("expert-cv")).containsExactly("Этот текст на английском языке.");

        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate("countries/mongolia");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("portal-language-note"))).isEmpty();
        UI.getCurrent().navigate("experts/bolormaa-tsend");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("portal-language-note"))).isEmpty();
    }

    /** What the page shows as text: every paragraph, heading, link and button of the view. */
    private static String pageText() {
        return _get(CountryProfileView.class).getElement().getTextRecursively();
    }

    private static List<String> notesIn(String sectionId) {
        Section section = _get(Section.class, spec -> spec.withId(sectionId));
        return _find(section, Paragraph.class, spec -> spec.withClasses("portal-language-note")).stream()
                .map(Paragraph::getText)
                .toList();
    }
}
