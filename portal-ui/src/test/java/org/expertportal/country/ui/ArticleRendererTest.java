package org.expertportal.country.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever an editor types, what reaches a browser cannot run. */
class ArticleRendererTest {

    private final ArticleRenderer renderer = new ArticleRenderer();

    @ParameterizedTest(name = "inert: {0}")
    @ValueSource(strings = {
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p onclick=\"steal()\">text</p>",
        "[x](JaVaScRiPt:alert(1))",
        "<svg onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
    })
    void scripts_handlers_frames_and_script_links_do_not_survive(String markdown) {
        String html = renderer.toSafeHtml("Intro\n\n" + markdown + "\n\nOutro");
        Document document = Jsoup.parseBodyFragment(html);

        assertThat(document.select("script, iframe, svg, img, object, embed, style")).isEmpty();
        assertThat(document.getAllElements()).allSatisfy(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style");
            assertThat(attribute.getValue().toLowerCase()).doesNotContain("javascript:");
        }));
        assertThat(document.text()).contains("Intro", "Outro");
    }

    @Test
    void numbered_sections_lists_and_web_links_are_kept() {
        String html = renderer.toSafeHtml("""
                Intro paragraph.

                ## 1. Weakening institutions

                Text with **emphasis** and a [source](https://example.org/report).

                - one
                - two
                """);
        Document document = Jsoup.parseBodyFragment(html);

        assertThat(document.select("div.portal-article")).hasSize(1);
        assertThat(document.select("h2").text()).isEqualTo("1. Weakening institutions");
        assertThat(document.select("strong").text()).isEqualTo("emphasis");
        assertThat(document.select("li")).hasSize(2);
        assertThat(document.select("a").attr("href")).isEqualTo("https://example.org/report");
        assertThat(document.select("a").attr("rel")).contains("noopener");
    }

    @Test
    void plain_text_keeps_the_words_only() {
        assertThat(renderer.toPlainText("## 1. Corruption\n\nPress **journalists** <b>x</b>"))
                .contains("1. Corruption", "journalists")
                .doesNotContain("##", "**");
    }
}
