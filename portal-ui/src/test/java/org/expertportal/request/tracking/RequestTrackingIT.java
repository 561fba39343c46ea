package org.expertportal.request.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.expertportal.document.Pdfs;
import org.expertportal.request.ClosingReason;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.clock.ResponseClockService;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Following a request: who sees what (the client, a colleague, another firm's client, staff,
 * nobody signed in), the thread and the notes, the first-response clock, and concurrent changes.
 */
class RequestTrackingIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    ResponseClockService clockService;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String colleague;
    private String outsider;
    private String reference;

    @BeforeEach
    void aFirmWithARequestAndAnotherFirm() {
        client = RequestFixtures.newEmail("client");
        colleague = RequestFixtures.newEmail("colleague");
        outsider = RequestFixtures.newEmail("outsider");
        reference = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference();
        intake.submit(RequestFixtures.form(colleague, clock), RequestFixtures.origin());
        intake.submit(RequestFixtures.form(outsider, clock), RequestFixtures.origin());
        for (String email : List.of(client, colleague, outsider)) {
            RequestFixtures.activate(jdbc, email);
        }
        RequestFixtures.newOrganisationWith(jdbc, client, colleague);
        RequestFixtures.newOrganisationWith(jdbc, outsider);
        // The request was made before the firm existed on the portal: it joins the firm now.
        jdbc.update("update report_request r join account a on a.id = r.client_account_id"
                + " set r.organisation_id = a.organisation_id where a.email in (?, ?, ?)", client, colleague, outsider);
    }

    private long version() {
        return jdbc.queryForObject("select version from report_request where reference = ?", Long.class, reference);
    }

    @Test
    void the_client_and_a_colleague_see_the_request_another_firm_and_guesses_find_nothing() {
        signIn(client);
        assertThat(tracking.page(reference).reference()).isEqualTo(reference);
        assertThat(tracking.page(reference.toLowerCase()).reference()).isEqualTo(reference);
        assertThat(tracking.myRequests(0, 50)).extracting(line -> line.reference()).contains(reference);

        signIn(colleague);
        assertThat(tracking.page(reference).status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(tracking.myRequests(0, 50)).filteredOn(line -> line.reference().equals(reference))
                .singleElement().satisfies(line -> assertThat(line.mine()).isFalse());

        signIn(outsider);
        assertThatThrownBy(() -> tracking.page(reference)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracking.page("ER-1999-999999")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracking.sendMessage(reference, "hello")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracking.cancel(reference, null)).isInstanceOf(NotFoundException.class);
        assertThat(tracking.myRequests(0, 50)).extracting(line -> line.reference()).doesNotContain(reference);

        signOut();
        assertThatThrownBy(() -> tracking.page(reference)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> handling.page(reference)).isInstanceOf(NotPermittedException.class);

        signIn(client);
        assertThatThrownBy(() -> handling.page(reference)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> handling.addNote(reference, "x")).isInstanceOf(NotPermittedException.class);
        signIn("staff@demo.test");
        assertThatThrownBy(() -> tracking.page(reference)).isInstanceOf(NotFoundException.class);
        assertThat(handling.page(reference).request().reference()).isEqualTo(reference);
    }

    @Test
    void an_internal_note_stays_with_staff_and_does_not_stop_the_clock_a_reply_does() {
        signIn("staff@demo.test");
        String secret = "NOTE-" + System.nanoTime() + " the client seems unreliable";
        handling.addNote(reference, secret);
        assertThat(jdbc.queryForObject("select first_responded_at from report_request where reference = ?",
                Instant.class, reference)).isNull();
        long outboxAfterNote = jdbc.queryForObject("select count(*) from notification_outbox where reference = ?"
                + " and alert_type = 'REQUEST_UPDATED'", Long.class, reference);
        assertThat(outboxAfterNote).isZero();

        handling.reply(reference, version(), "We can help. Please send the refusal letter.");
        assertThat(jdbc.queryForObject("select first_response_minutes from report_request where reference = ?",
                Integer.class, reference)).isNotNull().isBetween(0, 5);
        assertThat(handling.page(reference).notes()).extracting(note -> note.body()).containsExactly(secret);
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'REQUEST_CHANGED'"
                + " and target_type = 'request' and target_id = ? order by id", String.class, reference))
                .as("the audit names the kinds of change (and row ids), never the text")
                .doesNotContain(secret)
                .extracting(detail -> detail.split(" ")[0]).containsExactly("NOTE_ADDED", "REPLIED");

        signIn(client);
        var page = tracking.page(reference);
        assertThat(page.answeredInMinutes()).isPresent();
        assertThat(page.messages()).extracting(message -> message.body())
                .containsExactly("We can help. Please send the refusal letter.");
        assertThat(page.messages().getFirst().author()).isEqualTo("Demo");
        assertThat(page.toString()).doesNotContain(secret);
        assertThat(tracking.myRequests(0, 100).toString()).doesNotContain(secret);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where reference = ?"
                + " and alert_type = 'REQUEST_UPDATED'", Long.class, reference)).isEqualTo(1);
    }

    @Test
    void staff_move_the_request_on_and_the_client_sees_each_step_in_the_timeline() {
        signIn("staff@demo.test");
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, "We are on it.");
        handling.changeStatus(reference, version(), RequestStatus.AWAITING_CLIENT, null, "Please send the decision.");
        assertThatThrownBy(() -> handling.changeStatus(reference, version(), RequestStatus.DELIVERED, null, null))
                .hasMessage("request.refused.transition");

        signIn(client);
        tracking.sendMessage(reference, "Here is the decision date: 3 March.");
        var page = tracking.page(reference);
        assertThat(page.status()).isEqualTo(RequestStatus.ACKNOWLEDGED);
        assertThat(page.timeline()).extracting(entry -> entry.to()).containsExactly(RequestStatus.SUBMITTED,
                RequestStatus.ACKNOWLEDGED, RequestStatus.AWAITING_CLIENT, RequestStatus.ACKNOWLEDGED);
        assertThat(page.timeline().get(1).note()).contains("We are on it.");
        assertThat(page.timeline().get(1).actor()).isEqualTo("Demo");
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where reference = ?"
                + " and alert_type = 'REQUEST_CLIENT_ACTIVITY'", Long.class, reference)).isPositive();

        tracking.cancel(reference, "Case settled");
        assertThat(tracking.page(reference).status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(tracking.page(reference).closingReason()).contains(ClosingReason.CLIENT_WITHDREW);
        assertThatThrownBy(() -> tracking.sendMessage(reference, "more")).hasMessage("request.refused.finished");
    }

    @Test
    void a_client_cannot_cancel_once_the_report_is_in_preparation_even_bypassing_the_page() {
        signIn("staff@demo.test");
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, null);
        handling.changeStatus(reference, version(), RequestStatus.IN_PREPARATION, null, null);
        signIn(client);
        assertThat(tracking.page(reference).mayCancel()).isFalse();
        assertThatThrownBy(() -> tracking.cancel(reference, null)).hasMessage("request.refused.cancel-too-late");
    }

    @Test
    void warning_and_escalation_fire_once_each_and_not_after_a_response() {
        Instant received = jdbc.queryForObject("select received_at from report_request where reference = ?",
                Instant.class, reference);
        long id = jdbc.queryForObject("select id from report_request where reference = ?", Long.class, reference);
        assertThat(clockService.warnIfDue(id, received.plusSeconds(44 * 60))).isFalse();
        assertThat(clockService.warnIfDue(id, received.plusSeconds(46 * 60))).isTrue();
        assertThat(clockService.dueForWarning(received.plusSeconds(47 * 60))).doesNotContain(id);
        assertThat(clockService.warnIfDue(id, received.plusSeconds(47 * 60))).isFalse();
        assertThat(clockService.dueForEscalation(received.plusSeconds(61 * 60))).contains(id);
        assertThat(clockService.escalateIfDue(id, received.plusSeconds(61 * 60))).isTrue();
        assertThat(clockService.escalateIfDue(id, received.plusSeconds(62 * 60))).isFalse();
        long admins = jdbc.queryForObject("select count(*) from account where role = 'ADMIN' and enabled", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where reference = ?"
                + " and alert_type = 'REQUEST_RESPONSE_OVERDUE'", Long.class, reference)).isEqualTo(admins);

        String other = intake.submit(RequestFixtures.form(RequestFixtures.newEmail("answered"), clock), RequestFixtures.origin())
                .reference();
        signIn("staff@demo.test");
        handling.reply(other, jdbc.queryForObject("select version from report_request where reference = ?", Long.class,
                other), "Hello");
        long otherId = jdbc.queryForObject("select id from report_request where reference = ?", Long.class, other);
        assertThat(clockService.warnIfDue(otherId, clock.instant().plusSeconds(3 * 3600))).isFalse();
        assertThat(clockService.escalateIfDue(otherId, clock.instant().plusSeconds(3 * 3600))).isFalse();
    }

    @Test
    void two_staff_changing_the_same_request_the_second_is_told_it_changed_meanwhile() {
        signIn("staff@demo.test");
        long seen = version();
        handling.changeStatus(reference, seen, RequestStatus.ACKNOWLEDGED, null, "First");
        assertThatThrownBy(() -> handling.changeStatus(reference, seen, RequestStatus.DECLINED,
                ClosingReason.OUTSIDE_COVERAGE, "Second"))
                .isInstanceOf(DomainException.class).hasMessage("request.refused.changed-meanwhile");
        assertThat(jdbc.queryForObject("select status from report_request where reference = ?", String.class,
                reference)).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void truly_concurrent_changes_from_the_same_version_never_both_win() throws Exception {
        signIn("staff@demo.test");
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        long seen = version();
        int threads = 4;
        var start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                String note = "attempt " + i;
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    start.await();
                    try {
                        handling.changeStatus(reference, seen, RequestStatus.ACKNOWLEDGED, null, note);
                        return true;
                    } catch (DomainException | OptimisticLockingFailureException lost) {
                        // "changed meanwhile": checked before writing, or caught by the version column
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from request_event e join report_request r on r.id = e.request_id"
                + " where r.reference = ? and e.to_status = 'ACKNOWLEDGED'", Long.class, reference)).isEqualTo(1);
    }

    @Test
    void a_case_document_is_checked_by_content_and_reaches_staff_and_the_firm_but_not_another_firm() throws Exception {
        signIn(client);
        long documents = jdbc.queryForObject("select count(*) from document", Long.class);
        assertThatThrownBy(() -> tracking.uploadCaseDocument(reference, "refusal.pdf",
                new ByteArrayInputStream("MZ not a pdf at all".getBytes())))
                .hasMessage("document.refused.type.case_document");
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(documents);

        byte[] pdf = Pdfs.withPages(1);
        tracking.uploadCaseDocument(reference, "refusal.pdf", new ByteArrayInputStream(pdf));
        var entry = tracking.page(reference).documents().getFirst();
        assertThat(entry.name()).isEqualTo("refusal.pdf");

        signIn(colleague);
        var out = new ByteArrayOutputStream();
        tracking.download(reference, entry.id(), (name, type, length) -> out);
        assertThat(out.toByteArray()).isEqualTo(pdf);

        signIn(outsider);
        assertThatThrownBy(() -> tracking.download(reference, entry.id(), (name, type, length) -> new ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class);

        signIn("staff@demo.test");
        var staffCopy = new ByteArrayOutputStream();
        handling.download(reference, entry.id(), (name, type, length) -> staffCopy);
        assertThat(staffCopy.toByteArray()).isEqualTo(pdf);
    }
}
