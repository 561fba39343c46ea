package org.expertportal.country.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.expertportal.ui.KaribuTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CountryPagesIT extends KaribuTest {

    @Test
    void the_list_shows_all_58_countries_in_their_7_regions() {
        UI.getCurrent().navigate("countries");
        assertThat(_get(Span.class, spec -> spec.withId("country-count")).getText()).isEqualTo("Countries shown: 58");
        assertThat(_find(H2.class)).hasSize(7);
        assertThat(countryLinks()).hasSize(58).contains("Mongolia", "Eritrea", "Guatemala");
    }

    @Test
    void filtering_by_region_and_theme_narrows_the_list_and_the_address() {
        UI.getCurrent().navigate("countries");
        @SuppressWarnings("unchecked")
        ComboBox<String> region = _get(ComboBox.class, spec -> spec.withId("region-filter"));
        _setValue(region, "east-asia");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("countries?region=east-asia");
        assertThat(countryLinks()).containsExactlyInAnyOrder("China", "Mongolia", "Myanmar", "North Korea", "Vietnam");

        UI.getCurrent().navigate("countries", QueryParameters.fromString("region=east-asia&theme=protest-crackdowns"));
        assertThat(countryLinks()).containsExactly("Mongolia");
    }

    @Test
    void mongolia_s_profile_shows_its_article_in_eight_numbered_sections_with_sources_and_review_dates() {
        UI.getCurrent().navigate("countries/mongolia");

        String article = _get(Html.class).getInnerHtml();
        List<String> sections = Jsoup.parseBodyFragment(article).select("h2").eachText();
        assertThat(sections).hasSize(8).first().isEqualTo("1. Weakening institutions");
        assertThat(sections.getLast()).isEqualTo("8. Migration and the diaspora");
        assertThat(_get(OrderedList.class, spec -> spec.withId("country-sources")).getChildren().count())
                .isBetween(2L, 4L);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("country-review"))
                .getText()).startsWith("Last reviewed on Sep 15, 2026");
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText)).contains("East Asia",
                "Corruption and elite capture");
    }

    @Test
    void a_country_without_an_article_says_so_and_an_unknown_country_is_not_found() {
        UI.getCurrent().navigate("countries/kenya");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Kenya");
        assertThat(_find(Html.class)).isEmpty();

        UI.getCurrent().navigate("countries/atlantis");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Page not found");
    }

    /** The country cards are markup in each region's list (CountriesView.cards). */
    private static List<String> countryLinks() {
        return _find(UnorderedList.class).stream()
                .filter(list -> list.getClassNames().contains("portal-country-cards"))
                .flatMap(list -> Jsoup.parseBodyFragment(list.getElement().getProperty("innerHTML", ""))
                        .select("li > a").stream())
                .map(link -> link.text())
                .toList();
    }

    @Test
    void each_card_links_to_its_country_and_shows_its_themes() {
        UI.getCurrent().navigate("countries");
        var mongolia = _find(UnorderedList.class).stream()
                .flatMap(list -> Jsoup.parseBodyFragment(list.getElement().getProperty("innerHTML", ""))
                        .select("li").stream())
                .filter(card -> card.selectFirst("a") != null && card.selectFirst("a").text().equals("Mongolia"))
                .findFirst().orElseThrow();
        assertThat(mongolia.selectFirst("a").attr("href")).isEqualTo("countries/mongolia");
        assertThat(mongolia.select("ul > li").eachText()).contains("Corruption and elite capture");
    }
}
