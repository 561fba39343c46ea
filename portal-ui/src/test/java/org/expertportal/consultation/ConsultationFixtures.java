package org.expertportal.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.intake.IntakeOrigin;
import org.expertportal.request.intake.RequestSubmission;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff members, clients and requests for the consultation tests; every email is new. */
final class ConsultationFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ConsultationFixtures() {}

    static String newEmail(String who) {
        return who + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@consultations.test";
    }

    /** A staff account that can sign in (the demo staff member's password). */
    /**
     * A new staff member who can sign in: the demo staff's password, and two-factor enrolled (staff
     * must be, or every page sends them to enrolment).
     */
    static String newStaff(JdbcTemplate jdbc, org.expertportal.account.TwoFactorService twoFactor) {
        String email = newEmail("staff");
        jdbc.update("insert into account (version, email, display_name, role, password_hash, must_change_password,"
                + " enabled, created_at, organisation_admin) select 0, ?, 'Test Staff', 'STAFF', password_hash, false,"
                + " true, now(6), false from account where email = 'staff@demo.test'", email);
        if (!twoFactor.provision(email, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")) {
            throw new IllegalStateException("test staff not enrolled");
        }
        return email;
    }

    static RequestSubmission form(String email) {
        return new RequestSubmission(RequesterKind.APPLICANT, "Test Applicant", null, email, null, null,
                ContactChannel.EMAIL, true, false, false, "MN", List.of(), CaseStage.APPEAL, null, true, "en", null,
                Set.of(RequestedService.CONSULTATION), true, "");
    }

    static IntakeOrigin origin() {
        return new IntakeOrigin("203.0.113." + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                ZoneId.of("Asia/Ulaanbaatar"), Locale.ENGLISH);
    }

    /** Lets a client account sign in with the demo client's password. */
    static void activate(JdbcTemplate jdbc, String email) {
        jdbc.update("update account set password_hash = (select h from (select password_hash h from account"
                + " where email = 'client@demo.test') d) where email = ?", email);
    }

    /**
     * Only extra hours on one date, {@code days} ahead, at an odd minute no other staff member in
     * the tests offers: the slots are this person's alone.
     */
    static AvailabilitySettings oddHours(java.time.Clock clock, int days, LocalTime from, LocalTime to) {
        LocalDate date = ZonedDateTime.now(clock.withZone(LONDON)).toLocalDate().plusDays(days);
        return new AvailabilitySettings(LONDON, List.of(),
                List.of(AvailabilityException.extraHours(date, from, to)), 30, 0, 120, 30,
                Optional.of("https://meet.example.org/test-" + SEQUENCE.incrementAndGet()), true);
    }

    static List<WeeklyHours> weekdays() {
        return java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                .map(day -> new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList();
    }
}
