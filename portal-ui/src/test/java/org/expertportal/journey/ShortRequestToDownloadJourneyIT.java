package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.expertportal.account.CapturedMails;
import org.expertportal.document.Fixtures;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestKind;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.ShortRequest;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.sample.SampleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #15's "Done when", end to end in a real browser: a visitor asks for a sample report from the
 * Mongolia page and gets a reference; staff share a Mongolia sample from the request's page in the
 * workbench, which answers the request; the visitor, now a client through the invitation in the
 * mail, finds the sample on their home and downloads it. The end of it again on a 390 px phone in
 * Russian.
 */
@BrowserJourney
class ShortRequestToDownloadJourneyIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SentMailArchive mail;

    @Autowired
    SampleService samples;

    @Autowired
    UserDetailsService users;

    @Autowired
    RequestIntakeService intake;

    @Autowired
    ReportDeliveryService delivery;

    @Test
    void a_visitor_asks_for_a_sample_staff_share_one_and_the_new_client_downloads_it_from_their_home(
            Journey journey) throws Exception {
        long sampleId = aPublishedMongoliaSample();
        Page page = journey.page();
        String email = "sample-download-" + System.nanoTime() + "@journey.test";

        // Every journey submits from 127.0.0.1: isolation from the others' submissions, not a way
        // round the hourly limit (RequestIntakeIT tests that limit).
        jdbc.update("delete from intake_attempt");
        page.navigate(journey.url("/countries/mongolia"));
        page.locator("#ask-sample").click();
        assertThat(page.locator("#short-request-form")).containsText("Sample report");
        page.locator("#name input").fill("Bat Journey");
        page.locator("#email input").fill(email);
        page.locator("#consent").click();
        page.locator("#submit-request").click();
        assertThat(page.locator("#request-reference")).containsText("ER-");
        assertThat(page.locator("#respond-by")).containsText("We will respond by");
        String text = page.locator("#request-reference").textContent();
        String reference = text.substring(text.indexOf("ER-")).strip();

        String link = CapturedMails.awaitLink(mail, email, "Your account on the Expert Report Portal");
        page.navigate(journey.url(link));
        page.locator("#new-password input").fill("sample journey passphrase 2026");
        page.locator("#repeat-password input").fill("sample journey passphrase 2026");
        page.locator("#save-password").click();
        assertThat(page.locator("#password-set")).isVisible();

        journey.signIn("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/requests/" + reference.toLowerCase()));
        page.locator("#share-sample-" + sampleId).click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("The client can now download it.");
        page.reload();
        assertThat(page.locator("#request-status")).hasText("Delivered");
        journey.signOut();

        long shared = jdbc.queryForObject("select d.id from request_document d join report_request r"
                + " on r.id = d.request_id where r.reference = ? and d.kind = 'SAMPLE'", Long.class, reference);
        journey.signIn(email, "sample journey passphrase 2026");
        page.navigate(journey.url("/home"));
        assertThat(page.locator("#dashboard-delivered")).containsText(reference);
        Locator download = page.locator("#dashboard-download-" + shared);
        assertThat(download).hasText("Download the sample report");
        Download file = page.waitForDownload(download::click);
        assertThat(file.suggestedFilename()).endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(file.path()), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    @Where(Browser.Context.PHONE_RU_ASIA)
    void on_a_phone_in_russian_the_shared_sample_is_on_the_home_page_and_downloads_with_one_tap(Journey journey)
            throws Exception {
        long sampleId = aPublishedMongoliaSample();
        String email = RequestFixtures.newEmail("sample-phone");
        String reference = intake.submitShort(new ShortRequest(RequestKind.SAMPLE, "Батбаяр", email, "MN", true, ""),
                RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, email);
        jdbc.update("update account set preferred_language = 'ru' where email = ?", email);
        as("staff@demo.test", () -> {
            delivery.shareSample(reference, sampleId);
            return null;
        });
        long shared = jdbc.queryForObject("select d.id from request_document d join report_request r"
                + " on r.id = d.request_id where r.reference = ? and d.kind = 'SAMPLE'", Long.class, reference);

        Page page = journey.page();
        journey.signIn(email, "demo-client-pass");
        page.navigate(journey.url("/home"));
        assertThat(page.locator("#dashboard-delivered")).containsText(reference);
        Locator download = page.locator("#dashboard-download-" + shared);
        assertThat(download).hasText("Скачать образец заключения");
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("window.innerWidth");
        assertThat(scrollWidth.intValue()).as("page width").isLessThanOrEqualTo(innerWidth.intValue());
        Download file = page.waitForDownload(download::click);
        assertThat(new String(Files.readAllBytes(file.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private long aPublishedMongoliaSample() {
        return as("admin@demo.test", () -> samples.publish(
                Fixtures.sample("Mongolia journey sample " + System.nanoTime(), "MN"), "mn.pdf", Fixtures.pdf()));
    }

    private <T> T as(String email, Supplier<T> work) {
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
