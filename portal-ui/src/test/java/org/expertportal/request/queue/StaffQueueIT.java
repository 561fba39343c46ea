package org.expertportal.request.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.expertportal.database.SqlStatementCounter;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.clock.OfficeCalendar;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.RequestSubmission;
import org.expertportal.request.servicelevel.ServiceLevelService;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff queue: urgency order on a fixture (overdue, nearly due, answered with a near hearing,
 * with a far hearing, old, newer), keyset paging, filters, and a statement count per page that
 * does not grow with the page size or the depth.
 */
class StaffQueueIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    StaffQueueService queue;

    @Autowired
    ServiceLevelService serviceLevel;

    @Autowired
    JdbcTemplate jdbc;

    private String token;
    private final List<String> expected = new ArrayList<>();

    @BeforeEach
    void sixRequestsOfEveryKindOfUrgency() {
        token = "Queue" + System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = officeToday();
        String old = submit("old");
        String nearHearing = submit("near");
        String overdue = submit("overdue");
        String farHearing = submit("far");
        String newer = submit("newer");
        String nearlyDue = submit("nearly");
        // Unanswered: overdue by an hour; due in ten minutes.
        clock(overdue, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), null, null);
        clock(nearlyDue, now.minus(Duration.ofMinutes(50)), now.plus(Duration.ofMinutes(10)), null, null);
        // Answered: hearings in 3 and 60 days; no hearing, received 30 and 2 days ago.
        clock(nearHearing, now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)).plusSeconds(3600),
                now.minus(Duration.ofDays(1)).plusSeconds(600), today.plusDays(3));
        clock(farHearing, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)).plusSeconds(3600),
                now.minus(Duration.ofDays(3)).plusSeconds(600), today.plusDays(60));
        clock(old, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(30)).plusSeconds(3600),
                now.minus(Duration.ofDays(30)).plusSeconds(600), null);
        clock(newer, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)).plusSeconds(3600),
                now.minus(Duration.ofDays(2)).plusSeconds(600), null);
        expected.addAll(List.of(overdue, nearlyDue, nearHearing, farHearing, old, newer));
        signIn("staff@demo.test");
    }

    private String submit(String what) {
        var form = new RequestSubmission(RequesterKind.APPLICANT, token + " " + what, null,
                RequestFixtures.newEmail(what), null, null, ContactChannel.EMAIL, true, false, false, "IR",
                List.of("political-persecution"), CaseStage.APPEAL, null, false, "en", null,
                Set.of(RequestedService.FULL_REPORT), true, "");
        return intake.submit(form, RequestFixtures.origin()).reference();
    }

    private void clock(String reference, Instant received, Instant due, Instant responded, LocalDate hearing) {
        jdbc.update("update report_request set received_at = ?, first_response_due_at = ?, first_responded_at = ?,"
                        + " first_response_minutes = ?, hearing_date = ?, status = ? where reference = ?",
                Timestamp.from(received), Timestamp.from(due), responded == null ? null : Timestamp.from(responded),
                responded == null ? null : (int) Duration.between(received, responded).toMinutes(), hearing,
                responded == null ? "SUBMITTED" : "ACKNOWLEDGED", reference);
    }

    private QueueFilter mine() {
        return QueueFilter.OPEN.withText(token);
    }

    @Test
    void overdue_first_then_least_time_left_then_the_nearest_hearing_then_the_oldest() {
        assertThat(queue.page(mine(), null, 50).lines()).extracting(QueueLine::reference).containsExactlyElementsOf(expected);
        assertThat(queue.page(mine(), null, 50).lines().getFirst().waitingForFirstResponse()).isTrue();
    }

    @Test
    void keyset_pages_of_two_walk_the_same_order_without_gaps_or_repeats() {
        List<String> walked = new ArrayList<>();
        QueueCursor after = null;
        int pages = 0;
        do {
            QueuePage page = queue.page(mine(), after, 2);
            page.lines().forEach(line -> walked.add(line.reference()));
            after = page.next().orElse(null);
            pages++;
        } while (after != null && pages < 10);
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void filters_narrow_the_queue() {
        assertThat(queue.page(mine().withStatus(RequestStatus.SUBMITTED), null, 50).lines())
                .extracting(QueueLine::reference).containsExactly(expected.get(0), expected.get(1));
        var overdueOnly = new QueueFilter(null, null, null, null, null, false, false, null, null, true, null, false,
                token, false);
        assertThat(queue.page(overdueOnly, null, 50).lines()).extracting(QueueLine::reference)
                .containsExactly(expected.get(0));
        var hearingSoon = new QueueFilter(null, null, null, null, null, false, false, null, null, false, 7, false,
                token, false);
        assertThat(queue.page(hearingSoon, null, 50).lines()).extracting(QueueLine::reference)
                .containsExactly(expected.get(2));
        var middleEast = new QueueFilter(null, "middle-east", "IR", "political-persecution", null, false, true, null,
                false, false, null, false, token, false);
        assertThat(queue.page(middleEast, null, 50).lines()).hasSize(6);
        var elsewhere = new QueueFilter(null, null, "MN", null, null, false, false, null, null, false, null, false,
                token, false);
        assertThat(queue.page(elsewhere, null, 50).lines()).isEmpty();
        assertThat(queue.page(QueueFilter.OPEN.withText(expected.get(3)), null, 50).lines())
                .extracting(QueueLine::reference).containsExactly(expected.get(3));
        var mineOnly = new QueueFilter(null, null, null, null, null, true, false, null, null, false, null, false,
                token, false);
        assertThat(queue.page(mineOnly, null, 50).lines()).isEmpty();
        assertThat(queue.countsByStatus().get(RequestStatus.SUBMITTED)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void one_page_costs_the_same_statements_whatever_its_size_or_depth() {
        long small = statements(() -> queue.page(QueueFilter.OPEN, null, 1));
        long large = statements(() -> queue.page(QueueFilter.OPEN, null, 200));
        QueueCursor deep = queue.page(QueueFilter.OPEN, null, 5).lines().getLast().cursor();
        long deeper = statements(() -> queue.page(QueueFilter.OPEN, deep, 50));
        long filtered = statements(() -> queue.page(mine().withStatus(RequestStatus.ACKNOWLEDGED), null, 50));
        assertThat(queue.page(QueueFilter.OPEN, null, 200).lines().size()).isGreaterThan(6);
        assertThat(large).isEqualTo(small).isEqualTo(deeper).isEqualTo(filtered).isLessThanOrEqualTo(2);
        long counts = statements(() -> queue.countsByStatus());
        assertThat(counts).isLessThanOrEqualTo(2);
    }

    @Test
    void the_dashboard_costs_a_fixed_number_of_statements_as_requests_grow() {
        signIn("admin@demo.test");
        long before = statements(() -> serviceLevel.report());
        submit("more");
        submit("evenmore");
        long after = statements(() -> serviceLevel.report());
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(6);
        var thisWeek = serviceLevel.report().weeks().getLast();
        assertThat(serviceLevel.report().weeks()).hasSize(ServiceLevelService.PAST_WEEKS + 1);
        assertThat(thisWeek.received()).isGreaterThanOrEqualTo(3);
        assertThat(serviceLevel.report().breaches()).extracting(breach -> breach.reference()).contains(expected.get(0));
    }

    @Test
    void clients_and_anonymous_visitors_have_no_queue() {
        signIn("client@demo.test");
        assertThatThrownBy(() -> queue.page(QueueFilter.OPEN, null, 10)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> serviceLevel.myDay()).isInstanceOf(NotPermittedException.class);
        signIn("staff@demo.test");
        assertThatThrownBy(() -> serviceLevel.report()).isInstanceOf(NotPermittedException.class);
        signOut();
        assertThatThrownBy(() -> queue.page(QueueFilter.OPEN, null, 10)).isInstanceOf(NotPermittedException.class);
    }

    private static long statements(Runnable use) {
        SqlStatementCounter.reset();
        use.run();
        return SqlStatementCounter.count();
    }

    /** "Today" as the office counts it (portal.response.zone), by the application's clock. */
    private LocalDate officeToday() {
        return context.getBean(org.expertportal.request.clock.OfficeCalendar.class).today(clock.instant());
    }
}
