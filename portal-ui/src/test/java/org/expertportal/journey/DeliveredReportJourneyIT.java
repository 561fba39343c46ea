package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Clock;
import org.expertportal.document.Pdfs;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.request.workbench.RequestAssignmentService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 15, "clear next steps": a client on a phone, in Russian, finds the delivered report at the
 * top of the request page, on the first screen, and downloads it with one tap.
 */
@BrowserJourney
class DeliveredReportJourneyIT {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    Clock clock;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    RequestAssignmentService assignment;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String reference;
    private byte[] report;

    @BeforeEach
    void aClientWhoseReportWasDelivered() {
        client = RequestFixtures.newEmail("delivered");
        reference = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, client);
        jdbc.update("update account set preferred_language = 'ru' where email = ?", client);
        var staff = users.loadUserByUsername("staff@demo.test");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        try {
            handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, null);
            handling.changeStatus(reference, version(), RequestStatus.IN_PREPARATION, null, null);
            report = Pdfs.withPages(2);
            delivery.uploadReport(reference, "report.pdf", new ByteArrayInputStream(report), true);
            long id = assignment.panel(reference).reports().getFirst().id();
            delivery.deliver(reference, version(), id, null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long version() {
        return jdbc.queryForObject("select version from report_request where reference = ?", Long.class, reference);
    }

    @Test
    @Where(Browser.Context.PHONE_RU_ASIA)
    void a_client_on_a_phone_downloads_the_delivered_report_from_the_top_of_the_page(Journey journey)
            throws Exception {
        Page page = journey.page();
        journey.signIn(client, "demo-client-pass");
        page.navigate(journey.url("/my/requests/" + reference.toLowerCase()));

        Locator download = page.locator("#download-report");
        assertThat(download).hasText("Скачать ваше заключение");
        var box = download.boundingBox();
        assertThat(box.y + box.height).as("on the first screen, without scrolling")
                .isLessThanOrEqualTo(Browser.Context.PHONE_RU_ASIA.height);
        assertThat(box.x + box.width).as("within the phone's width")
                .isLessThanOrEqualTo(Browser.Context.PHONE_RU_ASIA.width);
        assertThat(page.locator("#consultation")).hasCount(0);

        Download file = page.waitForDownload(download::click);
        assertThat(file.suggestedFilename()).isEqualTo("report.pdf");
        assertThat(Files.readAllBytes(file.path())).isEqualTo(report);
    }
}
