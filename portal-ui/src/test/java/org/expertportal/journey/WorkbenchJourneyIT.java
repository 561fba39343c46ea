package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.expertportal.TestClock;
import org.expertportal.document.Fixtures;
import org.expertportal.document.Pdfs;
import org.expertportal.expert.ExpertService;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.intake.IntakeOrigin;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.RequestSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Staff take the most urgent request from the queue, reply, assign an expert, upload the final
 * report and deliver it after confirming what the client receives and who is alerted (the status
 * moves on by itself, docs/adr/041); the client signs in and downloads exactly that report; staff
 * then see when the client first downloaded it. Real Chromium, on the portal's own clock.
 */
@BrowserJourney
class WorkbenchJourneyIT {

    @TempDir
    Path files;

    @Autowired
    RequestIntakeService intake;

    @Autowired
    ExpertService experts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private String reference;
    private String client;
    private String expertSlug;

    @BeforeEach
    void theMostUrgentRequestAndAnExpertForIt() {
        // A working morning that runs on at the real pace (sessions and polling need time to pass).
        clock.moveFrom(Instant.parse("2026-12-03T09:00:00Z"));
        client = "journey-" + System.nanoTime() + "@requests.test";
        var form = new RequestSubmission(RequesterKind.APPLICANT, "Journey Applicant", null, client, null, null,
                ContactChannel.EMAIL, true, false, false, "IR", List.of("political-persecution"), CaseStage.APPEAL,
                null, false, "en", null, Set.of(RequestedService.FULL_REPORT), true, "");
        reference = intake.submit(form, new IntakeOrigin("203.0.113." + System.nanoTime(),
                java.time.ZoneId.of("Europe/London"), java.util.Locale.ENGLISH)).reference();
        // Overdue for longer than anything else in the database: the top of the queue.
        Instant received = clock.instant().minus(Duration.ofDays(4000));
        jdbc.update("update report_request set received_at = ?, first_response_due_at = ? where reference = ?",
                Timestamp.from(received), Timestamp.from(received.plusSeconds(3600)), reference);
        // The client accepted the invitation with the demo client's password.
        jdbc.update("update account set password_hash = (select h from (select password_hash h from account"
                + " where email = 'client@demo.test') d) where email = ?", client);
        var admin = users.loadUserByUsername("admin@demo.test");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            expertSlug = "journey-expert-" + System.nanoTime();
            long expert = experts.create(Fixtures.expert(expertSlug, "IR"));
            experts.uploadCvVersion(expert, "cv.pdf", Fixtures.pdf());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void staff_work_the_most_urgent_request_to_delivery_and_the_client_downloads_the_report(Journey journey)
            throws Exception {
        Page page = journey.page();
        journey.signInToHome("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/queue"));
        var top = page.locator("#queue a").first();
        assertThat(top).hasText(reference);
        top.click();
        page.waitForURL(Pattern.compile(".*/staff/requests/" + reference.toLowerCase() + "$"));

        page.locator("#take-request").click();
        assertThat(page.locator("#owner")).containsText("Demo");

        page.locator("#reply-text textarea").fill("We can help. An expert on Iran is available.");
        page.locator("#send-reply").click();
        assertThat(page.locator("#messages")).containsText("We can help. An expert on Iran is available.");
        assertThat(page.locator("#response-clock")).containsText("Answered");

        page.locator("#assign-" + expertSlug).click();
        assertThat(page.locator("#request-status")).hasText("Expert assigned");
        assertThat(page.locator("#expert")).containsText("assigned");

        byte[] report = Pdfs.withPages(2);
        Path file = files.resolve("expert-report.pdf");
        Files.write(file, report);
        page.locator("#report-file input[type=file]").setInputFiles(file);
        // Uploaded to the server (the file's "complete" state), not merely chosen.
        assertThat(page.locator("#report-file vaadin-upload-file[complete]")).isVisible();
        page.locator("#report-final").click();
        page.locator("#upload-report").click();
        assertThat(page.locator("#report-1")).containsText("final");
        // No status to set by hand first: delivery says what it will do, and does it.
        assertThat(page.locator("#delivery-needs"))
                .hasText("Delivering moves the request on by itself: Expert assigned → In preparation → Delivered.");
        page.locator("#delivery-note textarea").fill("The annex lists the sources.");
        page.locator("#deliver-1").click();
        assertThat(page.locator("#confirm-file")).hasText("File: expert-report.pdf");
        assertThat(page.locator("#confirm-version")).hasText("Version 1, final");
        assertThat(page.locator("#confirm-message")).hasText("Message with it: The annex lists the sources.");
        assertThat(page.locator("#confirm-recipients")).hasText("Email alert to: " + client);
        page.locator("#confirm-deliver").click();
        assertThat(page.locator("#request-status")).hasText("Delivered");
        assertThat(page.locator("#report-1")).containsText("delivered");
        assertThat(page.locator("#first-download-1")).containsText("not downloaded by the client yet");
        assertThat(page.locator("#timeline")).containsText("In preparation");

        journey.context().clearCookies();
        journey.signInToHome(client, "demo-client-pass");
        page.navigate(journey.url("/my/requests/" + reference.toLowerCase()));
        assertThat(page.locator("#request-status")).hasText("Delivered");
        var link = page.locator("#documents a", new Page.LocatorOptions().setHasText("expert-report.pdf"));
        assertThat(link).isVisible();
        APIResponse download = journey.context().request().get(journey.url("/" + link.getAttribute("href")));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(download.body()).isEqualTo(report);
        Instant downloaded = jdbc.queryForObject("select d.first_client_download_at from request_document d"
                + " join report_request r on r.id = d.request_id where r.reference = ?", Timestamp.class,
                reference).toInstant();
        assertThat(downloaded).as("on the portal's clock").isBetween(Instant.parse("2026-12-03T09:00:00Z"),
                clock.instant());

        journey.context().clearCookies();
        journey.signInToHome("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/requests/" + reference.toLowerCase()));
        assertThat(page.locator("#first-download-1")).containsText("first downloaded by the client");
        assertThat(page.locator("#first-download-1")).containsText("2026");
    }
}
