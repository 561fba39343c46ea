package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #15 ("On request", docs/adr/035) in a real browser on a 390 px phone in Russian: a visitor
 * asks for a sample report from the Mongolia country page, with no case and no account, and gets a
 * reference and the time we respond by. The landing page offers the same; every page fits the phone.
 */
@BrowserJourney
class ShortRequestJourneyIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Where(Browser.Context.PHONE_RU_ASIA)
    void a_visitor_on_a_phone_asks_for_a_sample_from_the_mongolia_page_and_gets_a_reference(Journey journey) {
        Page page = journey.page();
        String email = "sample-" + System.nanoTime() + "@journey.test";
        page.navigate(journey.url("/"));
        assertThat(page.locator("#ask-sample")).hasText("Запросить образец заключения");
        assertThat(page.locator("#ask-consultation")).hasText("Записаться на бесплатную консультацию");
        fitsThePhone(page);
        page.navigate(journey.url("/countries/mongolia"));
        page.locator("#ask-sample").click();

        assertThat(page.locator("#short-request-form")).containsText("Образец заключения");
        page.locator("#name input").fill("Батбаяр");
        page.locator("#email input").fill(email);
        page.locator("#consent").click();
        fitsThePhone(page);
        page.locator("#submit-request").click();

        assertThat(page.locator("#request-reference")).containsText("Ваш номер: ER-");
        assertThat(page.locator("#respond-by")).containsText("Мы ответим до");
        String reference = page.locator("#request-reference").textContent().replace("Ваш номер:", "").strip();
        assertThat(jdbc.queryForObject("select concat(kind, ' ', country_code) from report_request where reference = ?",
                String.class, reference)).isEqualTo("SAMPLE MN");
        fitsThePhone(page);
    }

    private static void fitsThePhone(Page page) {
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("window.innerWidth");
        assertThat(scrollWidth.intValue()).as("page width").isLessThanOrEqualTo(innerWidth.intValue());
    }
}
