package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.util.regex.Pattern;
import org.expertportal.account.DemoSecondFactor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo staff member signs in as a person does: password, then a code from the authenticator
 * app (computed here from the secret the README prints), in a real browser.
 */
@BrowserJourney
class TwoFactorJourneyIT {

    @Autowired
    JdbcTemplate jdbc;

    /** The application's clock, which the portal checks second-factor codes against. */
    @Autowired
    Clock clock;

    @BeforeEach
    void forgetUsedCodes() {
        // Another test may have used this 30-second step already: that is not what is tested here.
        DemoSecondFactor.forgetUsedSteps(jdbc, DemoSecondFactor.STAFF);
        DemoSecondFactor.forgetUsedSteps(jdbc, DemoSecondFactor.ADMIN);
    }

    @Test
    void after_the_password_staff_are_not_signed_in_until_the_code_and_then_under_a_new_session_id(Journey journey) {
        Page page = journey.page();
        passwordOnly(journey, DemoSecondFactor.STAFF, "demo-staff-pass");
        assertThat(page).hasURL(Pattern.compile(".*/login/two-factor$"));
        assertThat(page.locator("h1")).hasText("Enter your code");

        // A correct password alone opens nothing.
        page.navigate(journey.url("/home"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        page.navigate(journey.url("/login/two-factor"));
        String sessionAtSecondStep = journey.sessionCookie();
        journey.enterSecondFactor(DemoSecondFactor.unusedCode(jdbc, clock, DemoSecondFactor.STAFF));
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Demo Staff");
        org.assertj.core.api.Assertions.assertThat(journey.sessionCookie())
                .as("a new session id when the second factor completes")
                .isNotBlank()
                .isNotEqualTo(sessionAtSecondStep);
    }

    @Test
    void a_code_used_once_is_refused_the_second_time(Journey journey) {
        Page page = journey.page();
        String code = DemoSecondFactor.unusedCode(jdbc, clock, DemoSecondFactor.STAFF);
        passwordOnly(journey, DemoSecondFactor.STAFF, "demo-staff-pass");
        journey.enterSecondFactor(code);
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        journey.signOut();

        passwordOnly(journey, DemoSecondFactor.STAFF, "demo-staff-pass");
        journey.enterSecondFactor(code);
        assertThat(page.locator("#second-factor-code")).hasAttribute("invalid", "");
        assertThat(page.locator("#second-factor-code [slot='error-message']")).containsText("used already");
        assertThat(page).hasURL(Pattern.compile(".*/login/two-factor$"));

        journey.enterSecondFactor(DemoSecondFactor.unusedCode(jdbc, clock, DemoSecondFactor.STAFF));
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
    }

    @Test
    void the_demo_administrator_signs_in_with_a_code_and_reaches_the_admin_pages(Journey journey) {
        Page page = journey.page();
        journey.signIn(DemoSecondFactor.ADMIN, "demo-admin-pass");
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Demo Admin");
        page.navigate(journey.url("/admin/system"));
        assertThat(page).hasURL(Pattern.compile(".*/admin/system$"));
    }

    private static void passwordOnly(Journey journey, String email, String password) {
        journey.submitPassword(email, password);
        journey.page().waitForURL(Pattern.compile(".*/login/two-factor$"));
    }
}
