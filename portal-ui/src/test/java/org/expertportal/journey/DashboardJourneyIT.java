package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15 in a real browser: the demo client, on a 390 px phone in Russian, lands on their case
 * dashboard; a hearing shows with the days left, and their own reference (40 characters, no space
 * to break at) wraps inside the screen: nothing to scroll sideways to. A consultation booked on
 * the request shows under "upcoming consultations", inside the screen as well.
 */
@BrowserJourney
class DashboardJourneyIT {

    private static final String CLIENT = "client@demo.test";
    private static final String REQUEST = "ER-2026-000041";
    private static final int PHONE_WIDTH = Browser.Context.PHONE_RU_ASIA.width;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private Map<String, Object> before;
    private String language;
    private String consultationUid;

    @BeforeEach
    void theDemoClientReadsRussianAndHasAHearingAhead() {
        language = jdbc.queryForObject("select preferred_language from account where email = ?", String.class, CLIENT);
        before = jdbc.queryForMap("select status, hearing_date, client_reference from report_request where reference = ?",
                REQUEST);
        jdbc.update("update account set preferred_language = 'ru' where email = ?", CLIENT);
        jdbc.update("update report_request set status = 'ACKNOWLEDGED', hearing_date = ?, client_reference = ?"
                + " where reference = ?", Date.valueOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(5)),
                "МОСКОВСКИЙГОРОДСКОЙСУДДЕЛОНОМЕР202600123", REQUEST);
        consultationUid = "journey-" + System.nanoTime() + "@consultations.test";
        Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(3))
                .plusSeconds(System.nanoTime() % 50_000 + 1);
        jdbc.update("insert into consultation (version, uid, request_id, request_reference, client_account_id,"
                + " staff_account_id, start_at, end_at, status, sequence, client_zone, staff_zone, booked_at, changed_at)"
                + " select 0, ?, r.id, r.reference, r.client_account_id, s.id, ?, ?, 'BOOKED', 0, 'Asia/Almaty',"
                + " 'Europe/London', now(6), now(6) from report_request r, account s"
                + " where r.reference = ? and s.email = 'staff@demo.test'", consultationUid, Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofMinutes(30))), REQUEST);
    }

    @AfterEach
    void restore() {
        jdbc.update("delete from consultation where uid = ?", consultationUid);
        jdbc.update("update account set preferred_language = ? where email = ?", language, CLIENT);
        jdbc.update("update report_request set status = ?, hearing_date = ?, client_reference = ? where reference = ?",
                before.get("status"), before.get("hearing_date"), before.get("client_reference"), REQUEST);
    }

    @Test
    @Where(Browser.Context.PHONE_RU_ASIA)
    void a_client_on_a_phone_reads_their_dashboard_in_russian_without_scrolling_sideways(Journey journey) {
        Page page = journey.page();
        journey.signInToHome(CLIENT, "demo-client-pass");

        Locator hearings = page.locator("#dashboard-hearings");
        assertThat(hearings).containsText("Слушания и сроки");
        Locator ours = hearings.locator("li", new Locator.LocatorOptions().setHasText(REQUEST));
        assertThat(ours).containsText(Pattern.compile("Остал(ся|ось) \\d+ д(ень|ня|ней)"));
        assertThat(ours).containsText("ваш номер: МОСКОВСКИЙГОРОДСКОЙСУДДЕЛОНОМЕР202600123");
        var box = ours.boundingBox();
        assertThat(box.x + box.width).as("the line fits the phone").isLessThanOrEqualTo(PHONE_WIDTH);

        Locator consultations = page.locator("#dashboard-consultations");
        assertThat(consultations).containsText("Предстоящие консультации");
        Locator consultation = consultations.locator("li", new Locator.LocatorOptions().setHasText(REQUEST));
        var consultationBox = consultation.boundingBox();
        assertThat(consultationBox.x + consultationBox.width).as("the consultation fits the phone")
                .isLessThanOrEqualTo(PHONE_WIDTH);

        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("nothing to scroll sideways to").isLessThanOrEqualTo(PHONE_WIDTH);
        @SuppressWarnings("unchecked")
        List<String> sticking = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('#client-dashboard *, #dashboard-consultations *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .map(e => e.localName + ' ' + e.textContent.slice(0, 40))""");
        assertThat(sticking).as("dashboard elements sticking out to the right").isEmpty();
    }
}
