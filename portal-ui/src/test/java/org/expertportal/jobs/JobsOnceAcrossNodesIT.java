package org.expertportal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.expertportal.TestClock;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.intake.IntakeFixtures;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Several portal nodes run the same scheduled jobs against one database (docs/adr/045): each job
 * here runs from two threads at the same moment, as two nodes whose schedules coincide, and every
 * alert it owes goes out exactly once per recipient. What makes it so is in the database, never in
 * a node's memory: the clock alert's unique key, the consultation row lock with the cleared
 * reminder, the request's version for the retention warning. (The outbox's own claim is tested by
 * DeliveryUnderFailureIT, two dispatchers at once.)
 */
class JobsOnceAcrossNodesIT extends KaribuTest {

    private static final int ITEMS = 4;

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_response_clock_warns_and_escalates_once_when_two_nodes_run_it_together() throws Exception {
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ((TestClock) clock).fixAt(start);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            references.add(intake.submit(RequestFixtures.form(RequestFixtures.newEmail("clock"), clock),
                    RequestFixtures.origin()).reference());
        }
        ((TestClock) clock).fixAt(start.plus(Duration.ofMinutes(61)));

        bothNodesRun(job("org.expertportal.request.clock.ResponseClockJob"), "check");

        for (String reference : references) {
            assertThat(jdbc.queryForObject("select count(*) from request_clock_alert a join report_request r"
                    + " on r.id = a.request_id where r.reference = ?", Long.class, reference))
                    .as("warning and escalation of %s, recorded once each", reference).isEqualTo(2);
            assertOncePerRecipient(reference, "REQUEST_RESPONSE_DUE_SOON");
            assertOncePerRecipient(reference, "REQUEST_RESPONSE_OVERDUE");
        }
    }

    @Test
    void a_consultation_reminder_goes_once_when_two_nodes_run_the_job_together() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ((TestClock) clock).fixAt(now);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            String email = RequestFixtures.newEmail("reminded");
            String reference = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin()).reference();
            references.add(reference);
            // A booked consultation tomorrow, its day reminder due a minute ago (booking itself is
            // ConsultationBookingIT's subject).
            Instant startAt = now.plus(Duration.ofHours(20)).plusSeconds(i * 7L + (System.nanoTime() % 3600));
            jdbc.update("""
                    insert into consultation (version, uid, request_id, request_reference, client_account_id,
                      staff_account_id, start_at, end_at, held_start_at, status, sequence, client_zone, staff_zone,
                      booked_at, changed_at, day_reminder_at)
                    select 0, ?, r.id, r.reference, r.client_account_id, s.id, ?, ?, ?, 'BOOKED', 0, 'Europe/London',
                      'Europe/London', ?, ?, ?
                    from report_request r, account s where r.reference = ? and s.email = 'staff@demo.test'""",
                    "jobs-once-" + System.nanoTime() + "-" + i, utc(startAt), utc(startAt.plus(Duration.ofMinutes(30))),
                    utc(startAt), utc(now), utc(now), utc(now.minus(Duration.ofMinutes(1))), reference);
        }

        bothNodesRun(job("org.expertportal.consultation.ConsultationReminderJob"), "remind");

        for (String reference : references) {
            assertThat(jdbc.queryForObject("select count(*) from notification_outbox where reference = ?"
                    + " and alert_type = 'CONSULTATION_REMINDER'", Long.class, reference))
                    .as("the client's and the staff member's reminder for %s", reference).isEqualTo(2);
            assertOncePerRecipient(reference, "CONSULTATION_REMINDER");
        }
    }

    @Test
    void the_retention_warning_goes_once_when_two_nodes_run_the_job_together() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ((TestClock) clock).fixAt(now);
        String client = RequestFixtures.newEmail("retained");
        List<String> references = new ArrayList<>();
        references.add(intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference());
        for (int i = 1; i < ITEMS; i++) {
            references.add(IntakeFixtures.confirmedRequest(context, client, RequestFixtures.form(client, clock)));
        }
        RequestFixtures.activate(jdbc, client);
        signIn(client);
        for (String reference : references) {
            tracking.cancel(reference, "No longer needed");
        }
        signOut();
        Instant longAgo = now.atOffset(ZoneOffset.UTC).minusMonths(25).toInstant();
        for (String reference : references) {
            jdbc.update("update report_request set last_activity_at = ? where reference = ?", utc(longAgo), reference);
        }

        Object job = job("org.expertportal.privacy.RetentionJob");
        bothNodesRun(job, "scheduled");

        for (String reference : references) {
            assertThat(jdbc.queryForObject("select count(*) from notification_outbox where reference = ?"
                    + " and alert_type = 'RETENTION_WARNING'", Long.class, reference))
                    .as("the client's retention warning for %s", reference).isEqualTo(1);
            assertThat(jdbc.queryForObject("select retention_warned_at from report_request where reference = ?",
                    LocalDateTime.class, reference)).isEqualTo(utc(now));
        }
    }

    /** The job bean (package-private, as jobs are), found by its class name. */
    private Object job(String className) throws ClassNotFoundException {
        return context.getBean(Class.forName(className));
    }

    /** Two threads, as two nodes, start the job's scheduled method at the same moment; both finish. */
    private static void bothNodesRun(Object job, String method) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> nodes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int node = 0; node < 2; node++) {
                nodes.add(pool.submit(() -> {
                    go.await();
                    ReflectionTestUtils.invokeMethod(job, method);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> node : nodes) {
                node.get();
            }
        }
    }

    private void assertOncePerRecipient(String reference, String type) {
        List<Long> counts = jdbc.queryForList("select count(*) from notification_outbox where reference = ?"
                + " and alert_type = ? group by recipient_account_id", Long.class, reference, type);
        assertThat(counts).as("%s alerts of %s, per recipient", type, reference).isNotEmpty().containsOnly(1L);
    }

    private static LocalDateTime utc(Instant at) {
        // The database keeps UTC (hibernate.jdbc.time_zone), whatever the JVM's zone.
        return at.atOffset(ZoneOffset.UTC).toLocalDateTime();
    }
}
