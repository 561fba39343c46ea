package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The journeys of the foundation, end to end in a real browser against the real application. */
@BrowserJourney
class PortalJourneyIT {

    @Test
    void the_landing_page_says_what_the_service_does_and_which_regions_it_covers(Journey journey) {
        Page page = journey.page();
        page.navigate(journey.url("/"));
        assertThat(page.locator("h1")).hasText("Country expert reports for asylum and immigration cases");
        assertThat(page.locator("#regions > li")).hasCount(7);
        assertThat(page.locator("#regions")).containsText("Mongolia");
        assertThat(page.locator("#contact")).containsText("WhatsApp");
        assertThat(page).hasTitle("Expert Report Portal");
    }

    @Test
    void a_failed_sign_in_says_the_same_whether_or_not_the_account_exists(Journey journey) {
        String unknownAccount = failedSignInMessage(journey, "nobody@nowhere.test", "some-password-123");
        String wrongPassword = failedSignInMessage(journey, "client@demo.test", "not-the-password");
        org.assertj.core.api.Assertions.assertThat(unknownAccount)
                .contains("Incorrect email or password")
                .isEqualTo(wrongPassword);
    }

    @Test
    void the_demo_client_signs_in_switches_to_russian_and_back_and_signs_out(Journey journey) {
        Page page = journey.page();
        page.navigate(journey.url("/login"));
        String sessionBefore = journey.sessionCookie();
        journey.signInToHome("client@demo.test", "demo-client-pass");
        org.assertj.core.api.Assertions.assertThat(journey.sessionCookie())
                .as("a new session id at sign-in (no session fixation)")
                .isNotBlank()
                .isNotEqualTo(sessionBefore);
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Demo Client");

        chooseLanguage(page, "Русский");
        assertThat(page.locator("#home-greeting")).hasText("Добро пожаловать, Demo Client");
        // The choice is kept on the account: it survives a reload of the page.
        page.reload();
        assertThat(page.locator("#home-greeting")).hasText("Добро пожаловать, Demo Client");

        chooseLanguage(page, "English");
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Demo Client");

        journey.signOut();
        page.navigate(journey.url("/home"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void an_anonymous_visitor_finds_mongolia_by_region_and_reads_its_profile(Journey journey) {
        Page page = journey.page();
        page.navigate(journey.url("/countries"));
        assertThat(page.locator("#country-count")).hasText("Countries shown: 58");

        page.locator("#region-filter").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("East Asia")).click();
        assertThat(page).hasURL(Pattern.compile(".*/countries\\?region=east-asia$"));
        assertThat(page.locator("#country-count")).hasText("Countries shown: 5");

        page.locator(".portal-country-cards > li > a", new Page.LocatorOptions().setHasText("Mongolia")).click();
        assertThat(page).hasURL(Pattern.compile(".*/countries/mongolia$"));
        assertThat(page.locator("#country-name")).hasText("Mongolia");
        assertThat(page.locator(".portal-article h2")).hasCount(8);
        assertThat(page.locator(".portal-article h2").first()).hasText("1. Weakening institutions");
        assertThat(page.locator("#country-sources li").first()).isVisible();
        assertThat(page.locator("#country-experts")).containsText("Dr Bolormaa Tsend");
        assertThat(page).hasTitle("Mongolia | Expert Report Portal");
    }

    @Test
    void search_finds_mongolia_by_its_russian_name_and_shows_matched_words(Journey journey) {
        Page page = journey.page();
        page.navigate(journey.url("/search?q=" + java.net.URLEncoder.encode("Монголия", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator(".portal-result-title").first()).hasText("Mongolia");

        page.locator("#search-query input").fill("journalists");
        page.locator("#search-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=journalists$"));
        assertThat(page.locator(".portal-mark").first()).hasText(Pattern.compile("journalists", Pattern.CASE_INSENSITIVE));
    }

    private static String failedSignInMessage(Journey journey, String email, String password) {
        Page page = journey.page();
        journey.signIn(email, password);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        var error = page.locator("vaadin-login-form [part='error-message'] >> visible=true");
        assertThat(error).isVisible();
        return error.innerText();
    }

    private static void chooseLanguage(Page page, String language) {
        // The language switch is in the drawer, open beside the page on a wide screen.
        page.locator("#drawer-language vaadin-button", new Page.LocatorOptions().setHasText(language)).click();
        page.waitForLoadState();
    }
}
