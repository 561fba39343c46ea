package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One test's person at the running portal: a real browser (started on first use, see
 * {@link BrowserJourney}) that knows the portal's address and signs in and out as a person does.
 * {@link BrowserExtension} closes it after the test.
 */
final class Journey implements AutoCloseable {

    private static final Pattern HOME = Pattern.compile(".*/home$");

    private final String baseUrl;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Browser.Context where;
    private Path profile;
    private Browser browser;
    private Page page;

    Journey(String baseUrl, JdbcTemplate jdbc, Clock clock, Browser.Context where) {
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
        this.clock = clock;
        this.where = where;
    }

    /** The page, in a browser started in the test's {@link Where} context if none is open yet. */
    Page page() {
        if (page == null) {
            open(where);
        }
        return page;
    }

    /** Starts the browser in {@code where}, for a test that chooses at run time; once per test. */
    Page open(Browser.Context where) {
        if (browser != null) {
            throw new IllegalStateException("This test's browser is open already, in another context");
        }
        try {
            profile = Files.createTempDirectory("journey-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser = Browser.start(profile, where);
        page = browser.context().newPage();
        return page;
    }

    /** The browser's context: cookies, and requests made with the browser's session. */
    BrowserContext context() {
        page();
        return browser.context();
    }

    /** The address of {@code path} on the running portal; {@code url("")} is the portal itself. */
    String url(String path) {
        return baseUrl + path;
    }

    /**
     * Signs in through the real form; demo staff and administrators complete the second step with a
     * code from the README's secret (see {@link Browser#signIn}).
     */
    void signIn(String email, String password) {
        Browser.signIn(page(), baseUrl, email, password, jdbc, clock);
    }

    /** Signs in, and checks that the person has arrived on their home page. */
    void signInToHome(String email, String password) {
        signIn(email, password);
        assertThat(page).hasURL(HOME);
    }

    /** Only the first step of the form: email and password, submitted. */
    void submitPassword(String email, String password) {
        Browser.submitPassword(page(), baseUrl, email, password);
    }

    void enterSecondFactor(String code) {
        Browser.enterSecondFactor(page(), code);
    }

    /** Signs out through the user menu at the top, and checks that the sign-in link is back. */
    void signOut() {
        page().locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item.portal-menu-sign-out").click();
        assertThat(page.locator("#sign-in")).isVisible();
    }

    /** The session id the browser holds, or "" if none. */
    String sessionCookie() {
        return context().cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("");
    }

    @Override
    public void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temporary folder is untidy, not a failed test.
        }
    }
}
