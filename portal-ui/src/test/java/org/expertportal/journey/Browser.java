package org.expertportal.journey;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.expertportal.account.DemoSecondFactor;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real headless Chromium from the machine (Debian's {@code chromium}), driven by Playwright. Where
 * no Chromium is installed the journeys are skipped with a message, except in CI
 * ({@code CI=true}), where they fail: CI must never pass by skipping them.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final BrowserContext context;

    private Browser(Playwright playwright, BrowserContext context) {
        this.playwright = playwright;
        this.context = context;
    }

    /**
     * Where a person uses the portal: the browser's language (sent as {@code Accept-Language}), its
     * time zone and the size of its window. A journey chooses one with {@link Where}, or at run time
     * with {@link Journey#open}.
     */
    enum Context {
        /** A UK lawyer at a desk: the journeys' default. */
        DESKTOP_GB("en-GB", "Europe/London", 1280, 900),
        /** A US lawyer at a desk, typing month-first dates. */
        DESKTOP_US("en-US", "America/New_York", 1366, 768),
        /** A Russian-reading lawyer at a desk in Central Asia, typing day-first dates with dots. */
        DESKTOP_RU_ASIA("ru-RU", "Asia/Almaty", 1280, 900),
        /** An applicant on a phone (390 x 844), reading Russian, in Central Asia. */
        PHONE_RU_ASIA("ru-RU", "Asia/Almaty", 390, 844),
        /** An applicant on a phone (390 x 844) whose browser asks for Arabic (Iraq). */
        PHONE_AR("ar-IQ", "Asia/Baghdad", 390, 844),
        /** An applicant at a desk whose browser asks for Tigrinya (Eritrea). */
        DESKTOP_TI("ti-ER", "Africa/Asmara", 1280, 900);

        final String locale;
        final String timeZone;
        final int width;
        final int height;

        Context(String locale, String timeZone, int width, int height) {
            this.locale = locale;
            this.timeZone = timeZone;
            this.width = width;
            this.height = height;
        }
    }

    static Browser start(Path profileDir, Context where) {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "No Chromium at " + CHROMIUM + ": install it (apt-get install chromium) "
                    + "or set PORTAL_CHROMIUM to run the browser journeys.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " CI requires them.");
            }
            Assumptions.abort(message);
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserContext context = playwright.chromium().launchPersistentContext(profileDir,
                new BrowserType.LaunchPersistentContextOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setLocale(where.locale)
                        .setTimezoneId(where.timeZone)
                        .setViewportSize(where.width, where.height)
                        .setIsMobile(where.width < 600)
                        .setHasTouch(where.width < 600)
                        // Without the networking flags Chromium floods the closed network at start.
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        // A busy two-core machine compiles and serves the first page slowly: assertions wait as long
        // as actions do, instead of Playwright's 5 s default.
        context.setDefaultTimeout(30_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        return new Browser(playwright, context);
    }

    BrowserContext context() {
        return context;
    }

    /**
     * Signs in through the real form, as a person does. The demo staff and administrator use
     * two-factor authentication: after their password the second step is filled with a real code
     * computed from the secret the README prints, at the time of the application's {@code clock}
     * (the one the portal checks codes against, which a test may have moved). Returns once the browser is past the form (on a
     * page, or back on it with an error).
     */
    static void signIn(Page page, String baseUrl, String email, String password, JdbcTemplate jdbc, Clock clock) {
        submitPassword(page, baseUrl, email, password);
        page.waitForURL(Pattern.compile(".*/(home|login/two-factor|login\\?error)$"));
        if (page.url().endsWith("/login/two-factor") && DemoSecondFactor.uses(email)) {
            // Journeys of other classes may have signed this demo account in within the same 30 s:
            // isolation, not a way round replay protection (TwoFactorJourneyIT tests that).
            DemoSecondFactor.forgetUsedSteps(jdbc, email);
            enterSecondFactor(page, DemoSecondFactor.unusedCode(jdbc, clock, email));
            page.waitForURL(Pattern.compile(".*/home$"));
        }
    }

    /** The first step of the form only: email and password, submitted. */
    static void submitPassword(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
    }

    static void enterSecondFactor(Page page, String code) {
        page.locator("#second-factor-code input").fill(code);
        page.locator("#second-factor-submit").click();
    }

    @Override
    public void close() {
        context.close();
        playwright.close();
    }
}
