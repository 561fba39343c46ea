package org.expertportal.consultation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expertportal.consultation.InviteMails.event;
import static org.expertportal.consultation.InviteMails.invite;
import static org.expertportal.consultation.InviteMails.property;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.expertportal.consultation.StaffConsultationViews.Week;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.TimelineDetail;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff and administrators moving and cancelling any booking with a reason (issue #16): the client
 * reads the reason on their request page and never in the email, the invite keeps its UID and
 * raises its SEQUENCE (METHOD:CANCEL for a cancellation), the audit trail records it, who may do
 * it, and the weekly counts on the service-level page.
 */
class ConsultationChangesIT extends KaribuTest {

    private static final String REASON = "Our expert on Mongolia is ill that day";

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    ConsultationService consultations;

    @Autowired
    StaffConsultationService staffConsultations;

    @Autowired
    StaffConsultationChanges changes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.expertportal.account.TwoFactorService twoFactor;

    @Value("${portal.data-dir}")
    Path dataDir;

    private final List<String> staffCreated = new ArrayList<>();

    @AfterEach
    void staffStopTakingBookings() {
        staffCreated.forEach(email -> jdbc.update("update consultation_availability set accepting = false where"
                + " staff_account_id = (select id from account where email = ?)", email));
    }

    private String staffWith(AvailabilitySettings settings) {
        String staff = ConsultationFixtures.newStaff(jdbc, twoFactor);
        staffCreated.add(staff);
        signIn(staff);
        staffConsultations.saveAvailability(settings);
        signOut();
        return staff;
    }

    private record Client(String email, String reference) {}

    private Client newClient() {
        String email = ConsultationFixtures.newEmail("client");
        var submitted = intake.submit(ConsultationFixtures.form(email), ConsultationFixtures.origin());
        ConsultationFixtures.activate(jdbc, email);
        return new Client(email, submitted.reference());
    }

    private Instant london(int daysAhead, LocalTime time) {
        return ZonedDateTime.now(clock.withZone(ConsultationFixtures.LONDON)).toLocalDate().plusDays(daysAhead)
                .atTime(time).atZone(ConsultationFixtures.LONDON).toInstant();
    }

    private long booked(Client client, Instant start) {
        signIn(client.email());
        return consultations.book(client.reference(), start, "Asia/Ulaanbaatar").id();
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from consultation where id = ?", String.class, id);
    }

    @Test
    void another_staff_member_moves_then_cancels_with_a_reason_the_client_reads_in_the_portal_not_in_the_mail()
            throws Exception {
        String staff = staffWith(ConsultationFixtures.oddHours(clock, 13, LocalTime.of(3, 23), LocalTime.of(4, 53)));
        Client client = newClient();
        long id = booked(client, london(13, LocalTime.of(3, 23)));
        var mails = new InviteMails(jdbc, dataDir);
        Calendar first = invite(mails.sent(client.email(), "CONSULTATION_BOOKED", client.reference()));

        // Not the consultation's own staff member: the demo staff member.
        signIn("staff@demo.test");
        assertThat(changes.ofRequest(client.reference())).singleElement()
                .satisfies(line -> assertThat(line.mayChange()).isTrue());
        assertThat(changes.slotsToMoveTo(id)).extracting(Slot::start).contains(london(13, LocalTime.of(4, 23)))
                .doesNotContain(london(13, LocalTime.of(3, 23)));
        var moved = changes.move(id, london(13, LocalTime.of(4, 23)), "  " + REASON + " ");
        assertThat(moved.start()).isEqualTo(london(13, LocalTime.of(4, 23)));
        assertThat(moved.staffReason()).contains(REASON);

        signIn(client.email());
        assertThat(tracking.page(client.reference()).timeline().getLast().detail())
                .contains(TimelineDetail.CONSULTATION_CHANGED);
        var panel = consultations.panel(client.reference());
        assertThat(panel.current()).hasValueSatisfying(b -> {
            assertThat(b.start()).isEqualTo(london(13, LocalTime.of(4, 23)));
            assertThat(b.staffReason()).contains(REASON);
        });
        var changedMail = mails.sent(client.email(), "CONSULTATION_CHANGED", client.reference());
        assertThat(InviteMails.text(changedMail)).contains(client.reference()).doesNotContain("Mongolia")
                .doesNotContain("ill");
        Calendar second = invite(changedMail);
        // The consultation's own staff member gets the same updated invite.
        Calendar staffCopy = invite(mails.sent(staff, "CONSULTATION_CHANGED", client.reference()));

        signIn("admin@demo.test");
        changes.cancel(id, REASON);
        Calendar third = invite(mails.sent(client.email(), "CONSULTATION_CANCELLED", client.reference()));
        assertThat(InviteMails.text(mails.sent(client.email(), "CONSULTATION_CANCELLED", client.reference())))
                .doesNotContain("ill");

        String uid = property(event(first), Property.UID);
        assertThat(List.of(property(event(second), Property.UID), property(event(staffCopy), Property.UID),
                property(event(third), Property.UID))).containsOnly(uid);
        assertThat(List.of(property(event(first), Property.SEQUENCE), property(event(second), Property.SEQUENCE),
                property(event(staffCopy), Property.SEQUENCE), property(event(third), Property.SEQUENCE)))
                .containsExactly("0", "1", "1", "2");
        assertThat(property(second, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(property(third, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(property(event(third), Property.STATUS)).isEqualTo("CANCELLED");

        signIn(client.email());
        var afterCancel = consultations.panel(client.reference());
        assertThat(afterCancel.current()).isEmpty();
        assertThat(afterCancel.past().getFirst().staffReason()).contains(REASON);
        assertThat(afterCancel.mayBook()).isTrue();
        assertThat(tracking.page(client.reference()).status()).isEqualTo(RequestStatus.ACKNOWLEDGED);
        assertThat(jdbc.queryForList("select action from audit_event where target_type = 'request' and target_id = ?"
                + " and action like 'CONSULTATION%' order by id", String.class, client.reference()))
                .containsExactly("CONSULTATION_MOVED", "CONSULTATION_CANCELLED");
    }

    @Test
    void the_assigned_expert_invited_as_a_second_attendee_gets_the_same_invite_and_its_cancellation()
            throws Exception {
        String staff = staffWith(ConsultationFixtures.oddHours(clock, 17, LocalTime.of(4, 3), LocalTime.of(5, 33)));
        Client client = newClient();
        long id = booked(client, london(17, LocalTime.of(4, 3)));
        var mails = new InviteMails(jdbc, dataDir);
        long expert = jdbc.queryForObject("select min(id) from expert", Long.class);

        signIn("staff@demo.test");
        // No expert on the request yet, then one without an address: refused, nothing changes.
        assertThatThrownBy(() -> changes.inviteExpert(id)).isInstanceOf(DomainException.class)
                .hasMessage("consultation.refused.no-expert");
        jdbc.update("update report_request set expert_id = ?, expert_state = 'ASSIGNED' where reference = ?", expert,
                client.reference());
        jdbc.update("update expert set invite_email = null where id = ?", expert);
        assertThatThrownBy(() -> changes.move(id, london(17, LocalTime.of(4, 33)), REASON, true))
                .isInstanceOf(DomainException.class).hasMessage("consultation.refused.no-expert-address");
        assertThat(jdbc.queryForObject("select start_at from consultation where id = ?", Instant.class, id))
                .isEqualTo(london(17, LocalTime.of(4, 3)));

        String address = ConsultationFixtures.newEmail("expert");
        jdbc.update("update expert set invite_email = ? where id = ?", address, expert);
        changes.move(id, london(17, LocalTime.of(4, 33)), REASON, true);
        assertThat(changes.ofRequest(client.reference()).getFirst().expertInvited()).isTrue();
        Calendar clientInvite = invite(mails.sent(client.email(), "CONSULTATION_CHANGED", client.reference()));
        var expertMail = mails.sentTo(address, staff, "CONSULTATION_CHANGED", client.reference());
        Calendar expertInvite = invite(expertMail);
        assertThat(InviteMails.text(expertMail)).doesNotContain("ill").doesNotContain("Mongolia");
        assertThat(property(event(expertInvite), Property.UID)).isEqualTo(property(event(clientInvite), Property.UID));
        assertThat(property(event(expertInvite), Property.SEQUENCE)).isEqualTo("1")
                .isEqualTo(property(event(clientInvite), Property.SEQUENCE));
        assertThat(property(event(expertInvite), Property.ATTENDEE)).isEqualTo("mailto:" + address);
        // The staff member's own mail still goes to them.
        assertThat(property(event(invite(mails.sentTo(staff, staff, "CONSULTATION_CHANGED", client.reference()))),
                Property.ATTENDEE)).isEqualTo("mailto:" + staff);

        changes.cancel(id, REASON);
        Calendar cancelled = invite(mails.sentTo(address, staff, "CONSULTATION_CANCELLED", client.reference()));
        assertThat(property(cancelled, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(property(event(cancelled), Property.SEQUENCE)).isEqualTo("2");
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where last_address is not null"
                + " and reference = ? and status = 'SENT'", Long.class, client.reference()))
                .as("the expert's address is not kept once sent").isZero();
        jdbc.update("update expert set invite_email = null where id = ?", expert);
    }

    @Test
    void a_reason_is_required_and_a_refused_change_leaves_the_booking_as_it_was() {
        staffWith(ConsultationFixtures.oddHours(clock, 14, LocalTime.of(5, 29), LocalTime.of(6, 29)));
        Client client = newClient();
        long id = booked(client, london(14, LocalTime.of(5, 29)));
        signIn("staff@demo.test");
        assertThatThrownBy(() -> changes.cancel(id, "  ")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldErrors()).containsEntry("reason", "consultation.invalid.reason"));
        assertThatThrownBy(() -> changes.move(id, london(14, LocalTime.of(5, 59)), "x".repeat(501)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> changes.move(id, london(14, LocalTime.of(5, 59)), "Hidden\u202Etext"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(status(id)).isEqualTo("BOOKED");
        assertThat(jdbc.queryForObject("select sequence from consultation where id = ?", Integer.class, id)).isZero();

        // Started: staff record the outcome instead.
        Instant started = clock.instant().minus(Duration.ofMinutes(1));
        jdbc.update("update consultation set start_at = ?, end_at = ?, held_start_at = ? where id = ?", started,
                started.plus(Duration.ofMinutes(30)), started, id);
        assertThatThrownBy(() -> changes.cancel(id, REASON)).isInstanceOf(DomainException.class)
                .hasMessage("consultation.refused.started");
        assertThat(status(id)).isEqualTo("BOOKED");
    }

    @Test
    void clients_and_visitors_may_not_use_the_staff_changes_and_a_client_cannot_touch_another_clients_booking() {
        staffWith(ConsultationFixtures.oddHours(clock, 15, LocalTime.of(6, 41), LocalTime.of(7, 41)));
        Client client = newClient();
        Client other = newClient();
        long id = booked(client, london(15, LocalTime.of(6, 41)));

        signIn(other.email());
        assertThatThrownBy(() -> changes.cancel(id, REASON)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> changes.move(id, london(15, LocalTime.of(7, 11)), REASON))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> changes.ofRequest(client.reference())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> changes.everyones(clock.instant(), clock.instant().plus(Duration.ofDays(30))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> changes.slotsToMoveTo(id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> changes.weekly(4)).isInstanceOf(NotPermittedException.class);
        // The client's own use cases on another client's request: "not found", whatever they try.
        assertThatThrownBy(() -> consultations.cancel(client.reference())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consultations.reschedule(client.reference(), london(15, LocalTime.of(7, 11)),
                "Europe/London")).isInstanceOf(NotFoundException.class);
        signOut();
        assertThatThrownBy(() -> changes.cancel(id, REASON)).isInstanceOf(NotPermittedException.class);
        // Staff may not see the weekly counts: that page is the administrators'.
        signIn("staff@demo.test");
        assertThatThrownBy(() -> changes.weekly(4)).isInstanceOf(NotPermittedException.class);
        assertThat(status(id)).isEqualTo("BOOKED");

        signIn("admin@demo.test");
        changes.move(id, london(15, LocalTime.of(7, 11)), REASON);
        assertThat(jdbc.queryForObject("select start_at from consultation where id = ?", Instant.class, id))
                .isEqualTo(london(15, LocalTime.of(7, 11)));
    }

    @Test
    void held_no_show_and_cancelled_consultations_are_counted_in_the_week_they_start() {
        String staff = staffWith(ConsultationFixtures.oddHours(clock, 16, LocalTime.of(2, 7), LocalTime.of(3, 37)));
        signIn("admin@demo.test");
        Week before = changes.weekly(1).getFirst();
        long held = booked(newClient(), london(16, LocalTime.of(2, 7)));
        long noShow = booked(newClient(), london(16, LocalTime.of(2, 37)));
        long cancelled = booked(newClient(), london(16, LocalTime.of(3, 7)));
        signIn(staff);
        changes.cancel(cancelled, REASON);
        // Time passes: all three were to start a few minutes ago, this week.
        for (long id : List.of(held, noShow, cancelled)) {
            Instant start = clock.instant().minus(Duration.ofMinutes(id == held ? 2 : 3));
            jdbc.update("update consultation set start_at = ?, end_at = ?, held_start_at = if(status = 'BOOKED', ?, null)"
                    + " where id = ?", start, start.plus(Duration.ofMinutes(30)), start, id);
        }
        staffConsultations.markHeld(held);
        staffConsultations.markNoShow(noShow);

        signIn("admin@demo.test");
        Week after = changes.weekly(1).getFirst();
        assertThat(after.monday()).isEqualTo(before.monday());
        assertThat(after.booked() - before.booked()).isEqualTo(2);
        assertThat(after.held() - before.held()).isEqualTo(1);
        assertThat(after.noShow() - before.noShow()).isEqualTo(1);
        assertThat(after.cancelled() - before.cancelled()).isEqualTo(1);

        UI.getCurrent().navigate("admin/sla");
        @SuppressWarnings("unchecked")
        Grid<Week> grid = _get(Grid.class, spec -> spec.withId("sla-consultation-weeks"));
        assertThat(grid.getGenericDataView().getItems().toList().getFirst().held()).isEqualTo(after.held());
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_move_a_booking_from_everyones_list_and_the_client_reads_the_reason_on_the_request_page() {
        staffWith(ConsultationFixtures.oddHours(clock, 2, LocalTime.of(1, 53), LocalTime.of(2, 53)));
        Client client = newClient();
        long id = booked(client, london(2, LocalTime.of(1, 53)));

        signIn("staff@demo.test");
        UI.getCurrent().navigate("staff/consultations");
        _get(Checkbox.class, spec -> spec.withId("consultations-everyone")).setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("move-" + id)));
        ComboBox<Slot> to = _get(ComboBox.class, spec -> spec.withId("consultation-move-to"));
        Slot later = to.getGenericDataView().getItems().filter(s -> s.start().equals(london(2, LocalTime.of(2, 23))))
                .findFirst().orElseThrow();
        // Without a reason nothing happens and the field says why.
        to.setValue(later);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("consultation-confirm-change")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("consultation-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo("BOOKED");
        reason.setValue(REASON);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("consultation-confirm-change")));
        assertThat(jdbc.queryForObject("select start_at from consultation where id = ?", Instant.class, id))
                .isEqualTo(later.start());

        // The staff request page shows it, with the reason given.
        UI.getCurrent().navigate("staff/requests/" + client.reference().toLowerCase());
        assertThat(_get(Div.class, spec -> spec.withId("staff-consultations")).getElement().getTextRecursively())
                .contains("Reason given to the client: " + REASON);

        signIn(client.email());
        UI.getCurrent().navigate("my/requests/" + client.reference().toLowerCase());
        assertThat(_get(Paragraph.class, spec -> spec.withId("consultation-staff-reason")).getText())
                .isEqualTo("Our team changed this consultation: " + REASON);
        assertThat(_find(Button.class, spec -> spec.withId("consultation-cancel"))).hasSize(1);
    }
}
