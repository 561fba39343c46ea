package org.expertportal.request.servicelevel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.RequestStatus;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-level figures: medians and 90th percentiles by MariaDB's PERCENTILE_CONT (which
 * skips nulls), periods by the bounds given (so weeks follow the office's zone across clock
 * changes). Each method is one statement on an index range (received time, delivery events).
 */
@Repository
@Transactional(readOnly = true)
class JpaServiceLevelQueries implements ServiceLevelQueries {

    private static final String FINISHED = "('CLOSED', 'DECLINED', 'CANCELLED')";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PeriodRow> received(List<Instant> bounds, Instant now) {
        // The period is worked out once per row (innermost), then the percentiles per period.
        Query query = em.createNativeQuery("select p, count(*), sum(answered), sum(within_target), sum(breach),"
                + " sum(pending), max(med), max(p90) from (select x.*,"
                + " percentile_cont(0.5) within group (order by x.minutes) over (partition by x.p) med,"
                + " percentile_cont(0.9) within group (order by x.minutes) over (partition by x.p) p90"
                + " from (select " + period("r.received_at", bounds) + " p, r.first_response_minutes minutes,"
                + " r.first_responded_at is not null answered,"
                + " coalesce(r.first_responded_at <= r.first_response_due_at, 0) within_target,"
                + " (r.first_responded_at > r.first_response_due_at or (r.first_responded_at is null"
                + "   and r.first_response_due_at < :now and r.status not in " + FINISHED + ")) breach,"
                + " (r.first_responded_at is null and r.first_response_due_at >= :now"
                + "   and r.status not in " + FINISHED + ") pending"
                + " from report_request r where r.received_at >= :b0 and r.received_at < :b" + (bounds.size() - 1)
                + ") x) t group by p order by p");
        bind(query, bounds);
        query.setParameter("now", now);
        return rows(query).stream()
                .map(row -> new PeriodRow(number(row[0]).intValue(), number(row[1]).longValue(),
                        number(row[2]).longValue(), number(row[3]).longValue(), number(row[4]).longValue(),
                        number(row[5]).longValue(), decimal(row[6]), decimal(row[7])))
                .toList();
    }

    @Override
    public List<DeliveryRow> delivered(List<Instant> bounds) {
        // First deliveries in the window: a delivery event with no earlier one for its request. The
        // window is a range of ix_request_event_to_status; the check, one of ix_request_event_request.
        Query query = em.createNativeQuery("select p, count(*), max(med) from (select x.p,"
                + " percentile_cont(0.5) within group (order by x.minutes) over (partition by x.p) med"
                + " from (select " + period("e.occurred_at", bounds) + " p,"
                + " timestampdiff(minute, r.received_at, e.occurred_at) minutes"
                + " from request_event e join report_request r on r.id = e.request_id"
                + " where e.to_status = 'DELIVERED' and e.occurred_at >= :b0 and e.occurred_at < :b"
                + (bounds.size() - 1)
                + " and not exists (select 1 from request_event earlier where earlier.request_id = e.request_id"
                + "   and earlier.to_status = 'DELIVERED' and earlier.occurred_at < e.occurred_at)) x) t"
                + " group by p order by p");
        bind(query, bounds);
        return rows(query).stream()
                .map(row -> new DeliveryRow(number(row[0]).intValue(), number(row[1]).longValue(), decimal(row[2])))
                .toList();
    }

    @Override
    public List<OpenRow> open() {
        // Left joins: a short request may name no country (docs/adr/039) and still counts as open work.
        return em.createQuery("select r.status, g.key, count(r) from ReportRequest r"
                        + " left join Country c on c.isoCode = r.countryCode left join c.region g"
                        + " where r.queueBucket <= 2 group by r.status, g.key", Object[].class)
                .getResultList().stream()
                .map(row -> new OpenRow((RequestStatus) row[0], (String) row[1], (Long) row[2]))
                .toList();
    }

    @Override
    public List<Breach> breaches(Instant since, Instant now, int limit) {
        return em.createQuery("select r.reference, r.receivedAt, r.firstResponseDueAt, r.firstRespondedAt,"
                        + " r.firstResponseMinutes from ReportRequest r where r.receivedAt >= :since"
                        + " and (r.firstRespondedAt > r.firstResponseDueAt or (r.firstRespondedAt is null"
                        + " and r.firstResponseDueAt < :now and r.status not in (:finished)))"
                        + " order by r.receivedAt desc, r.id desc", Object[].class)
                .setParameter("since", since)
                .setParameter("now", now)
                .setParameter("finished", List.of(RequestStatus.CLOSED, RequestStatus.DECLINED, RequestStatus.CANCELLED))
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new Breach((String) row[0], (Instant) row[1], (Instant) row[2], (Instant) row[3],
                        (Integer) row[4]))
                .toList();
    }

    /** {@code case when column < :b1 then 0 when column < :b2 then 1 ... end}. */
    private static String period(String column, List<Instant> bounds) {
        StringBuilder sql = new StringBuilder("case");
        for (int i = 1; i < bounds.size(); i++) {
            sql.append(" when ").append(column).append(" < :b").append(i).append(" then ").append(i - 1);
        }
        return sql.append(" end").toString();
    }

    private static void bind(Query query, List<Instant> bounds) {
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
