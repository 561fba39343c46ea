package org.expertportal.request.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.expertportal.account.AccountReference;
import org.expertportal.document.Fixtures;
import org.expertportal.document.Pdfs;
import org.expertportal.expert.ExpertService;
import org.expertportal.expert.FeeBasis;
import org.expertportal.notification.AlertMailComposer;
import org.expertportal.notification.AlertType;
import org.expertportal.request.ExpertState;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.clock.OfficeCalendar;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.queue.QueueFilter;
import org.expertportal.request.queue.StaffQueueService;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.request.workbench.ExpertInstruction.InstructionDraft;
import org.expertportal.sample.SampleService;
import org.expertportal.search.SearchService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Working a request: owner, expert matching and assignment, the instruction, sharing samples and
 * CVs, report versions and their delivery (once, with the alert; a correction is a new version),
 * and internal notes reaching no client path: view, download, search or email.
 */
class RequestWorkbenchIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    RequestAssignmentService assignment;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    StaffQueueService queue;

    @Autowired
    ExpertService experts;

    @Autowired
    SampleService samples;

    @Autowired
    SearchService search;

    @Autowired
    AlertMailComposer composer;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String reference;

    @BeforeEach
    void aClientWithARequest() {
        client = RequestFixtures.newEmail("workbench");
        reference = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, client);
    }

    private long version() {
        return jdbc.queryForObject("select version from report_request where reference = ?", Long.class, reference);
    }

    private long outbox(AlertType type) {
        return jdbc.queryForObject("select count(*) from notification_outbox where reference = ? and alert_type = ?",
                Long.class, reference, type.name());
    }

    @Test
    void a_final_report_reaches_the_client_once_with_the_alert_and_a_correction_is_a_new_version() throws Exception {
        signIn("staff@demo.test");
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, null);
        handling.changeStatus(reference, version(), RequestStatus.IN_PREPARATION, null, null);
        assertThat(delivery.uploadReport(reference, "draft.pdf", new ByteArrayInputStream(Pdfs.withPages(1)), false))
                .isEqualTo(1);
        long draft = assignment.panel(reference).reports().getFirst().id();
        assertThatThrownBy(() -> delivery.deliver(reference, version(), draft, null))
                .hasMessage("workbench.refused.draft-not-deliverable");
        assertThatThrownBy(() -> delivery.uploadReport(reference, "report.pdf",
                new ByteArrayInputStream("MZ not a pdf".getBytes()), true))
                .hasMessage("document.refused.type.report");

        byte[] first = Pdfs.withPages(2);
        assertThat(delivery.uploadReport(reference, "report.pdf", new ByteArrayInputStream(first), true)).isEqualTo(2);
        long finalOne = assignment.panel(reference).reports().get(1).id();

        signIn(client);
        assertThat(tracking.page(reference).documents()).as("nothing before delivery").isEmpty();
        signIn("staff@demo.test");
        delivery.deliver(reference, version(), finalOne, "Your report is ready.");
        assertThat(outbox(AlertType.REPORT_DELIVERED)).isEqualTo(1);
        assertThatThrownBy(() -> delivery.deliver(reference, version(), finalOne, null))
                .hasMessage("workbench.refused.already-delivered");
        assertThat(outbox(AlertType.REPORT_DELIVERED)).as("delivered once").isEqualTo(1);

        signIn(client);
        var page = tracking.page(reference);
        assertThat(page.status()).isEqualTo(RequestStatus.DELIVERED);
        assertThat(page.documents()).singleElement().satisfies(document -> {
            assertThat(document.kind()).isEqualTo(RequestDocumentKind.REPORT);
            assertThat(document.name()).isEqualTo("report.pdf");
        });
        var copy = new ByteArrayOutputStream();
        tracking.download(reference, page.documents().getFirst().id(), (name, type, length) -> copy);
        assertThat(copy.toByteArray()).isEqualTo(first);
        assertThatThrownBy(() -> tracking.download(reference, draft, (name, type, length) -> new ByteArrayOutputStream()))
                .as("a draft is never the client's").isInstanceOf(NotFoundException.class);

        signIn("staff@demo.test");
        byte[] corrected = Pdfs.withPages(3);
        assertThat(delivery.uploadReport(reference, "report-corrected.pdf", new ByteArrayInputStream(corrected), true))
                .isEqualTo(3);
        long third = assignment.panel(reference).reports().get(2).id();
        delivery.deliver(reference, version(), third, "Corrected the spelling of a place name.");
        assertThat(outbox(AlertType.REPORT_DELIVERED)).isEqualTo(2);
        assertThat(assignment.panel(reference).reports()).extracting(report -> report.deliveredAt().isPresent())
                .containsExactly(false, true, true);

        signIn(client);
        page = tracking.page(reference);
        assertThat(page.documents()).extracting(document -> document.name())
                .containsExactly("report.pdf", "report-corrected.pdf");
        assertThat(page.documents().get(0).addedAt()).isBeforeOrEqualTo(page.documents().get(1).addedAt());
        assertThat(page.timeline()).extracting(entry -> entry.to()).endsWith(RequestStatus.DELIVERED,
                RequestStatus.DELIVERED);
    }

    @Test
    void staff_take_the_request_assign_a_matching_expert_record_the_instruction_and_the_queue_flags_the_due_date() {
        signIn("admin@demo.test");
        String slug = "match-" + System.nanoTime();
        long expertId = experts.create(Fixtures.expert(slug, "IR"));
        experts.uploadCvVersion(expertId, "cv.pdf", Fixtures.pdf());
        signIn("staff@demo.test");
        long me = jdbc.queryForObject("select id from account where email = 'staff@demo.test'", Long.class);

        assignment.assignStaff(reference, version(), me);
        assertThatThrownBy(() -> assignment.assignStaff(reference, version(),
                jdbc.queryForObject("select id from account where email = ?", Long.class, client)))
                .hasMessageContaining("invalid");

        List<ExpertMatch> candidates = assignment.expertCandidates(reference);
        assertThat(candidates).extracting(match -> match.expert().slug()).contains(slug);
        int firstNonMatching = candidates.stream().takeWhile(ExpertMatch::matching).toList().size();
        assertThat(candidates.subList(firstNonMatching, candidates.size())).noneMatch(ExpertMatch::matching);
        assertThat(candidates.stream().filter(match -> match.expert().slug().equals(slug)).findFirst().orElseThrow()
                .matching()).isTrue();

        assertThatThrownBy(() -> assignment.recordInstruction(reference, null, instruction(officeToday())))
                .hasMessage("workbench.refused.no-assigned-expert");
        assignment.proposeExpert(reference, version(), expertId);
        assertThat(assignment.panel(reference).expert()).map(expert -> expert.state()).contains(ExpertState.PROPOSED);
        assignment.assignExpert(reference, version(), expertId, "An expert on Iran will write your report.");
        assertThat(assignment.panel(reference).status()).isEqualTo(RequestStatus.EXPERT_ASSIGNED);

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(org.expertportal.shared.InvalidInputException.class,
                () -> assignment.recordInstruction(reference, null, new InstructionDraft(" ", null, null, null, null,
                        officeToday().plusDays(2))));
        assertThat(refused.fieldErrors()).containsKeys("questions", "feeBasis", "dueDate", "declarationSignedOn");
        assertThat(assignment.panel(reference).instruction()).as("nothing half-saved").isEmpty();

        assignment.recordInstruction(reference, null, instruction(officeToday().plusDays(2)));
        var recorded = assignment.panel(reference).instruction().orElseThrow();
        assertThat(recorded.feeBasis()).isEqualTo(FeeBasis.REDUCED);
        assertThat(recorded.declarationSignedOn()).contains(officeToday());
        assertThatThrownBy(() -> assignment.recordInstruction(reference, null, instruction(officeToday())))
                .hasMessage("request.refused.changed-meanwhile");
        assignment.recordInstruction(reference, recorded.version(), instruction(officeToday().plusDays(1)));

        var dueSoon = new QueueFilter(null, null, null, null, null, true, false, expertId, null, false, null, true,
                null, false);
        assertThat(queue.page(dueSoon, null, 50).lines()).singleElement().satisfies(line -> {
            assertThat(line.reference()).isEqualTo(reference);
            assertThat(line.expertDueDate()).isEqualTo(officeToday().plusDays(1));
            assertThat(line.assigneeId()).isEqualTo(me);
        });

        delivery.shareExpertCv(reference, expertId);
        assertThatThrownBy(() -> delivery.shareExpertCv(reference, expertId))
                .hasMessage("workbench.refused.already-shared");
        signIn(client);
        assertThat(tracking.page(reference).documents()).extracting(document -> document.kind())
                .containsExactly(RequestDocumentKind.EXPERT_CV);
        assertThat(tracking.page(reference).timeline()).extracting(entry -> entry.to()).contains(
                RequestStatus.EXPERT_ASSIGNED);
        assertThatThrownBy(() -> assignment.panel(reference)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> delivery.shareExpertCv(reference, expertId)).isInstanceOf(NotPermittedException.class);
    }

    private InstructionDraft instruction(LocalDate due) {
        return new InstructionDraft("1. Risk on return for a protester?", "Refusal letter; interview record",
                FeeBasis.REDUCED, "GBP 900 fixed", due, officeToday());
    }

    @Test
    void a_shared_sample_reaches_the_client_stamped_with_their_account() throws Exception {
        signIn("admin@demo.test");
        long sampleId = samples.publish(Fixtures.sample("Iran sample " + System.nanoTime(), "IR"), "sample.pdf",
                Fixtures.pdf());
        signIn("staff@demo.test");
        assertThat(assignment.panel(reference).samples()).extracting(sample -> sample.id()).contains(sampleId);
        delivery.shareSample(reference, sampleId);

        signIn(client);
        var shared = tracking.page(reference).documents().getFirst();
        assertThat(shared.kind()).isEqualTo(RequestDocumentKind.SAMPLE);
        var copy = new ByteArrayOutputStream();
        tracking.download(reference, shared.id(), (name, type, length) -> copy);
        long clientId = jdbc.queryForObject("select id from account where email = ?", Long.class, client);
        try (var pdf = Loader.loadPDF(copy.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("SAMPLE " + AccountReference.of(clientId));
        }
    }

    @Test
    void an_internal_note_reaches_no_client_view_download_search_result_or_email() throws Exception {
        String secret = "Notesecret" + System.nanoTime();
        signIn("staff@demo.test");
        handling.addNote(reference, secret + " the client seems unreliable");
        handling.reply(reference, version(), "We can help.");
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, "On it.");
        handling.changeStatus(reference, version(), RequestStatus.IN_PREPARATION, null, null);
        delivery.uploadReport(reference, "report.pdf", new ByteArrayInputStream(Pdfs.withPages(1)), true);
        delivery.deliver(reference, version(), assignment.panel(reference).reports().getFirst().id(), null);
        assertThat(handling.page(reference).notes()).extracting(note -> note.body()).anyMatch(body -> body.contains(secret));

        signIn(client);
        assertThat(tracking.page(reference).toString()).doesNotContain(secret);
        assertThat(tracking.myRequests(0, 100).toString()).doesNotContain(secret);
        for (var document : tracking.page(reference).documents()) {
            var copy = new ByteArrayOutputStream();
            tracking.download(reference, document.id(), (name, type, length) -> copy);
            assertThat(new String(copy.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain(secret);
            try (var pdf = Loader.loadPDF(copy.toByteArray())) {
                assertThat(new PDFTextStripper().getText(pdf)).doesNotContain(secret);
            }
        }
        assertThat(search.search(secret, Optional.empty(), Optional.empty()).toString()).doesNotContain(secret)
                .doesNotContain(reference);
        UI.getCurrent().navigate("my/requests/" + reference.toLowerCase());
        assertThat(pageText()).contains("We can help.");
        for (String route : List.of("my/requests", "my/requests/" + reference.toLowerCase())) {
            UI.getCurrent().navigate(route);
            assertThat(pageText()).as("the page /" + route).doesNotContain(secret);
        }

        List<Map<String, Object>> alerts = jdbc.queryForList("select * from notification_outbox where reference = ?",
                reference);
        assertThat(alerts).extracting(row -> row.get("alert_type")).contains("REQUEST_UPDATED", "REPORT_DELIVERED");
        for (Map<String, Object> row : alerts) {
            assertThat(row.toString()).doesNotContain(secret);
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
                var mail = composer.compose(AlertType.valueOf((String) row.get("alert_type")), language,
                        (String) row.get("reference"), (String) row.get("link_path"),
                        ((Timestamp) row.get("occurred_at")).toInstant());
                assertThat(mail.subject() + mail.text() + mail.html()).doesNotContain(secret).contains(reference);
            }
        }
    }

    private static String pageText() {
        StringBuilder text = new StringBuilder();
        for (Component component : _find(Component.class)) {
            text.append(component.getElement().getText()).append(' ');
        }
        return text.toString();
    }

    @Test
    void a_concurrent_change_on_the_work_panel_says_changed_meanwhile_and_keeps_the_first() {
        signIn("staff@demo.test");
        long seen = version();
        long me = jdbc.queryForObject("select id from account where email = 'staff@demo.test'", Long.class);
        long admin = jdbc.queryForObject("select id from account where email = 'admin@demo.test'", Long.class);
        assignment.assignStaff(reference, seen, me);
        assertThatThrownBy(() -> assignment.assignStaff(reference, seen, admin)).isInstanceOf(DomainException.class)
                .hasMessage("request.refused.changed-meanwhile");
        assertThat(jdbc.queryForObject("select assigned_staff_id from report_request where reference = ?", Long.class,
                reference)).isEqualTo(me);
    }

    /** "Today" as the office counts it (portal.response.zone), by the application's clock. */
    private LocalDate officeToday() {
        return context.getBean(org.expertportal.request.clock.OfficeCalendar.class).today(clock.instant());
    }
}
