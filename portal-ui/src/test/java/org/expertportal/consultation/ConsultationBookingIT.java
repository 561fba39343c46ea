package org.expertportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.expertportal.consultation.InviteMails.event;
import static org.expertportal.consultation.InviteMails.invite;
import static org.expertportal.consultation.InviteMails.partOfType;
import static org.expertportal.consultation.InviteMails.property;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Booking on MariaDB: the race for one slot, the database key behind it, the request timeline and
 * status, moving and cancelling until the notice, who may do what, reminders and the invite mail.
 */
class ConsultationBookingIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    ConsultationService consultations;

    @Autowired
    StaffConsultationService staffConsultations;

    @Autowired
    ConsultationReminders reminders;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.expertportal.account.TwoFactorService twoFactor;

    @Value("${portal.data-dir}")
    Path dataDir;

    private final List<String> staffCreated = new ArrayList<>();

    @AfterEach
    void staffStopTakingBookings() {
        // Other tests (and the journeys) see every accepting staff member's slots: leave none behind.
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

    private record Client(String email, String reference, String pass) {}

    private Client newClient() {
        String email = ConsultationFixtures.newEmail("client");
        var submitted = intake.submit(ConsultationFixtures.form(email), ConsultationFixtures.origin());
        ConsultationFixtures.activate(jdbc, email);
        return new Client(email, submitted.reference(), submitted.bookingPass());
    }

    private Instant london(int daysAhead, LocalTime time) {
        return ZonedDateTime.now(clock.withZone(ConsultationFixtures.LONDON)).toLocalDate().plusDays(daysAhead)
                .atTime(time).atZone(ConsultationFixtures.LONDON).toInstant();
    }

    private Authentication authenticationOf(String email) {
        UserDetails user = users.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private long outbox(String type, String reference) {
        return jdbc.queryForObject("select count(*) from notification_outbox where alert_type = ? and reference = ?",
                Long.class, type, reference);
    }

    @Test
    void clients_racing_for_one_slot_exactly_one_gets_it_the_others_are_told_it_was_taken() throws Exception {
        String staff = staffWith(ConsultationFixtures.oddHours(clock, 5, LocalTime.of(3, 7), LocalTime.of(3, 37)));
        Instant slot = london(5, LocalTime.of(3, 7));
        int threads = 6;
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            clients.add(newClient());
        }
        var start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (Client client : clients) {
                Authentication authentication = authenticationOf(client.email());
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    start.await();
                    try {
                        consultations.book(client.reference(), slot, "America/Mexico_City");
                        return "booked";
                    } catch (DomainException refused) {
                        return refused.messageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn("booked"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("booked"))
                    .hasSize(threads - 1).containsOnly("consultation.refused.slot-taken");
        }
        assertThat(jdbc.queryForObject("select count(*) from consultation c join account a on a.id = c.staff_account_id"
                + " where a.email = ? and c.status = 'BOOKED'", Long.class, staff)).isEqualTo(1);
        // The losers see the next free slots: that one is gone for everybody.
        signIn(clients.getFirst().email());
        assertThat(consultations.freeSlots(clients.getFirst().reference())).extracting(Slot::start).doesNotContain(slot);
    }

    @Test
    void the_database_itself_refuses_a_second_booking_of_a_staff_members_slot() {
        String staff = staffWith(ConsultationFixtures.oddHours(clock, 6, LocalTime.of(4, 11), LocalTime.of(4, 41)));
        Client client = newClient();
        signIn(client.email());
        consultations.book(client.reference(), london(6, LocalTime.of(4, 11)), "Europe/London");
        // Skip every check in code: copy the booked row as a second booking of the same slot.
        assertThatThrownBy(() -> jdbc.update("insert into consultation (version, uid, request_id, request_reference,"
                + " client_account_id, staff_account_id, start_at, end_at, held_start_at, status, sequence, client_zone,"
                + " staff_zone, booked_at, changed_at) select 0, concat(uid, '-copy'), request_id, request_reference,"
                + " client_account_id, staff_account_id, start_at, end_at, held_start_at, status, 0, client_zone,"
                + " staff_zone, booked_at, changed_at from consultation c where c.staff_account_id ="
                + " (select id from account where email = ?)", staff))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void booking_moving_and_cancelling_update_the_timeline_status_and_alert_both_sides() {
        String staff = staffWith(ConsultationFixtures.oddHours(clock, 7, LocalTime.of(2, 13), LocalTime.of(3, 43)));
        Client client = newClient();
        signIn(client.email());
        Instant first = london(7, LocalTime.of(2, 13));
        Instant later = london(7, LocalTime.of(3, 13));
        assertThat(consultations.panel(client.reference()).mayBook()).isTrue();

        var booked = consultations.book(client.reference(), first, "Asia/Ulaanbaatar");
        assertThat(booked.start()).isEqualTo(first);
        assertThat(booked.end()).isEqualTo(first.plus(Duration.ofMinutes(30)));
        assertThat(booked.videoLink()).hasValueSatisfying(link -> assertThat(link).startsWith("https://meet.example.org/"));
        var page = tracking.page(client.reference());
        assertThat(page.status()).isEqualTo(RequestStatus.CONSULTATION_SCHEDULED);
        assertThat(page.timeline().getLast().detail()).contains(TimelineDetail.CONSULTATION_BOOKED);
        assertThat(outbox("CONSULTATION_BOOKED", client.reference())).isEqualTo(2);
        assertThatThrownBy(() -> consultations.book(client.reference(), later, "Asia/Ulaanbaatar"))
                .isInstanceOf(DomainException.class).hasMessage("consultation.refused.already-booked");

        assertThat(consultations.slotsToMoveTo(client.reference())).extracting(Slot::start).contains(later)
                .doesNotContain(first);
        consultations.reschedule(client.reference(), later, "Asia/Ulaanbaatar");
        assertThat(jdbc.queryForObject("select sequence from consultation where request_reference = ?", Integer.class,
                client.reference())).isEqualTo(1);
        assertThat(tracking.page(client.reference()).timeline().getLast().detail())
                .contains(TimelineDetail.CONSULTATION_CHANGED);
        assertThat(outbox("CONSULTATION_CHANGED", client.reference())).isEqualTo(2);

        signIn(staff);
        var week = staffConsultations.myConsultations(clock.instant(), clock.instant().plus(Duration.ofDays(14)));
        assertThat(week).singleElement().satisfies(line -> {
            assertThat(line.reference()).isEqualTo(client.reference());
            assertThat(line.start()).isEqualTo(later);
            assertThat(line.clientZone().getId()).isEqualTo("Asia/Ulaanbaatar");
            assertThat(line.mayRecordOutcome()).as("not started yet").isFalse();
        });
        assertThatThrownBy(() -> staffConsultations.markHeld(week.getFirst().id()))
                .isInstanceOf(DomainException.class).hasMessage("consultation.refused.not-started");

        signIn(client.email());
        consultations.cancel(client.reference());
        var cancelled = tracking.page(client.reference());
        assertThat(cancelled.status()).isEqualTo(RequestStatus.ACKNOWLEDGED);
        assertThat(cancelled.timeline().getLast().detail()).contains(TimelineDetail.CONSULTATION_CANCELLED);
        assertThat(outbox("CONSULTATION_CANCELLED", client.reference())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select sequence from consultation where request_reference = ?", Integer.class,
                client.reference())).isEqualTo(2);
        // The slot is free again, for anyone.
        assertThat(consultations.freeSlots(client.reference())).extracting(Slot::start).contains(first, later);
        assertThat(consultations.panel(client.reference()).mayBook()).isTrue();
    }

    @Test
    void within_the_change_notice_the_server_refuses_a_move_but_the_client_may_cancel_until_the_start() {
        staffWith(ConsultationFixtures.oddHours(clock, 8, LocalTime.of(5, 17), LocalTime.of(6, 17)));
        Client client = newClient();
        signIn(client.email());
        consultations.book(client.reference(), london(8, LocalTime.of(5, 17)), "Europe/London");
        // Time passes: the consultation now starts in 1 hour, inside the 2-hour change notice.
        Instant soon = clock.instant().plus(Duration.ofHours(1));
        jdbc.update("update consultation set start_at = ?, end_at = ?, held_start_at = ? where request_reference = ?",
                soon, soon.plus(Duration.ofMinutes(30)), soon, client.reference());

        var panel = consultations.panel(client.reference());
        assertThat(panel.mayMove()).isFalse();
        assertThat(panel.mayCancel()).isTrue();
        assertThatThrownBy(() -> consultations.reschedule(client.reference(), london(8, LocalTime.of(5, 47)),
                "Europe/London")).isInstanceOf(DomainException.class).hasMessage("consultation.refused.too-late");
        assertThat(jdbc.queryForObject("select status from consultation where request_reference = ?", String.class,
                client.reference())).isEqualTo("BOOKED");

        consultations.cancel(client.reference());
        assertThat(jdbc.queryForObject("select status from consultation where request_reference = ?", String.class,
                client.reference())).isEqualTo("CANCELLED");
        // Staff hear of it at once, as the client does.
        assertThat(outbox("CONSULTATION_CANCELLED", client.reference())).isEqualTo(2);
    }

    @Test
    void once_the_consultation_has_started_the_server_refuses_to_cancel_it() {
        staffWith(ConsultationFixtures.oddHours(clock, 8, LocalTime.of(7, 17), LocalTime.of(7, 47)));
        Client client = newClient();
        signIn(client.email());
        consultations.book(client.reference(), london(8, LocalTime.of(7, 17)), "Europe/London");
        Instant started = clock.instant().minus(Duration.ofMinutes(1));
        jdbc.update("update consultation set start_at = ?, end_at = ?, held_start_at = ? where request_reference = ?",
                started, started.plus(Duration.ofMinutes(30)), started, client.reference());

        var panel = consultations.panel(client.reference());
        assertThat(panel.mayMove()).isFalse();
        assertThat(panel.mayCancel()).isFalse();
        assertThatThrownBy(() -> consultations.cancel(client.reference()))
                .isInstanceOf(DomainException.class).hasMessage("consultation.refused.started");
        assertThat(jdbc.queryForObject("select status from consultation where request_reference = ?", String.class,
                client.reference())).isEqualTo("BOOKED");
    }

    @Test
    void only_the_requests_own_client_or_the_fresh_pass_books_and_the_pass_works_once() {
        staffWith(ConsultationFixtures.oddHours(clock, 9, LocalTime.of(1, 29), LocalTime.of(2, 59)));
        Client client = newClient();
        Client other = newClient();
        Instant slot = london(9, LocalTime.of(1, 29));

        signIn(client.email());
        assertThatThrownBy(() -> consultations.book(client.reference(), slot, "Not/AZone"))
                .isInstanceOf(DomainException.class).hasMessage("consultation.refused.zone");
        signIn(other.email());
        assertThatThrownBy(() -> consultations.panel(client.reference())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consultations.book(client.reference(), slot, "Europe/London"))
                .isInstanceOf(NotFoundException.class);
        signIn("staff@demo.test");
        assertThatThrownBy(() -> consultations.book(client.reference(), slot, "Europe/London"))
                .isInstanceOf(NotFoundException.class);
        signOut();
        assertThatThrownBy(() -> consultations.book(client.reference(), slot, "Europe/London"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> consultations.bookWithPass(other.pass() + "x", slot, "Europe/London"))
                .isInstanceOf(DomainException.class).hasMessage("consultation.refused.pass-expired");

        // Anonymous, straight after submitting: the pass books this request and only once.
        var booked = consultations.bookWithPass(client.pass(), slot, "America/Mexico_City");
        assertThat(booked.start()).isEqualTo(slot);
        assertThat(jdbc.queryForObject("select r.reference from consultation c join report_request r"
                + " on r.id = c.request_id where c.id = ?", String.class, booked.id())).isEqualTo(client.reference());
        assertThatThrownBy(() -> consultations.bookWithPass(client.pass(), london(9, LocalTime.of(2, 29)),
                "America/Mexico_City")).isInstanceOf(DomainException.class).hasMessage("consultation.refused.pass-expired");
        // An expired pass books nothing.
        jdbc.update("update request_intake_pass p join report_request r on r.id = p.request_id"
                + " set p.expires_at = ? where r.reference = ?",
                Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), other.reference());
        assertThatThrownBy(() -> consultations.bookWithPass(other.pass(), london(9, LocalTime.of(2, 29)), "Europe/London"))
                .isInstanceOf(DomainException.class).hasMessage("consultation.refused.pass-expired");
    }

    @Test
    void staff_settings_are_checked_field_by_field_and_a_refused_form_changes_nothing() {
        String staff = staffWith(ConsultationFixtures.oddHours(clock, 10, LocalTime.of(6, 3), LocalTime.of(7, 3)));
        signIn(staff);
        var before = staffConsultations.myAvailability();
        var bad = new AvailabilitySettings(ConsultationFixtures.LONDON,
                List.of(new WeeklyHours(java.time.DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(9, 0))),
                List.of(), 5, -1, 120, 0, Optional.of("javascript:alert(1)"), true);
        assertThatThrownBy(() -> staffConsultations.saveAvailability(bad)).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.fieldErrors()).containsOnlyKeys(
                        "meetingMinutes", "bufferMinutes", "horizonDays", "videoLink", "weekly"));
        assertThat(staffConsultations.myAvailability()).isEqualTo(before);
        signIn("client@demo.test");
        assertThatThrownBy(() -> staffConsultations.myAvailability()).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void reminders_go_once_to_both_and_the_booking_mail_carries_an_invite_with_the_link() throws Exception {
        staffWith(ConsultationFixtures.oddHours(clock, 11, LocalTime.of(7, 21), LocalTime.of(7, 51)));
        Client client = newClient();
        signIn(client.email());
        var booked = consultations.book(client.reference(), london(11, LocalTime.of(7, 21)), "Asia/Ulaanbaatar");

        jdbc.update("update consultation set day_reminder_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), booked.id());
        assertThat(reminders.due(clock.instant())).contains(booked.id());
        assertThat(reminders.remindIfDue(booked.id(), clock.instant())).contains(Duration.ofHours(24));
        assertThat(reminders.remindIfDue(booked.id(), clock.instant())).isEmpty();
        assertThat(reminders.due(clock.instant())).doesNotContain(booked.id());
        assertThat(outbox("CONSULTATION_REMINDER", client.reference())).isEqualTo(2);

        MimeMessage message = sentMail(client.email(), "CONSULTATION_BOOKED");
        String text = partOfType(message, "text/plain").orElseThrow();
        assertThat(text).contains(client.reference()).contains("(Ulaanbaatar)").doesNotContain("Mongolia");
        VEvent event = event(invite(message));
        assertThat(property(event, Property.SUMMARY)).isEqualTo("Consultation, " + client.reference());
        assertThat(property(event, Property.LOCATION)).startsWith("https://meet.example.org/test-");
        assertThat(property(event, Property.DTSTART)).isEqualTo(utc(booked.start()));
    }

    @Test
    void the_invites_of_booking_moving_and_cancelling_share_a_uid_raise_the_sequence_and_say_the_method()
            throws Exception {
        staffWith(ConsultationFixtures.oddHours(clock, 12, LocalTime.of(9, 37), LocalTime.of(10, 37)));
        Client client = newClient();
        signIn(client.email());
        var booked = consultations.book(client.reference(), london(12, LocalTime.of(9, 37)), "America/Mexico_City");
        // Each invite is written when its mail goes out: wait for one before the next change.
        Calendar first = invite(sentMail(client.email(), "CONSULTATION_BOOKED"));
        var moved = consultations.reschedule(client.reference(), london(12, LocalTime.of(10, 7)), "America/Mexico_City");
        Calendar second = invite(sentMail(client.email(), "CONSULTATION_CHANGED"));
        consultations.cancel(client.reference());
        Calendar third = invite(sentMail(client.email(), "CONSULTATION_CANCELLED"));

        assertThat(property(first, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(property(second, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(property(third, Property.METHOD)).isEqualTo("CANCEL");
        String uid = property(event(first), Property.UID);
        assertThat(property(event(second), Property.UID)).isEqualTo(uid);
        assertThat(property(event(third), Property.UID)).isEqualTo(uid);
        assertThat(List.of(property(event(first), Property.SEQUENCE), property(event(second), Property.SEQUENCE),
                property(event(third), Property.SEQUENCE))).containsExactly("0", "1", "2");
        assertThat(property(event(first), Property.DTSTART)).isEqualTo(utc(booked.start()));
        assertThat(property(event(first), Property.DTEND)).isEqualTo(utc(booked.end()));
        assertThat(property(event(second), Property.DTSTART)).isEqualTo(utc(moved.start()));
        assertThat(property(event(third), Property.STATUS)).isEqualTo("CANCELLED");
    }

    /** The mail of the recipient's alert of that type, once the dispatcher has sent it. */
    private MimeMessage sentMail(String email, String type) throws Exception {
        long outboxId = jdbc.queryForObject("select o.id from notification_outbox o join account a on"
                + " a.id = o.recipient_account_id where a.email = ? and o.alert_type = ?", Long.class, email, type);
        await().atMost(Duration.ofSeconds(90)).until(() -> "SENT".equals(jdbc.queryForObject(
                "select status from notification_outbox where id = ?", String.class, outboxId)));
        Path mail;
        try (Stream<Path> files = Files.list(dataDir.resolve("mail"))) {
            // The newest of that outbox id: names start with the time sent, and the mail folder outlives
            // the embedded database of earlier local runs, whose ids start again at 1.
            mail = files.filter(f -> f.getFileName().toString().endsWith("-" + outboxId + ".eml"))
                    .max(Comparator.comparing(f -> f.getFileName().toString()))
                    .orElseThrow();
        }
        try (InputStream in = Files.newInputStream(mail)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static String utc(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(instant);
    }
}
