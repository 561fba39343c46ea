package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hidden characters (#14) in a real browser: a Russian visitor who pastes a name with a
 * right-to-left override reads why it is refused under the field, in Russian, and nothing is
 * stored; staff see a name stored with an override isolated ({@code dir="auto"}) in the page's DOM.
 */
@BrowserJourney
class HostileTextJourneyIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Where(Browser.Context.DESKTOP_RU_ASIA)
    void a_pasted_override_is_refused_under_the_name_in_russian_and_staff_see_stored_ones_isolated(Journey journey) {
        Page page = journey.page();
        long requests = jdbc.queryForObject("select count(*) from report_request", Long.class);
        page.navigate(journey.url("/request?country=iran"));
        page.locator("#requester-kind vaadin-radio-button").nth(1).click();
        page.locator("#name input").fill("Anna \u202Efdp.exe");
        page.locator("#email input").fill("spoof-" + System.nanoTime() + "@journey.test");
        page.locator("#safe-by-email vaadin-radio-button").first().click();
        page.locator("#stage vaadin-radio-button").first().click();
        page.locator("#services vaadin-checkbox").first().click();
        page.locator("#consent").click();
        page.locator("#submit-request").click();

        assertThat(page.locator("#name")).hasAttribute("invalid", "");
        assertThat(page.locator("#name")).containsText("невидимые символы");
        assertThat(page.locator("#request-reference")).hasCount(0);
        assertThat(jdbc.queryForObject("select count(*) from report_request", Long.class)).isEqualTo(requests);

        String reference = jdbc.queryForObject(
                "select reference from report_request where requester_name not like '%\u202E%' order by id limit 1",
                String.class);
        String name = "Legacy \u202Efdp.exe " + System.nanoTime();
        String before = jdbc.queryForObject("select requester_name from report_request where reference = ?",
                String.class, reference);
        jdbc.update("update report_request set requester_name = ? where reference = ?", name, reference);
        try {
            journey.signIn("staff@demo.test", "demo-staff-pass");
            page.navigate(journey.url("/staff/requests/" + reference.toLowerCase(Locale.ROOT)));
            var shown = page.locator("#contact .portal-content", new Page.LocatorOptions().setHasText("Legacy"));
            assertThat(shown).hasAttribute("dir", "auto");
        } finally {
            jdbc.update("update report_request set requester_name = ? where reference = ?", before, reference);
        }
    }
}
