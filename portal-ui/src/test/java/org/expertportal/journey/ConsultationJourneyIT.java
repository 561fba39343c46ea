package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.expertportal.TestClock;
import org.expertportal.locale.DateTimeTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consultation journey in a real browser: the demo client books a free slot from their
 * request page, the demo staff member finds it in their list, the client moves it to another time
 * and cancels it; a staff member moves a client's booking with a reason the client then reads.
 *
 * <p>The portal's clock is set (moving from a chosen instant), so the slots offered and the
 * change-notice window do not depend on when the suite runs: the demo staff member's hours are
 * weekdays 09:00-17:00 London, and the booking and change notices both 2 h (docs/adr/040).
 */
@BrowserJourney
class ConsultationJourneyIT {

    private static final String REQUEST = "/my/requests/er-2026-000041";
    private static final String REFERENCE = "ER-2026-000041";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock testClock;

    @BeforeEach
    @AfterEach
    void cancelConsultationsOfTheRequest() {
        // The request is the demo's: leave it bookable for the next run and the next test.
        jdbc.update("update consultation set status = 'CANCELLED', held_start_at = null "
                + "where request_reference = ? and status = 'BOOKED'", REFERENCE);
    }

    @ParameterizedTest(name = "portal clock from {0}")
    @CsvSource({
        // Tuesday 19:00 GMT: the first slot is Wednesday 25 November 09:00 GMT, 14 h ahead.
        "2026-11-24T19:00:00Z, 2026-11-25",
        // Sunday 12:00 BST (11:00 UTC): the first slot is Monday 15 June 09:00 BST, 21 h ahead.
        "2026-06-14T11:00:00Z, 2026-06-15",
    })
    void a_client_books_from_the_request_staff_see_it_and_the_client_moves_it(Instant now, LocalDate firstDay,
            Journey journey) {
        Page page = journey.page();
        testClock.moveFrom(now);
        journey.signInToHome("client@demo.test", "demo-client-pass");
        page.navigate(journey.url(REQUEST));
        assertThat(page.locator("#consultation")).containsText("Free consultation");
        assertThat(page.locator("#consultation-slots")).hasCount(0);
        page.locator("#consultation-choose").click();
        var firstSlot = page.locator("#consultation-slots .consultation-slot").first();
        assertThat(firstSlot).hasText(startsWith(time(9, 0) + "–" + time(9, 30)));
        String firstTime = firstSlot.innerText().strip();
        firstSlot.click();
        page.locator("#consultation-book").click();
        var booked = page.locator("#consultation-booked");
        assertThat(booked).containsText("Your consultation is booked for");
        assertThat(booked).containsText(firstTime.substring(0, 5));
        assertThat(booked).containsText(day(firstDay) + ", " + time(9, 0) + "–");
        assertThat(page.locator("#consultation-link")).hasText("https://meet.example.org/demo-staff");
        assertThat(page.locator("#timeline")).containsText("Consultation booked");
        String bookedText = booked.innerText();
        journey.signOut();

        journey.signInToHome("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/consultations"));
        assertThat(page.locator("#consultations")).containsText("ER-2026-000041");
        assertThat(page.locator("#consultations")).containsText("Client’s time:");
        journey.signOut();

        journey.signInToHome("client@demo.test", "demo-client-pass");
        page.navigate(journey.url(REQUEST));
        assertThat(page.locator("#consultation-too-late")).hasCount(0);
        page.locator("#consultation-move").click();
        var lastSlot = page.locator("#consultation-slots .consultation-slot").last();
        assertThat(lastSlot).hasText(startsWith(time(16, 30) + "–" + time(17, 0)));
        lastSlot.click();
        page.locator("#consultation-book").click();
        assertThat(page.locator("#timeline")).containsText("Consultation moved");
        assertThat(page.locator("#consultation-booked")).not().hasText(bookedText);
        assertThat(page.locator("#consultation-booked")).containsText(day(firstDay) + ", " + time(16, 30) + "–");

        page.locator("#consultation-cancel").click();
        assertThat(page.locator("#timeline")).containsText("Consultation cancelled");
        assertThat(page.locator("#consultation-booked")).hasCount(0);
        page.locator("#consultation-choose").click();
        assertThat(page.locator("#consultation-slots .consultation-slot").first()).isVisible();
    }

    /**
     * Issue #16 as reported: on Thursday 3 December at 13:30 GMT the client books today's 16:00 slot
     * (2.5 h ahead), moves it to 16:30 and, once inside the change notice, can still cancel it.
     */
    @Test
    void a_client_books_todays_four_oclock_moves_it_and_cancels_it_inside_the_change_notice(Journey journey) {
        Page page = journey.page();
        testClock.moveFrom(Instant.parse("2026-12-03T13:30:00Z"));
        journey.signInToHome("client@demo.test", "demo-client-pass");
        page.navigate(journey.url(REQUEST));
        page.locator("#consultation-choose").click();
        page.locator("#consultation-slots .consultation-slot", new Page.LocatorOptions()
                .setHasText(startsWith(time(16, 0) + "–" + time(16, 30)))).click();
        page.locator("#consultation-book").click();
        assertThat(page.locator("#consultation-booked"))
                .containsText(day(LocalDate.of(2026, 12, 3)) + ", " + time(16, 0) + "–" + time(16, 30));
        assertThat(page.locator("#consultation-too-late")).hasCount(0);

        page.locator("#consultation-move").click();
        page.locator("#consultation-slots .consultation-slot", new Page.LocatorOptions()
                .setHasText(startsWith(time(16, 30) + "–" + time(17, 0)))).click();
        page.locator("#consultation-book").click();
        assertThat(page.locator("#timeline")).containsText("Consultation moved");
        assertThat(page.locator("#consultation-booked")).containsText(time(16, 30) + "–" + time(17, 0));

        // 15:00: inside the 2-hour change notice. No "move" any more, but "cancel" until 16:30.
        testClock.moveFrom(Instant.parse("2026-12-03T15:00:00Z"));
        page.navigate(journey.url(REQUEST));
        assertThat(page.locator("#consultation-move")).hasCount(0);
        assertThat(page.locator("#consultation-too-late")).containsText("you can still cancel it");
        page.locator("#consultation-cancel").click();
        assertThat(page.locator("#timeline")).containsText("Consultation cancelled");
        assertThat(page.locator("#consultation-booked")).hasCount(0);
    }

    @Test
    void staff_move_a_clients_booking_with_a_reason_the_client_reads(Journey journey) {
        Page page = journey.page();
        // Tuesday 24 November 19:00 GMT: the first slot is Wednesday 09:00.
        testClock.moveFrom(Instant.parse("2026-11-24T19:00:00Z"));
        journey.signInToHome("client@demo.test", "demo-client-pass");
        page.navigate(journey.url(REQUEST));
        page.locator("#consultation-choose").click();
        page.locator("#consultation-slots .consultation-slot").first().click();
        page.locator("#consultation-book").click();
        assertThat(page.locator("#consultation-booked")).containsText(time(9, 0) + "–" + time(9, 30));
        journey.signOut();

        journey.signInToHome("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/consultations"));
        var line = page.locator("li.portal-consultation-line", new Page.LocatorOptions().setHasText(REFERENCE));
        line.locator("vaadin-button[id^='move-']").click();
        page.locator("#consultation-move-to input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(time(11, 0) + "–" + time(11, 30)))
                .first().click();
        page.locator("#consultation-reason textarea").fill("The staff member has a hearing that morning");
        page.locator("#consultation-confirm-change").click();
        // Earlier runs' cancelled bookings of the request may be listed too: the list as a whole says it.
        assertThat(page.locator("#consultations"))
                .containsText("Reason given to the client: The staff member has a hearing that morning");
        journey.signOut();

        journey.signInToHome("client@demo.test", "demo-client-pass");
        page.navigate(journey.url(REQUEST));
        assertThat(page.locator("#consultation-booked")).containsText(time(11, 0) + "–" + time(11, 30));
        assertThat(page.locator("#consultation-staff-reason"))
                .hasText("Our team changed this consultation: The staff member has a hearing that morning");
        assertThat(page.locator("#timeline")).containsText("Consultation moved");
    }

    /** A London time as the page writes it for this en-GB browser: the 24-hour clock. */
    private static String time(int hour, int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    }

    /**
     * The text, whatever spaces the formatter and the browser put between its words (e.g. U+202F
     * before "AM"). Playwright hands the pattern to the browser's regex engine: no \\Q...\\E quoting.
     */
    private static Pattern startsWith(String text) {
        return Pattern.compile("^\\s*" + java.util.Arrays.stream(text.split("[\\s\u202f\u00a0]+"))
                .map(word -> word.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0")).collect(java.util.stream.Collectors.joining("\\s+")));
    }

    private static String day(LocalDate date) {
        return DateTimeTexts.fullDate(date, Locale.UK);
    }
}
