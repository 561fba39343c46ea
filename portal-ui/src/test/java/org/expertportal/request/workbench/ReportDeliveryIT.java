package org.expertportal.request.workbench;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.expertportal.TestClock;
import org.expertportal.document.Pdfs;
import org.expertportal.notification.AlertType;
import org.expertportal.request.ClosingReason;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.tracking.ClientRequestViews.TimelineEntry;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, delivery that guides staff (docs/adr/041): with a final version uploaded, delivery
 * moves the status itself, step by step in the timeline and the audit trail; without one the page
 * says what is missing and the service refuses; Deliver asks first, showing the file, version,
 * message and recipient; and staff see when the client first downloaded the report.
 */
class ReportDeliveryIT extends KaribuTest {

    /** A working morning; the clock stands still unless a test moves it. */
    private static final Instant MORNING = Instant.parse("2026-12-03T09:00:00Z");

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    RequestAssignmentService assignment;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String reference;

    @BeforeEach
    void aClientWithARequestJustReceived() {
        ((TestClock) clock).fixAt(MORNING);
        client = RequestFixtures.newEmail("delivery");
        reference = intake.submit(RequestFixtures.form(client), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, client);
    }

    private long version() {
        return jdbc.queryForObject("select version from report_request where reference = ?", Long.class, reference);
    }

    private String status() {
        return jdbc.queryForObject("select status from report_request where reference = ?", String.class, reference);
    }

    private long deliveredAlerts() {
        return jdbc.queryForObject("select count(*) from notification_outbox where reference = ? and alert_type = ?",
                Long.class, reference, AlertType.REPORT_DELIVERED.name());
    }

    private long upload(String name, boolean isFinal) {
        delivery.uploadReport(reference, name, new ByteArrayInputStream(Pdfs.withPages(1)), isFinal);
        return assignment.panel(reference).reports().getLast().id();
    }

    private void openStaffPage() {
        UI.getCurrent().navigate("staff/requests/" + reference.toLowerCase());
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void delivery_from_received_with_only_a_final_version_uploaded_moves_the_status_itself_step_by_step() {
        signIn("staff@demo.test");
        assertThat(status()).isEqualTo("SUBMITTED");
        long report = upload("report.pdf", true);
        assertThat(assignment.panel(reference).delivery().steps())
                .containsExactly(RequestStatus.ACKNOWLEDGED, RequestStatus.DELIVERED);

        ((TestClock) clock).advance(Duration.ofMinutes(20));
        delivery.deliver(reference, version(), report, "Your report is ready.");

        assertThat(status()).isEqualTo("DELIVERED");
        List<TimelineEntry> timeline = handling.page(reference).timeline();
        assertThat(timeline).extracting(TimelineEntry::from, TimelineEntry::to).endsWith(
                tuple(Optional.of(RequestStatus.SUBMITTED), RequestStatus.ACKNOWLEDGED),
                tuple(Optional.of(RequestStatus.ACKNOWLEDGED), RequestStatus.DELIVERED));
        assertThat(timeline.getLast().note()).contains("Your report is ready.");
        assertThat(timeline.get(timeline.size() - 2).note()).as("the message goes with the delivery").isEmpty();
        assertThat(timeline.getLast().at()).isEqualTo(MORNING.plus(Duration.ofMinutes(20)));
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'REQUEST_CHANGED'"
                + " and target_id = ? order by id", String.class, reference))
                .containsSubsequence("REPORT_UPLOADED #" + report, "STATUS_CHANGED", "REPORT_DELIVERED #" + report);
        assertThat(jdbc.queryForObject("select first_responded_at from report_request where reference = ?",
                Timestamp.class, reference).toInstant()).as("the delivery is the first response")
                .isEqualTo(MORNING.plus(Duration.ofMinutes(20)));
        assertThat(deliveredAlerts()).isEqualTo(1);

        signIn(client);
        assertThat(tracking.page(reference).documents()).extracting(document -> document.name())
                .containsExactly("report.pdf");
    }

    @Test
    void without_a_final_version_the_service_refuses_with_the_reason_and_the_page_says_what_is_missing() {
        signIn("staff@demo.test");
        assertThat(assignment.panel(reference).delivery().missingStepKey())
                .contains("workbench.delivery.needs.final-version");
        long draft = upload("draft.pdf", false);

        assertThatThrownBy(() -> delivery.deliver(reference, version(), draft, null))
                .isInstanceOf(DomainException.class).hasMessage("workbench.refused.draft-not-deliverable");
        assertThatThrownBy(() -> delivery.preview(reference, draft, null))
                .isInstanceOf(DomainException.class).hasMessage("workbench.refused.draft-not-deliverable");
        assertThat(status()).as("nothing half-done").isEqualTo("SUBMITTED");
        assertThat(deliveredAlerts()).isZero();

        openStaffPage();
        Button deliver = _get(Button.class, spec -> spec.withId("deliver"));
        assertThat(deliver.isEnabled()).isFalse();
        assertThat(text("delivery-needs")).isEqualTo(
                "Nothing to deliver yet: upload a final version first (tick “Final version” before uploading).");
        assertThat(_find(Button.class, spec -> spec.withId("deliver-1"))).as("a draft has no Deliver").isEmpty();

        handling.changeStatus(reference, version(), RequestStatus.DECLINED, ClosingReason.OUTSIDE_COVERAGE, null);
        assertThat(assignment.panel(reference).delivery().missingStepKey())
                .contains("workbench.delivery.needs.open-request");
    }

    @Test
    void deliver_asks_first_showing_file_version_message_and_recipient_and_cancel_delivers_nothing() {
        signIn("staff@demo.test");
        upload("draft.pdf", false);
        upload("Expert report — Iran.pdf", true);
        openStaffPage();
        assertThat(text("delivery-needs"))
                .isEqualTo("Delivering moves the request on by itself: Submitted → Acknowledged → Delivered.");
        TextArea note = _get(TextArea.class, spec -> spec.withId("delivery-note"));
        _setValue(note, "x".repeat(2001)); // one over the limit of a public note
        _click(_get(Button.class, spec -> spec.withId("deliver-2")));
        assertThat(note.isInvalid()).as("a refused message is refused before anything is asked").isTrue();
        assertThat(_find(Dialog.class)).isEmpty();
        _setValue(note, "Please check the annex.");

        _click(_get(Button.class, spec -> spec.withId("deliver-2")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("deliver-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(text("confirm-file")).isEqualTo("File: Expert report — Iran.pdf");
        assertThat(text("confirm-version")).isEqualTo("Version 2, final");
        assertThat(text("confirm-message")).isEqualTo("Message with it: Please check the annex.");
        assertThat(text("confirm-recipients")).isEqualTo("Email alert to: " + client);
        assertThat(text("confirm-steps")).isEqualTo("Status: Submitted → Acknowledged → Delivered");

        _click(_get(Button.class, spec -> spec.withId("cancel-deliver")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(status()).as("cancelled: nothing delivered").isEqualTo("SUBMITTED");
        assertThat(deliveredAlerts()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from request_document d join report_request r"
                + " on r.id = d.request_id where r.reference = ? and d.shared_at is not null", Long.class, reference))
                .isZero();

        _click(_get(Button.class, spec -> spec.withId("deliver-2")));
        _click(_get(Button.class, spec -> spec.withId("confirm-deliver")));
        assertThat(status()).isEqualTo("DELIVERED");
        assertThat(deliveredAlerts()).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("request-status")).getText()).isEqualTo("Delivered");
        assertThat(handling.page(reference).timeline().getLast().note()).contains("Please check the annex.");
        assertThat(_get(Span.class, spec -> spec.withId("first-download-2")).getText())
                .isEqualTo(" · not downloaded by the client yet");
    }

    @Test
    void the_first_download_is_recorded_once_for_the_client_and_never_for_staff() {
        String other = RequestFixtures.newEmail("other-client");
        intake.submit(RequestFixtures.form(other), RequestFixtures.origin());
        RequestFixtures.activate(jdbc, other);
        signIn("staff@demo.test");
        long report = upload("report.pdf", true);
        delivery.deliver(reference, version(), report, null);
        handling.download(reference, report, (name, type, length) -> new ByteArrayOutputStream());
        assertThat(assignment.panel(reference).reports().getFirst().firstClientDownloadAt())
                .as("a staff download does not count").isEmpty();

        Instant first = MORNING.plus(Duration.ofHours(2));
        ((TestClock) clock).fixAt(first);
        signIn(client);
        tracking.download(reference, report, (name, type, length) -> new ByteArrayOutputStream());
        ((TestClock) clock).advance(Duration.ofDays(1));
        tracking.download(reference, report, (name, type, length) -> new ByteArrayOutputStream());

        assertThat(jdbc.queryForObject("select first_client_download_at from request_document where id = ?",
                Timestamp.class, report).toInstant()).as("the first one, not the later one").isEqualTo(first);
        assertThat(jdbc.queryForObject("select first_client_download_by from request_document where id = ?",
                Long.class, report)).isEqualTo(
                jdbc.queryForObject("select id from account where email = ?", Long.class, client));

        signIn("staff@demo.test");
        handling.download(reference, report, (name, type, length) -> new ByteArrayOutputStream());
        assertThat(assignment.panel(reference).reports().getFirst().firstClientDownloadAt()).contains(first);
        openStaffPage();
        assertThat(_get(Span.class, spec -> spec.withId("first-download-1")).getText())
                .startsWith(" · first downloaded by the client ").contains("2026");

        signIn(other);
        assertThatThrownBy(() -> tracking.download(reference, report,
                (name, type, length) -> new ByteArrayOutputStream())).isInstanceOf(NotFoundException.class);
    }
}
