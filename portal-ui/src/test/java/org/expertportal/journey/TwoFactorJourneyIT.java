package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.expertportal.account.DemoSecondFactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo staff member signs in as a person does: password, then a code from the authenticator
 * app (computed here from the secret the README prints), in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TwoFactorJourneyIT {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Autowired
    JdbcTemplate jdbc;

    /** The application's clock, which the portal checks second-factor codes against. */
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    private Browser browser;
    private Page page;

    @BeforeEach
    void openBrowser() {
        // Another test may have used this 30-second step already: that is not what is tested here.
        DemoSecondFactor.forgetUsedSteps(jdbc, DemoSecondFactor.STAFF);
        DemoSecondFactor.forgetUsedSteps(jdbc, DemoSecondFactor.ADMIN);
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
    void after_the_password_staff_are_not_signed_in_until_the_code_and_then_under_a_new_session_id() {
        passwordOnly(DemoSecondFactor.STAFF, "demo-staff-pass");
        assertThat(page).hasURL(Pattern.compile(".*/login/two-factor$"));
        assertThat(page.locator("h1")).hasText("Enter your code");

        // A correct password alone opens nothing.
        page.navigate(url("/home"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        page.navigate(url("/login/two-factor"));
        String sessionAtSecondStep = sessionCookie();
        Browser.enterSecondFactor(page, DemoSecondFactor.unusedCode(jdbc, clock, DemoSecondFactor.STAFF));
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Demo Staff");
        org.assertj.core.api.Assertions.assertThat(sessionCookie())
                .as("a new session id when the second factor completes")
                .isNotBlank()
                .isNotEqualTo(sessionAtSecondStep);
    }

    @Test
    void a_code_used_once_is_refused_the_second_time() {
        String code = DemoSecondFactor.unusedCode(jdbc, clock, DemoSecondFactor.STAFF);
        passwordOnly(DemoSecondFactor.STAFF, "demo-staff-pass");
        Browser.enterSecondFactor(page, code);
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        signOut();

        passwordOnly(DemoSecondFactor.STAFF, "demo-staff-pass");
        Browser.enterSecondFactor(page, code);
        assertThat(page.locator("#second-factor-code")).hasAttribute("invalid", "");
        assertThat(page.locator("#second-factor-code [slot='error-message']")).containsText("used already");
        assertThat(page).hasURL(Pattern.compile(".*/login/two-factor$"));

        Browser.enterSecondFactor(page, DemoSecondFactor.unusedCode(jdbc, clock, DemoSecondFactor.STAFF));
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
    }

    @Test
    void the_demo_administrator_signs_in_with_a_code_and_reaches_the_admin_pages() {
        Browser.signIn(page, url(""), DemoSecondFactor.ADMIN, "demo-admin-pass", jdbc, clock);
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Demo Admin");
        page.navigate(url("/admin/system"));
        assertThat(page).hasURL(Pattern.compile(".*/admin/system$"));
    }

    private void passwordOnly(String email, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        page.waitForURL(Pattern.compile(".*/login/two-factor$"));
    }

    private void signOut() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
        assertThat(page.locator("#sign-in")).isVisible();
    }

    private String sessionCookie() {
        return browser.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
