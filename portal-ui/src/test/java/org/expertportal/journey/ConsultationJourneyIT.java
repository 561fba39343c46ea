package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The consultation journey in a real browser: the demo client books a free slot from their
 * request page, the demo staff member finds it in their list, the client moves it to another time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsultationJourneyIT {

    private static final String REQUEST = "/my/requests/er-2026-000041";

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Browser browser;
    private Page page;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(profile);
        page = browser.context().newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_client_books_from_the_request_staff_see_it_and_the_client_moves_it() {
        signIn("client@demo.test", "demo-client-pass");
        page.navigate(url(REQUEST));
        assertThat(page.locator("#consultation")).containsText("Free consultation");
        var firstSlot = page.locator("#consultation-slots .consultation-slot").first();
        assertThat(firstSlot).isVisible();
        String firstTime = firstSlot.innerText().strip();
        firstSlot.click();
        page.locator("#consultation-book").click();
        var booked = page.locator("#consultation-booked");
        assertThat(booked).containsText("Your consultation is booked for");
        assertThat(booked).containsText(firstTime.substring(0, 5));
        assertThat(page.locator("#consultation-link")).hasText("https://meet.example.org/demo-staff");
        assertThat(page.locator("#timeline")).containsText("Consultation booked");
        String bookedText = booked.innerText();
        signOut();

        signIn("staff@demo.test", "demo-staff-pass");
        page.navigate(url("/staff/consultations"));
        assertThat(page.locator("#consultations")).containsText("ER-2026-000041");
        assertThat(page.locator("#consultations")).containsText("Client’s time:");
        signOut();

        signIn("client@demo.test", "demo-client-pass");
        page.navigate(url(REQUEST));
        page.locator("#consultation-move").click();
        var lastSlot = page.locator("#consultation-slots .consultation-slot").last();
        assertThat(lastSlot).isVisible();
        lastSlot.click();
        page.locator("#consultation-book").click();
        assertThat(page.locator("#timeline")).containsText("Consultation moved");
        assertThat(page.locator("#consultation-booked")).not().hasText(bookedText);
    }

    /** The real form; demo staff complete the second step with a code from the README's secret. */
    private void signIn(String email, String password) {
        Browser.signIn(page, url(""), email, password, jdbc);
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
    }

    private void signOut() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
        assertThat(page.locator("#sign-in")).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
