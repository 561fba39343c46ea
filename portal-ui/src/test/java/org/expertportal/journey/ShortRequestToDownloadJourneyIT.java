package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.expertportal.account.CapturedMails;
import org.expertportal.document.Fixtures;
import org.expertportal.notification.SentMailArchive;
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
 * mail, finds the sample on their home and downloads it.
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

    private long aPublishedMongoliaSample() {
        var admin = users.loadUserByUsername("admin@demo.test");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return samples.publish(Fixtures.sample("Mongolia journey sample " + System.nanoTime(), "MN"),
                    "mn.pdf", Fixtures.pdf());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
