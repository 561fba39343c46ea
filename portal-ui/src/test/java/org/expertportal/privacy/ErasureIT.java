package org.expertportal.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.expertportal.account.CapturedMails;
import org.expertportal.document.Pdfs;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.request.intake.IntakeFixtures;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.request.workbench.RequestAssignmentService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Erasure end to end: the client asks on their privacy page, an administrator grants it, and the
 * personal data is gone from the account, the requests, the thread, the database and the disk; the
 * account cannot sign in; the confirmation reaches the address it had. Refusal, repeats and
 * people who may not decide.
 */
class ErasureIT extends KaribuTest {

    @Autowired
    ErasureService erasure;

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    SentMailArchive mails;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    RequestAssignmentService assignment;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${portal.data-dir}")
    Path dataDir;

    private String client;
    private String colleague;
    private String reference;
    private String colleaguesReference;

    @BeforeEach
    void aClientWithTwoRequestsAMessageAndADocument() {
        client = PrivacyFixtures.newEmail("eraser");
        colleague = PrivacyFixtures.newEmail("stays");
        reference = intake.submit(PrivacyFixtures.form(client, "Zarina Eraser", "They know my address"),
                PrivacyFixtures.origin()).reference();
        IntakeFixtures.confirmedRequest(context, client, PrivacyFixtures.form(client, "Zarina Eraser", "Second case"));
        colleaguesReference = intake.submit(PrivacyFixtures.form(colleague, "Timur Stays", "Colleague's own case"),
                PrivacyFixtures.origin()).reference();
        PrivacyFixtures.activate(jdbc, client, "Zarina Eraser");
        PrivacyFixtures.activate(jdbc, colleague, "Timur Stays");
        PrivacyFixtures.newOrganisationWith(jdbc, client, colleague);
        signIn(client);
        tracking.sendMessage(reference, "My phone is +44 7700 900123, call after six.");
        tracking.uploadCaseDocument(reference, "passport.pdf", new ByteArrayInputStream(Pdfs.withPages(1)));
        tracking.sendMessage(colleaguesReference, "Writing on Timur's case.");
        signIn("staff@demo.test");
        long version = jdbc.queryForObject("select version from report_request where reference = ?", Long.class,
                reference);
        handling.reply(reference, version, "Thank you, we have it.");
    }

    @Test
    void the_client_asks_an_admin_grants_and_the_personal_data_is_gone() {
        long accountId = jdbc.queryForObject("select id from account where email = ?", Long.class, client);
        String storageName = jdbc.queryForObject("select d.storage_name from document d join request_document rd"
                + " on rd.document_id = d.id join report_request r on r.id = rd.request_id where r.reference = ?",
                String.class, reference);
        Path file = dataDir.resolve("documents").resolve(storageName);
        assertThat(file).exists();
        // A download on record, to show that its row goes with the document rather than blocking it.
        signIn(client);
        long documentId = jdbc.queryForObject("select rd.id from request_document rd join report_request r"
                + " on r.id = rd.request_id where r.reference = ?", Long.class, reference);
        tracking.download(reference, documentId, (name, type, length) -> java.io.OutputStream.nullOutputStream());
        // Opening the request page leaves a read marker of the person (docs/adr/036).
        tracking.page(reference);
        assertThat(jdbc.queryForObject("select count(*) from thread_read where account_id = ?", Long.class, accountId))
                .isEqualTo(1);

        // The colleague's report, first downloaded by the client (docs/adr/041). Set directly: the
        // download log of a colleague's document is another record, not this test's subject.
        signIn("staff@demo.test");
        long colleaguesReport = deliveredReport(colleaguesReference);
        jdbc.update("update request_document set first_client_download_at = '2026-12-01 10:00:00',"
                + " first_client_download_by = ? where id = ?", accountId, colleaguesReport);
        signIn(client);

        // The client asks on their privacy page.
        UI.getCurrent().navigate("account/privacy");
        _setValue(_get(TextArea.class, spec -> spec.withId("erasure-reason")), "I fear my government reads this");
        assertThat(_get(Button.class, spec -> spec.withId("erasure-ask")).isEnabled()).isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withId("erasure-understood")), true);
        _click(_get(Button.class, spec -> spec.withId("erasure-ask")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("erasure-pending")).getText()).contains("You asked");
        assertThat(CapturedMails.awaitText(mails, client, "We received your request to erase your data"))
                .contains("within one month");
        assertThatThrownBy(() -> erasure.requestErasure(null)).hasMessage("privacy.erasure.refused.pending");
        assertThatThrownBy(() -> erasure.pending()).isInstanceOf(NotPermittedException.class);

        // Staff may not decide; the administrator sees who asked and why, and grants it.
        UI.getCurrent().navigate("");
        signIn("staff@demo.test");
        assertThatThrownBy(() -> erasure.pending()).isInstanceOf(NotPermittedException.class);
        signIn("admin@demo.test");
        var pending = erasure.pending().stream().filter(p -> p.email().equals(client)).findFirst().orElseThrow();
        assertThat(pending.reason()).contains("I fear my government reads this");
        UI.getCurrent().navigate("admin/privacy");
        @SuppressWarnings("unchecked")
        Grid<ErasureService.PendingErasure> grid = _get(Grid.class, spec -> spec.withId("erasure-requests"));
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).id() == pending.id()) {
                row = i;
            }
        }
        assertThat(row).as("the request is listed on /admin/privacy").isNotNegative();
        var actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        _click((Button) actions.getComponentAt(0));
        assertThat(erasure.pending()).noneMatch(p -> p.id() == pending.id());

        // The account: anonymised, disabled, no password, cannot sign in under either address.
        Map<String, Object> account = jdbc.queryForMap("select * from account where id = ?", accountId);
        assertThat(account.get("email")).isEqualTo("erased-" + accountId + "@erased.invalid");
        assertThat(account.get("display_name")).isEqualTo("Erased user");
        assertThat(account.get("password_hash")).isNull();
        assertThat(account.get("enabled")).isEqualTo(false);
        assertThat(account.get("organisation_id")).isNull();
        assertThatThrownBy(() -> users.loadUserByUsername(client)).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> users.loadUserByUsername("erased-" + accountId + "@erased.invalid"))
                .isInstanceOf(UsernameNotFoundException.class);

        // The requests: withdrawn, contact details, names and summary gone; consent kept as version and time.
        List<Map<String, Object>> requests = jdbc.queryForList("select * from report_request where client_account_id = ?",
                accountId);
        assertThat(requests).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("CANCELLED");
            assertThat(r.get("requester_name")).isEqualTo("Erased user");
            assertThat(r.get("email")).isEqualTo("erased@erased.invalid");
            assertThat(r.get("phone")).isNull();
            assertThat(r.get("whatsapp")).isNull();
            assertThat(r.get("summary")).isNull();
            assertThat(r.get("hearing_date")).isNull();
            assertThat(r.get("anonymised_at")).isNotNull();
            assertThat(r.get("consent_version")).isEqualTo("2026-11");
            assertThat(r.get("consent_at")).isNotNull();
        });
        String everything = jdbc.queryForList("select body, author_label from request_message m join report_request r"
                + " on r.id = m.request_id where r.reference in (?, ?)", reference, colleaguesReference).toString()
                + jdbc.queryForList("select actor_label, public_note from request_event e join report_request r"
                + " on r.id = e.request_id where r.reference = ?", reference);
        assertThat(everything).doesNotContain("Zarina", "+44 7700 900123")
                .contains("[removed]", "Thank you, we have it.")
                .as("the colleague's own request keeps their text, with the erased author's name gone")
                .contains("Writing on Timur's case.");
        assertThat(jdbc.queryForObject("select requester_name from report_request where reference = ?", String.class,
                colleaguesReference)).isEqualTo("Timur Stays");

        // The documents: no file, no row, no download record, no link row left behind.
        assertThat(file).doesNotExist();
        assertThat(jdbc.queryForObject("select count(*) from document where storage_name = ?", Long.class,
                storageName)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from request_document rd join report_request r"
                + " on r.id = rd.request_id where r.client_account_id = ?", Long.class, accountId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from document_download where account_id = ?", Long.class,
                accountId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from thread_read where account_id = ?", Long.class,
                accountId)).as("the read markers are the person's data").isZero();
        assertThat(jdbc.queryForMap("select first_client_download_at, first_client_download_by from request_document"
                + " where id = ?", colleaguesReport)).as("on the colleague's report: when stays, not who")
                .containsEntry("first_client_download_by", null)
                .satisfies(report -> assertThat(report.get("first_client_download_at")).isNotNull());

        // What is kept: who asked and when, as ids; no reason. The confirmation reached the old address.
        Map<String, Object> kept = jdbc.queryForMap("select * from erasure_request where id = ?", pending.id());
        assertThat(kept.get("account_id")).isEqualTo(accountId);
        assertThat(kept.get("requested_at")).isNotNull();
        assertThat(kept.get("status")).isEqualTo("APPROVED");
        assertThat(kept.get("reason")).isNull();
        assertThat(CapturedMails.awaitText(mails, client, "Your data has been erased")).contains("/privacy");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from"
                + " notification_outbox where recipient_account_id = ? and last_address is not null", Long.class,
                accountId) == 0);
    }

    /** A final report version uploaded and delivered on the request, by the signed-in staff member. */
    private long deliveredReport(String onReference) {
        delivery.uploadReport(onReference, "report.pdf", new ByteArrayInputStream(Pdfs.withPages(1)), true);
        long id = assignment.panel(onReference).reports().getLast().id();
        delivery.deliver(onReference, jdbc.queryForObject("select version from report_request where reference = ?",
                Long.class, onReference), id, null);
        return id;
    }

    @Test
    void a_refused_erasure_changes_nothing_and_the_client_may_ask_again() {
        signIn(client);
        assertThatThrownBy(() -> erasure.requestErasure("x".repeat(1001)))
                .isInstanceOf(DomainException.class).hasMessage("privacy.erasure.refused.reason-too-long");
        erasure.requestErasure("");
        signIn("admin@demo.test");
        long id = erasure.pending().stream().filter(p -> p.email().equals(client)).findFirst().orElseThrow().id();
        erasure.refuse(id);
        assertThatThrownBy(() -> erasure.approve(id)).hasMessage("privacy.erasure.refused.decided");
        assertThat(jdbc.queryForObject("select enabled from account where email = ?", Boolean.class, client)).isTrue();
        assertThat(jdbc.queryForObject("select summary from report_request where reference = ?", String.class,
                reference)).isEqualTo("They know my address");
        assertThat(CapturedMails.awaitText(mails, client, "Your request to erase your data")).contains("ask again");

        signIn(client);
        assertThat(erasure.myErasure()).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(ErasureStatus.REFUSED));
        erasure.requestErasure("Please reconsider");
        assertThat(erasure.myErasure()).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(ErasureStatus.PENDING));
        signIn("staff@demo.test");
        assertThatThrownBy(() -> erasure.requestErasure(null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> erasure.approve(id)).isInstanceOf(NotPermittedException.class);
        signOut();
        assertThatThrownBy(() -> erasure.myErasure()).isInstanceOf(NotPermittedException.class);
    }
}
