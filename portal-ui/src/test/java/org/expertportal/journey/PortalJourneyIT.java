package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The journeys of the foundation, end to end in a real browser against the real application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalJourneyIT {

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
        page.navigate(url("/login"));
        String sessionBefore = sessionCookie();
        signIn("client@demo.test", "demo-client-pass");
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        org.assertj.core.api.Assertions.assertThat(sessionCookie())
                .as("a new session id at sign-in (no session fixation)")
                .isNotBlank()
                .isNotEqualTo(sessionBefore);
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

    @Test
    void an_anonymous_visitor_finds_mongolia_by_region_and_reads_its_profile() {
        page.navigate(url("/countries"));
        assertThat(page.locator("#country-count")).hasText("Countries shown: 58");

        page.locator("#region-filter").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("East Asia")).click();
        assertThat(page).hasURL(Pattern.compile(".*/countries\\?region=east-asia$"));
        assertThat(page.locator("#country-count")).hasText("Countries shown: 5");

        page.locator("a.portal-country-link", new Page.LocatorOptions().setHasText("Mongolia")).click();
        assertThat(page).hasURL(Pattern.compile(".*/countries/mongolia$"));
        assertThat(page.locator("#country-name")).hasText("Mongolia");
        assertThat(page.locator(".portal-article h2")).hasCount(8);
        assertThat(page.locator(".portal-article h2").first()).hasText("1. Weakening institutions");
        assertThat(page.locator("#country-sources li").first()).isVisible();
        assertThat(page.locator("#country-experts")).containsText("Dr Bolormaa Tsend");
        assertThat(page).hasTitle("Mongolia | Expert Report Portal");
    }

    @Test
    void search_finds_mongolia_by_its_russian_name_and_shows_matched_words() {
        page.navigate(url("/search?q=" + java.net.URLEncoder.encode("Монголия", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator(".portal-result-title").first()).hasText("Mongolia");

        page.locator("#search-query input").fill("journalists");
        page.locator("#search-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=journalists$"));
        assertThat(page.locator(".portal-mark").first()).hasText(Pattern.compile("journalists", Pattern.CASE_INSENSITIVE));
    }

    private String failedSignInMessage(String email, String password) {
        signIn(email, password);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        var error = page.locator("vaadin-login-form [part='error-message'] >> visible=true");
        assertThat(error).isVisible();
        return error.innerText();
    }

    private void signIn(String email, String password) {
        Browser.signIn(page, url(""), email, password, jdbc, clock);
    }

    private String sessionCookie() {
        return browser.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("");
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
