package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import org.expertportal.document.Fixtures;
import org.expertportal.document.Pdfs;
import org.expertportal.expert.ExpertService;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.sample.SampleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Uploads and downloads over real HTTP in a real browser: a file name with a path is refused with
 * the portal's message (it used to end in HTTP 500 inside Vaadin's upload handler), staff download
 * a case document as an attachment under the name of its type, and a refused download is audited.
 */
@BrowserJourney
class UploadJourneyIT {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    Clock clock;

    @Autowired
    ExpertService experts;

    @Autowired
    SampleService samples;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_path_in_the_file_name_is_refused_with_the_message_and_a_case_document_reaches_staff_as_an_attachment(
            Journey journey) {
        String client = RequestFixtures.newEmail("upload-journey");
        String reference = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, client);
        long documents = count("document");

        Page page = journey.page();
        journey.signInToHome(client, "demo-client-pass");
        page.navigate(journey.url("/my/requests/" + reference.toLowerCase(Locale.ROOT)));
        var input = page.locator("#case-document input[type=file]");

        input.setInputFiles(new FilePayload("../../../../etc/passwd.pdf", "application/pdf", Pdfs.withPages(1)));
        assertThat(page.locator("#case-document .portal-field-error"))
                .hasText("The file name contains a folder path. Rename the file and try again.");
        assertThat(page.locator("#case-document vaadin-upload-file[error]")).hasCount(0);
        assertThat(count("document")).isEqualTo(documents);

        input.setInputFiles(new FilePayload("Refusal letter.PDF", "application/pdf", Pdfs.withPages(1)));
        // Choosing the file is the whole action: no second button to press.
        assertThat(page.locator("#upload-result")).containsText("Refusal letter.PDF");
        assertThat(page.locator("#documents")).containsText("Refusal letter.pdf");

        journey.context().clearCookies();
        journey.signInToHome("staff@demo.test", "demo-staff-pass");
        page.navigate(journey.url("/staff/requests/" + reference.toLowerCase(Locale.ROOT)));
        var link = page.locator("#documents a").first();
        assertThat(link).hasText("Refusal letter.pdf");
        APIResponse download = journey.context().request().get(journey.url("/" + link.getAttribute("href")));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-disposition"))
                .isEqualTo("attachment; filename=\"Refusal letter.pdf\"; filename*=UTF-8''Refusal%20letter.pdf");
        assertThat(download.headers().get("content-type")).startsWith("application/pdf");
        assertThat(download.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void a_refused_download_is_audited_without_naming_the_document(Journey journey) {
        String slug = "audit-journey-" + System.nanoTime();
        long sample = asAdmin(() -> {
            long expert = experts.create(Fixtures.expert(slug, "TJ"));
            experts.uploadCvVersion(expert, "cv.pdf", Fixtures.pdf());
            return samples.publish(Fixtures.sample("Audit journey sample", "TJ"), "sample.pdf", Fixtures.pdf());
        });
        Page page = journey.page();
        journey.signInToHome("client@demo.test", "demo-client-pass");
        page.navigate(journey.url("/experts/" + slug));
        String href = page.locator("#sample-download-" + sample).getAttribute("href");
        long clientId = jdbc.queryForObject("select id from account where email = 'client@demo.test'", Long.class);
        long refusedBefore = refusedDownloadsBy(clientId);

        asAdmin(() -> {
            samples.retire(sample);
            return 0L;
        });
        APIResponse refused = journey.context().request().get(journey.url("/" + href));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refusedDownloadsBy(clientId)).isEqualTo(refusedBefore + 1);
        var entry = jdbc.queryForMap("select target_type, target_id, detail from audit_event where actor_account_id = ?"
                + " and action = 'DOCUMENT_DOWNLOAD_REFUSED' order by id desc limit 1", clientId);
        assertThat(entry.get("target_type")).isEqualTo("document");
        assertThat(entry.get("target_id")).isNull();
        assertThat(entry.get("detail")).isEqualTo("not found");
    }

    private long refusedDownloadsBy(long accountId) {
        return jdbc.queryForObject("select count(*) from audit_event where actor_account_id = ?"
                + " and action = 'DOCUMENT_DOWNLOAD_REFUSED'", Long.class, accountId);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private <T> T asAdmin(Supplier<T> action) {
        var admin = users.loadUserByUsername("admin@demo.test");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
