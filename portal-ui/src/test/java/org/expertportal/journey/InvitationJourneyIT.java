package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.expertportal.account.CapturedMails;
import org.expertportal.notification.SentMailArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator invites a client at /admin/users; the client opens the invitation from the
 * embedded mail capture, chooses a password and signs in. All in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvitationJourneyIT {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Autowired
    SentMailArchive mail;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The application's clock, which the portal checks second-factor codes against. */
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

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
    void an_invited_client_sets_a_password_from_the_email_and_signs_in() {
        String email = "journey-" + System.nanoTime() + "@invited.test";
        signIn("admin@demo.test", "demo-admin-pass");
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        page.navigate(url("/admin/users"));
        page.locator("#invite-user").click();
        page.locator("#new-user-email input").fill(email);
        page.locator("#new-user-name input").fill("Journey Client");
        page.locator("#send-invitation").click();
        page.locator("#user-search input").fill(email);
        assertThat(page.locator("#users")).containsText("Journey Client");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
        assertThat(page.locator("#sign-in")).isVisible();

        String link = CapturedMails.awaitLink(mail, email, "Your account on the Expert Report Portal");
        page.navigate(url(link));
        assertThat(page.locator("h1")).hasText("Welcome: choose your password");
        page.locator("#new-password input").fill("journey passphrase 2026");
        page.locator("#repeat-password input").fill("journey passphrase 2026");
        page.locator("#save-password").click();
        assertThat(page.locator("#password-set")).isVisible();
        page.locator("#go-sign-in").click();

        signIn(email, "journey passphrase 2026");
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Journey Client");

        page.navigate(url(link));
        assertThat(page.locator("h1")).hasText("This link has expired or was already used");
    }

    /** The real form; the demo admin completes the second step with a code from the README's secret. */
    private void signIn(String email, String password) {
        Browser.signIn(page, url(""), email, password, jdbc, clock);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
