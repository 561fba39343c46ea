package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.expertportal.account.CapturedMails;
import org.expertportal.notification.SentMailArchive;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17 (docs/adr/042): an applicant whose browser asks for Arabic gets the portal in Arabic and
 * right to left on a 390 px phone, from the landing page through a country page to a submitted
 * request and its reference, and an Arabic email written right to left; a Tigrinya page draws its
 * Ge'ez script with real glyphs (a screenshot is kept in the test report).
 */
@BrowserJourney
class RightToLeftJourneyIT {

    /** Arabic letters, written so that Java and the browser (Playwright hands it over) read it alike. */
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    private static final Pattern REFERENCE = Pattern.compile("ER-\\d{4}-\\d{6}");
    private static final Path SCREENSHOTS = Path.of("target", "journey-screenshots");
    /** Texts Arabic writes as English does: brand and file names, typed examples. */
    private static final Set<String> SAME_IN_ARABIC = Set.of("WhatsApp");

    @Autowired
    SentMailArchive mail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Where(Browser.Context.PHONE_AR)
    void an_arabic_reader_on_a_phone_asks_for_a_report_right_to_left(Journey journey) {
        Page page = journey.page();
        page.navigate(journey.url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.evaluate("document.dir")).isEqualTo("rtl");
        assertThat(page.locator("h1").first()).hasText(ARABIC);
        assertNoSidewaysScrolling(page, "/");

        // A country page: the article stays in its language, the notice about it is in Arabic.
        page.navigate(journey.url("/countries/mongolia"));
        assertThat(page.locator("#country-article .portal-language-note")).hasText(ARABIC);
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertNoSidewaysScrolling(page, "/countries/mongolia");

        // Every journey submits from 127.0.0.1: isolation from the others' submissions, not a way
        // round the hourly limit (RequestIntakeIT tests that limit).
        jdbc.update("delete from intake_attempt");
        String email = "arabic-" + System.nanoTime() + "@journey.test";
        page.navigate(journey.url("/request?country=iran"));
        assertThat(page.locator("#requester-kind")).isVisible();
        assertNoSidewaysScrolling(page, "/request");
        page.locator("#requester-kind vaadin-radio-button").nth(1).click();
        page.locator("#name input").fill("Reza Journey");
        page.locator("#email input").fill(email);
        page.locator("#safe-by-email vaadin-radio-button").first().click();
        page.locator("#stage vaadin-radio-button").first().click();
        page.locator("#services vaadin-checkbox").first().click();
        page.locator("#summary textarea").fill("جلسة الاستئناف الشهر المقبل");

        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) page.evaluate("""
                () => Array.from(document.querySelectorAll(
                        'label, vaadin-button, vaadin-radio-button, vaadin-checkbox, h1, h2, h3, p, [slot=helper]'))
                    .filter(e => e.offsetParent !== null || e.getClientRects().length > 0)
                    .map(e => e.innerText.trim())
                    .filter(t => t.length > 0)""");
        assertThat(labels).as("labels and buttons on the form").hasSizeGreaterThan(10);
        Set<String> english = englishTexts();
        List<String> stillEnglish = labels.stream()
                .filter(english::contains)
                .filter(text -> !SAME_IN_ARABIC.contains(text))
                .toList();
        assertThat(stillEnglish).as("labels still in English on the Arabic form").isEmpty();

        page.locator("#consent").click();
        page.locator("#submit-request").click();
        var reference = page.locator("#request-reference .portal-ltr");
        assertThat(reference).hasText(REFERENCE);
        assertThat(reference).hasAttribute("dir", "ltr");
        assertThat(page.locator("#request-reference")).hasText(ARABIC);
        Screenshots.save(page, SCREENSHOTS.resolve("arabic-request-reference.png"));
        var box = page.locator("#request-reference").boundingBox();
        assertThat(box.x + box.width).as("the reference fits the phone").isLessThanOrEqualTo(390.5);

        // The account the request made speaks Arabic: its invitation is Arabic and right to left.
        String subject = bundle("mail/messages_ar.properties").getProperty("account-invitation.subject");
        var invitation = await().atMost(Duration.ofSeconds(120)).until(
                () -> CapturedMails.to(mail, email).stream().filter(m -> m.subject().equals(subject)).findFirst(),
                found -> found.isPresent()).orElseThrow();
        String html = mail.htmlOf(invitation.fileName()).orElseThrow();
        assertThat(html).contains("dir=\"rtl\"").contains("lang=\"ar\"");
        assertThat(mail.textOf(invitation.fileName()).orElseThrow()).containsPattern(ARABIC);
    }

    @Test
    @Where(Browser.Context.DESKTOP_TI)
    void a_tigrinya_page_draws_its_script(Journey journey) {
        Page page = journey.page();
        page.navigate(journey.url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "ti");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator("h1").first()).hasText(Pattern.compile("[\\u1200-\\u137F]"));
        var language = page.locator("#drawer-language");
        assertThat(language).containsText("ትግርኛ");
        Screenshots.save(page, SCREENSHOTS.resolve("tigrinya-landing.png"));

        // In the page's own font stack, Ge'ez letters have glyphs of their own widths; a missing font
        // would draw every one as the same "no glyph" box, as it draws unassigned code points.
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) page.evaluate("""
                () => {
                  const context = document.createElement('canvas').getContext('2d');
                  context.font = '32px ' + getComputedStyle(document.body).fontFamily;
                  return ['ት', 'ግ', 'ር', 'ኛ', '\\uE000']
                      .map(text => context.measureText(text).width);
                }""");
        double noGlyph = widths.get(4).doubleValue();
        assertThat(widths.subList(0, 4)).as("widths of Ge'ez letters, a missing glyph is " + noGlyph)
                .allSatisfy(width -> assertThat(width.doubleValue()).isPositive().isNotEqualTo(noGlyph));
        assertThat(new HashSet<>(widths.subList(0, 4).stream().map(Number::doubleValue).toList()))
                .as("real letters differ in width; missing ones are identical boxes").hasSizeGreaterThan(1);
    }

    /**
     * Nothing to scroll sideways to on the phone. In a right-to-left page the overflow that scrolls
     * is on the left: a box placed far to the left (as a left-to-right page may hide one) widens it.
     */
    private static void assertNoSidewaysScrolling(Page page, String where) {
        Number innerWidth = (Number) page.evaluate("window.innerWidth");
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("page width on " + where).isLessThanOrEqualTo(innerWidth.intValue());
    }

    private static Set<String> englishTexts() {
        Set<String> texts = new HashSet<>();
        bundle("i18n/messages.properties").forEach((key, text) -> texts.add(((String) text).strip()));
        return texts;
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = RightToLeftJourneyIT.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Screenshots go to the test report folder, beside the failsafe reports. */
    private static final class Screenshots {
        static void save(Page page, Path file) {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        }
    }
}
