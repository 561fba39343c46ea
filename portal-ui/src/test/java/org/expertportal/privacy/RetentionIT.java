package org.expertportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.expertportal.document.Pdfs;
import org.expertportal.request.intake.IntakeFixtures;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.tracking.RequestTrackingService;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention job, driven with a fixed "now": a finished request past the period is warned once,
 * 30 days ahead, and anonymised no sooner than 30 days after the warning; an open request of the
 * same age and a recent finished one are left alone.
 */
class RetentionIT extends KaribuTest {

    @Autowired
    RetentionJob job;

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_finished_request_is_warned_once_then_anonymised_and_others_are_left_alone() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant periodAgo = now.atOffset(ZoneOffset.UTC).minusMonths(24).toInstant();
        String client = PrivacyFixtures.newEmail("retained");
        String soonDue = intake.submit(PrivacyFixtures.form(client, "Rustam Retained", "Old case", clock),
                PrivacyFixtures.origin()).reference();
        String overdue = IntakeFixtures.confirmedRequest(context, client,
                PrivacyFixtures.form(client, "Rustam Retained", "Older case", clock));
        String stillOpen = IntakeFixtures.confirmedRequest(context, client,
                PrivacyFixtures.form(client, "Rustam Retained", "Open case", clock));
        String recent = IntakeFixtures.confirmedRequest(context, client,
                PrivacyFixtures.form(client, "Rustam Retained", "Recent case", clock));
        PrivacyFixtures.activate(jdbc, client, "Rustam Retained");
        signIn(client);
        tracking.uploadCaseDocument(overdue, "decision.pdf", new ByteArrayInputStream(Pdfs.withPages(1)));
        for (String reference : new String[] {soonDue, overdue, recent}) {
            tracking.cancel(reference, "No longer needed");
        }
        signOut();
        lastActivity(soonDue, periodAgo.plus(Duration.ofDays(10)));
        lastActivity(overdue, periodAgo.minus(Duration.ofDays(40)));
        lastActivity(stillOpen, periodAgo.minus(Duration.ofDays(400)));

        var first = job.run(now);
        assertThat(first.warned()).isGreaterThanOrEqualTo(2);
        assertThat(warnedAt(soonDue)).isEqualTo(now);
        assertThat(warnedAt(overdue)).as("past the period, but never anonymised without a warning first")
                .isEqualTo(now);
        assertThat(anonymisedAt(overdue)).isNull();
        assertThat(warnedAt(stillOpen)).isNull();
        assertThat(warnedAt(recent)).isNull();
        assertThat(warnings(soonDue)).isEqualTo(1);
        assertThat(warnings(overdue)).isEqualTo(1);

        // The next rounds, the same day and a week later: no second warning, nothing anonymised yet.
        job.run(now.plus(Duration.ofHours(6)));
        job.run(now.plus(Duration.ofDays(7)));
        assertThat(warnings(soonDue)).isEqualTo(1);
        assertThat(warnings(overdue)).isEqualTo(1);
        assertThat(anonymisedAt(overdue)).isNull();
        assertThat(anonymisedAt(soonDue)).isNull();

        // 30 days after the warning both are past the period: anonymised, documents gone.
        Instant later = now.plus(Duration.ofDays(30));
        var second = job.run(later);
        assertThat(second.anonymised()).isGreaterThanOrEqualTo(2);
        for (String reference : new String[] {soonDue, overdue}) {
            var row = jdbc.queryForMap("select * from report_request where reference = ?", reference);
            assertThat(anonymisedAt(reference)).as(reference).isEqualTo(later);
            assertThat(row.get("requester_name")).isEqualTo("Erased user");
            assertThat(row.get("email")).isEqualTo("erased@erased.invalid");
            assertThat(row.get("summary")).isNull();
            assertThat(row.get("consent_version")).isEqualTo("2026-11");
        }
        assertThat(jdbc.queryForObject("select count(*) from request_document rd join report_request r"
                + " on r.id = rd.request_id where r.reference = ?", Long.class, overdue)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from request_event e join report_request r"
                + " on r.id = e.request_id where r.reference = ? and e.public_note = 'No longer needed'", Long.class,
                overdue)).isZero();

        // Left alone: the open request, however old, and the recent finished one; the account too.
        assertThat(anonymisedAt(stillOpen)).isNull();
        assertThat(anonymisedAt(recent)).isNull();
        assertThat(jdbc.queryForObject("select summary from report_request where reference = ?", String.class,
                recent)).isEqualTo("Recent case");
        assertThat(jdbc.queryForObject("select enabled from account where email = ?", Boolean.class, client)).isTrue();

        // A later round finds nothing more to do for these requests.
        job.run(later.plus(Duration.ofDays(1)));
        assertThat(warnings(soonDue)).isEqualTo(1);
    }

    private void lastActivity(String reference, Instant at) {
        // The database keeps UTC (hibernate.jdbc.time_zone), whatever the JVM's zone.
        jdbc.update("update report_request set last_activity_at = ? where reference = ?",
                at.atOffset(ZoneOffset.UTC).toLocalDateTime(), reference);
    }

    private Instant warnedAt(String reference) {
        return utc("select retention_warned_at from report_request where reference = ?", reference);
    }

    private Instant anonymisedAt(String reference) {
        return utc("select anonymised_at from report_request where reference = ?", reference);
    }

    private Instant utc(String query, String reference) {
        LocalDateTime at = jdbc.queryForObject(query, LocalDateTime.class, reference);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }

    private long warnings(String reference) {
        return jdbc.queryForObject("select count(*) from notification_outbox where reference = ?"
                + " and alert_type = 'RETENTION_WARNING'", Long.class, reference);
    }
}
