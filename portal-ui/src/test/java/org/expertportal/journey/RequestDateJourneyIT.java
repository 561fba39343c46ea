package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #12: a hearing date typed as people in the UK, the US and Russia type it is stored as the
 * date they meant (read from the database, not from the field) and shown back to staff without
 * ambiguity; a date the field cannot read is refused with a visible message and nothing is stored.
 */
@BrowserJourney
class RequestDateJourneyIT {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource({
        "DESKTOP_GB,    23/12/2027, 2027-12-23, 23 Dec 2027",
        "DESKTOP_GB,    05/01/2028, 2028-01-05, 5 Jan 2028",
        "DESKTOP_GB,    2027-12-23, 2027-12-23, 23 Dec 2027",
        "DESKTOP_US,    12/23/2027, 2027-12-23, 'Dec 23, 2027'",
        "DESKTOP_US,    05/01/2028, 2028-05-01, 'May 1, 2028'",
        "DESKTOP_RU_ASIA, 23.12.2027, 2027-12-23, 23 дек. 2027",
        "DESKTOP_RU_ASIA, 05.01.2028, 2028-01-05, 5 янв. 2028",
    })
    void a_typed_hearing_date_is_stored_as_meant_and_shown_to_staff_unambiguously(Browser.Context where,
            String typed, LocalDate stored, String staffReads, Journey journey) {
        Page page = journey.open(where);
        String reference = submitRequest(journey, typed);

        LocalDate hearing = jdbc.queryForObject("select hearing_date from report_request where reference = ?",
                LocalDate.class, reference);
        assertThat(hearing).isEqualTo(stored);

        page.context().clearCookies();
        journey.signIn("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/requests/" + reference.toLowerCase(java.util.Locale.ROOT)));
        // The JDK writes a narrow no-break space in Russian dates ("2027 г."): compare on plain spaces.
        assertThat(page.locator("#response-clock").textContent().replace('\u202F', ' ')).contains(staffReads);
    }

    @Test
    @Where(Browser.Context.DESKTOP_US)
    void a_uk_style_date_on_a_us_browser_is_refused_in_words_and_nothing_is_stored(Journey journey) {
        Page page = journey.page();
        Integer before = jdbc.queryForObject("select count(*) from report_request", Integer.class);

        fillRequest(journey, "23/12/2027");
        page.locator("#submit-request").click();

        assertThat(page.locator("#hearing")).hasAttribute("invalid", "");
        assertThat(page.locator("#hearing")).containsText("We could not read this date. Type it as 12/31/2027");
        assertThat(page.locator("#request-reference")).hasCount(0);
        assertThat(jdbc.queryForObject("select count(*) from report_request", Integer.class)).isEqualTo(before);
    }

    private String submitRequest(Journey journey, String hearing) {
        Page page = journey.page();
        fillRequest(journey, hearing);
        page.locator("#submit-request").click();
        assertThat(page.locator("#request-reference")).containsText("ER-");
        String text = page.locator("#request-reference").textContent();
        return text.substring(text.indexOf("ER-")).strip();
    }

    private void fillRequest(Journey journey, String hearing) {
        Page page = journey.page();
        // Every journey submits from 127.0.0.1: isolation from the others' submissions, not a way
        // round the hourly limit (RequestIntakeIT tests that limit).
        jdbc.update("delete from intake_attempt");
        page.navigate(journey.url("/request?country=iran"));
        page.locator("#requester-kind vaadin-radio-button").nth(1).click();
        page.locator("#name input").fill("Date Journey");
        page.locator("#email input").fill("dates-" + System.nanoTime() + "@journey.test");
        page.locator("#safe-by-email vaadin-radio-button").first().click();
        page.locator("#stage vaadin-radio-button").first().click();
        page.locator("#hearing input").fill(hearing);
        // Enter commits what was typed and closes the calendar, as a person finishing the field does.
        page.locator("#hearing input").press("Enter");
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
        page.locator("#services vaadin-checkbox").first().click();
        page.locator("#summary textarea").fill("Hearing date typed as the region writes it.");
        page.locator("#consent").click();
    }
}
