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

/** The journeys of the foundation, end to end in a real browser against the real application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalJourneyIT {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

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
    void the_landing_page_says_what_the_service_does_and_which_regions_it_covers() {
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("Country expert reports for asylum and immigration cases");
        assertThat(page.locator("#regions > li")).hasCount(7);
        assertThat(page.locator("#regions")).containsText("Mongolia");
        assertThat(page.locator("#contact")).containsText("WhatsApp");
        assertThat(page).hasTitle("Expert Report Portal");
    }

    @Test
    void a_failed_sign_in_says_the_same_whether_or_not_the_account_exists() {
        String unknownAccount = failedSignInMessage("nobody@nowhere.test", "some-password-123");
        String wrongPassword = failedSignInMessage("client@demo.test", "not-the-password");
        org.assertj.core.api.Assertions.assertThat(unknownAccount)
                .contains("Incorrect email or password")
                .isEqualTo(wrongPassword);
    }

    @Test
    void the_demo_client_signs_in_switches_to_russian_and_back_and_signs_out() {
        signIn("client@demo.test", "demo-client-pass");
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Demo Client");

        chooseLanguage("Русский");
        assertThat(page.locator("#home-greeting")).hasText("Добро пожаловать, Demo Client");
        // The choice is kept on the account: it survives a reload of the page.
        page.reload();
        assertThat(page.locator("#home-greeting")).hasText("Добро пожаловать, Demo Client");

        chooseLanguage("English");
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Demo Client");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
        assertThat(page.locator("#sign-in")).isVisible();
        page.navigate(url("/home"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private String failedSignInMessage(String email, String password) {
        signIn(email, password);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        var error = page.locator("vaadin-login-form [part='error-message'] >> visible=true");
        assertThat(error).isVisible();
        return error.innerText();
    }

    private void signIn(String email, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
    }

    private void chooseLanguage(String language) {
        page.locator("#language-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(language)).click();
        page.waitForLoadState();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
