package org.expertportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.expertportal.document.Pdfs;
import org.expertportal.request.RequestKind;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.ShortRequest;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.request.workbench.RequestAssignmentService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export holds exactly the client's own data: their account, the requests they made with the
 * timeline and thread, and the documents their side may see. Never an internal note, a staff-only
 * document, a colleague's name or another client's request; nobody else can export it.
 */
class DataExportIT extends KaribuTest {

    @Autowired
    DataExportService export;

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    RequestAssignmentService assignment;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String colleague;
    private String outsider;
    private String reference;
    private String colleaguesReference;
    private String outsidersReference;
    private String secretNote;
    private byte[] pdf;

    @BeforeEach
    void aClientWithARequestAColleagueAndAnotherClient() {
        client = PrivacyFixtures.newEmail("exporter");
        colleague = PrivacyFixtures.newEmail("colleague");
        outsider = PrivacyFixtures.newEmail("outsider");
        reference = intake.submit(PrivacyFixtures.form(client, "Amira Exporter", "My brother was detained \"twice\"\n"
                + "in 2025"), PrivacyFixtures.origin()).reference();
        colleaguesReference = intake.submit(PrivacyFixtures.form(colleague, "Bahrom Colleague", "Colleague case"),
                PrivacyFixtures.origin()).reference();
        outsidersReference = intake.submit(PrivacyFixtures.form(outsider, "Olga Outsider", "Outsider case"),
                PrivacyFixtures.origin()).reference();
        PrivacyFixtures.activate(jdbc, client, "Amira Exporter");
        PrivacyFixtures.activate(jdbc, colleague, "Bahrom Colleague");
        PrivacyFixtures.activate(jdbc, outsider, "Olga Outsider");
        PrivacyFixtures.newOrganisationWith(jdbc, client, colleague);

        signIn("staff@demo.test");
        secretNote = "NOTE-" + System.nanoTime() + " staff think the story is thin";
        handling.addNote(reference, secretNote);
        long version = jdbc.queryForObject("select version from report_request where reference = ?", Long.class,
                reference);
        handling.reply(reference, version, "Please send the refusal letter.");

        signIn(client);
        tracking.sendMessage(reference, "Here it is.");
        pdf = Pdfs.withPages(1);
        tracking.uploadCaseDocument(reference, "refusal letter.pdf", new ByteArrayInputStream(pdf));
        signIn(colleague);
        tracking.sendMessage(reference, "Adding the court’s letter soon.");

        // A draft report staff have not shared: the client's side must not get it, by export either.
        jdbc.update("insert into request_document (request_id, document_id, kind, original_name, added_by, added_at)"
                + " select rd.request_id, rd.document_id, 'REPORT', 'draft-report-staff-only.pdf', rd.added_by, now(6)"
                + " from request_document rd join report_request r on r.id = rd.request_id where r.reference = ?",
                reference);
    }

    @Test
    void the_export_holds_the_clients_own_data_and_nothing_else() throws Exception {
        signIn(colleague);
        tracking.page(reference);
        signIn(client);
        tracking.page(reference);
        var archive = PrivacyFixtures.export(export::exportMine);

        assertThat(archive.mediaType()).isEqualTo("application/zip");
        assertThat(archive.fileName()).startsWith("portal-data-A-").endsWith(".zip");
        String account = archive.text("account.json");
        assertThat(account).contains("\"email\": \"" + client + "\"", "\"name\": \"Amira Exporter\"",
                "\"role\": \"CLIENT\"");
        assertThat(account).as("the client's read marker is theirs; the colleague's is not")
                .contains("\"threadsRead\"", "\"request\": \"" + reference + "\"", "\"readAt\"");
        assertThat(account.split("\"request\": ", -1)).hasSize(2);

        String requests = archive.text("requests.json");
        assertThat(requests).contains("\"reference\": \"" + reference + "\"",
                "\"summary\": \"My brother was detained \\\"twice\\\"\\nin 2025\"",
                "\"consentVersion\": \"2026-11\"", "\"text\": \"Please send the refusal letter.\"",
                "\"text\": \"Here it is.\"", "\"by\": \"Demo\"", "\"by\": \"you\"", "\"by\": \"colleague\"",
                "\"text\": \"Adding the court’s letter soon.\"");
        assertThat(requests).as("the organisation's other requests are the colleague's data")
                .doesNotContain(colleaguesReference, outsidersReference, "Bahrom", "Olga");
        assertThat(archive.all()).as("no internal note, no staff-only document anywhere in the archive")
                .doesNotContain(secretNote, "staff think", "draft-report-staff-only");

        var documents = archive.entries().keySet().stream().filter(name -> name.startsWith("documents/")).toList();
        assertThat(documents).singleElement().satisfies(name -> {
            assertThat(name).startsWith("documents/" + reference + "/").endsWith("refusal letter.pdf");
            assertThat(archive.entries().get(name)).isEqualTo(pdf);
            assertThat(requests).contains("\"file\": \"" + name + "\"");
        });
        assertThat(jdbc.queryForObject("select count(*) from document_download dd join account a"
                + " on a.id = dd.account_id where a.email = ?", Long.class, client))
                .as("the document in the export counts as a download").isEqualTo(1);
    }

    @Test
    void the_export_names_the_expert_a_short_request_asked_about_and_its_missing_country() throws Exception {
        String expert = jdbc.queryForObject("select name from expert where slug = 'bolormaa-tsend'", String.class);
        signIn(outsider);
        String cv = intake.submitShort(new ShortRequest(RequestKind.CV, "Olga Outsider", outsider, null,
                "bolormaa-tsend", true, ""), PrivacyFixtures.origin()).reference();

        String requests = PrivacyFixtures.export(export::exportMine).text("requests.json");

        String entry = requests.substring(requests.indexOf("\"reference\": \"" + cv + "\""));
        assertThat(entry).contains("\"askedAboutExpert\": \"" + expert + "\"", "\"country\": null");
    }

    @Test
    void a_delivered_report_in_the_export_says_when_the_clients_side_first_downloaded_it() throws Exception {
        signIn("staff@demo.test");
        delivery.uploadReport(reference, "report.pdf", new ByteArrayInputStream(Pdfs.withPages(2)), true);
        long report = assignment.panel(reference).reports().getLast().id();
        delivery.deliver(reference, jdbc.queryForObject("select version from report_request where reference = ?",
                Long.class, reference), report, null);
        signIn(colleague);
        tracking.download(reference, report, (name, type, length) -> java.io.OutputStream.nullOutputStream());
        signIn(client);
        tracking.download(reference, report, (name, type, length) -> java.io.OutputStream.nullOutputStream());

        String requests = PrivacyFixtures.export(export::exportMine).text("requests.json");
        assertThat(requests).contains("\"name\": \"report.pdf\"", "\"firstDownloadedAt\"",
                "\"firstDownloadedBy\": \"colleague\"");
        assertThat(requests.split("\"firstDownloadedAt\"", -1)).as("the report only").hasSize(2);
    }

    @Test
    void another_client_exports_only_their_own_and_nobody_else_may_export() throws Exception {
        signIn(outsider);
        var archive = PrivacyFixtures.export(export::exportMine);
        assertThat(archive.text("requests.json")).contains(outsidersReference).doesNotContain(reference);
        assertThat(archive.text("account.json")).doesNotContain(reference);
        assertThat(archive.all()).doesNotContain(client, "Amira", "refusal letter");

        signOut();
        assertThatThrownBy(() -> PrivacyFixtures.export(export::exportMine)).isInstanceOf(NotPermittedException.class);
        signIn("staff@demo.test");
        assertThatThrownBy(() -> PrivacyFixtures.export(export::exportMine)).isInstanceOf(NotPermittedException.class);
        signIn("admin@demo.test");
        assertThatThrownBy(() -> PrivacyFixtures.export(export::exportMine)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_refused_export_sends_no_byte() {
        signOut();
        boolean[] opened = {false};
        assertThatThrownBy(() -> export.exportMine((name, type, length) -> {
            opened[0] = true;
            return java.io.OutputStream.nullOutputStream();
        })).isInstanceOf(NotPermittedException.class);
        assertThat(opened[0]).isFalse();
    }
}
