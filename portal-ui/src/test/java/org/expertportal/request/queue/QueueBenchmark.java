package org.expertportal.request.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.expertportal.database.SqlStatementCounter;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.SyntheticRequests;
import org.expertportal.request.servicelevel.ServiceLevelQueries;
import org.expertportal.request.servicelevel.ServiceLevelService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test of the build (its name matches no test pattern): a benchmark run on demand, see the
 * README ("Staff workbench"). On a synthetic data set (100,000 requests by default,
 * {@code -Dbenchmark.requests=N}) it prints the server time and the SQL statement count of the
 * first queue page, a page 1,000 pages deep, a filtered page and the dashboard, the same deep page
 * read with OFFSET for comparison, and MariaDB's plans for the queue queries.
 */
@SpringBootTest
@ActiveProfiles("test")
class QueueBenchmark {

    private static final int PAGE = 50;
    private static final int RUNS = 5;

    @Autowired
    SyntheticRequests synthetic;

    @Autowired
    StaffQueueService queue;

    @Autowired
    ServiceLevelService serviceLevel;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ServiceLevelQueries serviceLevelQueries;

    @Test
    void queue_and_dashboard_on_the_synthetic_data_set() {
        int requests = Integer.getInteger("benchmark.requests", 100_000);
        long started = System.nanoTime();
        synthetic.generate(requests, clock.instant());
        System.out.printf("%nSynthetic data: %,d requests in the database (generated in %,d ms)%n",
                jdbc.queryForObject("select count(*) from report_request", Long.class),
                (System.nanoTime() - started) / 1_000_000);
        System.out.printf("Open: %,d; all: %,d%n",
                jdbc.queryForObject("select count(*) from report_request where queue_bucket <= 2", Long.class),
                jdbc.queryForObject("select count(*) from report_request", Long.class));

        signIn("staff@demo.test");
        // The cursor a user has after scrolling through 999 pages of 50 (found here once, not timed).
        Map<String, Object> row = jdbc.queryForMap("select queue_bucket, queue_key, id from report_request"
                + " order by queue_bucket, queue_key, id limit 1 offset ?", 999 * PAGE - 1);
        QueueCursor deep = new QueueCursor(((Number) row.get("queue_bucket")).intValue(),
                ((Timestamp) row.get("queue_key")).toInstant(), ((Number) row.get("id")).longValue());
        QueueFilter filtered = new QueueFilter(RequestStatus.AWAITING_CLIENT, null, "IR", null, null, false, false,
                null, true, false, null, false, null, false);

        System.out.printf("%n%-44s %10s %10s %8s%n", "what", "median ms", "best ms", "SQL");
        QueuePage first = measure("queue, first page (open, 50)", () -> queue.page(QueueFilter.OPEN, null, PAGE));
        QueuePage thousandth = measure("queue, page 1,000 (all, keyset, 50)", () -> queue.page(QueueFilter.ALL, deep,
                PAGE));
        measure("queue, filtered (awaiting client, IR, aid)", () -> queue.page(filtered, null, PAGE));
        measure("queue, counts per status", () -> queue.countsByStatus());
        measure("same page 1,000 by OFFSET (plain SQL)", () -> jdbc.queryForList("select r.id from report_request r"
                + " order by r.queue_bucket, r.queue_key, r.id limit ? offset ?", PAGE, 999 * PAGE));
        signIn("admin@demo.test");
        measure("dashboard (13 weeks)", () -> serviceLevel.report());
        List<java.time.Instant> weeks = new java.util.ArrayList<>();
        for (int i = 13; i >= 0; i--) {
            weeks.add(clock.instant().minus(java.time.Duration.ofDays(7L * i)));
        }
        measure("  of which: received per week", () -> serviceLevelQueries.received(weeks, clock.instant()));
        measure("  of which: deliveries per week", () -> serviceLevelQueries.delivered(weeks));
        measure("  of which: open by status and region", () -> serviceLevelQueries.open());
        measure("  of which: breaches", () -> serviceLevelQueries.breaches(weeks.getFirst(), clock.instant(), 50));
        signIn("staff@demo.test");
        measure("my day", () -> serviceLevel.myDay());

        assertThat(first.lines()).hasSize(PAGE);
        assertThat(thousandth.lines()).hasSize(PAGE);

        // The statements as Hibernate writes them for these pages (same joins, conditions, order).
        String select = "select r.id from report_request r left join account a on a.id = r.assigned_staff_id"
                + " left join expert e on e.id = r.expert_id left join request_expert_instruction i"
                + " on i.request_id = r.id where ";
        String order = " order by r.queue_bucket, r.queue_key, r.id limit 50";
        explain("first page", select + "r.queue_bucket <= 2" + order);
        explain("page 1,000 (keyset)", select + "r.queue_bucket <= 4 and (r.queue_bucket > " + deep.bucket()
                + " or (r.queue_bucket = " + deep.bucket() + " and (r.queue_key > '" + Timestamp.from(deep.key())
                + "' or (r.queue_key = '" + Timestamp.from(deep.key()) + "' and r.id > " + deep.id() + "))))" + order);
        explain("filtered", select + "r.status = 'AWAITING_CLIENT' and r.country_code = 'IR' and r.legal_aid"
                + order);
        explain("dashboard: received", "select r.first_responded_at, r.first_response_due_at,"
                + " r.first_response_minutes, r.status from report_request r"
                + " where r.received_at >= now() - interval 13 week");
        explain("dashboard: first deliveries", "select e.request_id from request_event e"
                + " where e.to_status = 'DELIVERED' and e.occurred_at >= now() - interval 13 week"
                + " and not exists (select 1 from request_event earlier where earlier.request_id = e.request_id"
                + " and earlier.to_status = 'DELIVERED' and earlier.occurred_at < e.occurred_at)");
        SecurityContextHolder.clearContext();
    }

    private <T> T measure(String what, Supplier<T> use) {
        use.get();
        long[] times = new long[RUNS];
        long statements = 0;
        T result = null;
        for (int i = 0; i < RUNS; i++) {
            SqlStatementCounter.reset();
            long start = System.nanoTime();
            result = use.get();
            times[i] = System.nanoTime() - start;
            statements = SqlStatementCounter.count();
        }
        Arrays.sort(times);
        System.out.printf("%-44s %10.1f %10.1f %8s%n", what, times[RUNS / 2] / 1e6, times[0] / 1e6,
                what.contains("plain SQL") ? "1 (JDBC)" : String.valueOf(statements));
        return result;
    }

    private void explain(String what, String sql) {
        System.out.println("\nEXPLAIN " + what + ":");
        List<Map<String, Object>> plan = jdbc.queryForList("explain " + sql);
        for (Map<String, Object> step : plan) {
            System.out.printf("  table=%s type=%s key=%s rows=%s extra=%s%n", step.get("table"), step.get("type"),
                    step.get("key"), step.get("rows"), step.get("Extra"));
        }
    }

    private void signIn(String email) {
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
