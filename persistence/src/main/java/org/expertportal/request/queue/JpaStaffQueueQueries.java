package org.expertportal.request.queue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.expertportal.identity.Role;
import org.expertportal.request.ExpertState;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.workbench.ExpertInstruction;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff queue in JPQL: one statement per page (and none joined to the country table), ordered on the stored urgency columns and
 * continued after the last line seen (keyset), so it walks index {@code ix_report_request_queue}
 * (or the status, assignee or country variant) from the cursor instead of counting rows off.
 */
@Repository
@Transactional(readOnly = true)
class JpaStaffQueueQueries implements StaffQueueQueries {

    private static final Pattern REFERENCE_START = Pattern.compile("(?i)ER(-[0-9]{0,4}(-[0-9]{0,6})?)?");

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<QueueLine> page(QueueFilter filter, Set<String> regionCountries, long me, Instant now,
            LocalDate today, QueueCursor after, int limit) {
        StringBuilder jpql = new StringBuilder("select r.id, r.reference, r.requesterName, r.requesterOrganisation,"
                + " r.countryCode, r.status, r.receivedAt, r.firstResponseDueAt, r.firstRespondedAt,"
                + " r.hearingDate, r.legalAid, r.assignedStaffId, a.displayName, e.name, r.expertState, i.dueDate,"
                + " r.queueBucket, r.queueKey, r.kind"
                // No join with the country table: MariaDB would then start from it and sort.
                + " from ReportRequest r"
                + " left join Account a on a.id = r.assignedStaffId"
                + " left join Expert e on e.id = r.expertId"
                + " left join ExpertInstruction i on i.requestId = r.id where ");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() == null) {
            // The bucket condition keeps the order index usable; 4 is the last bucket.
            jpql.append(filter.includeFinished() ? "r.queueBucket <= 4" : "r.queueBucket <= 2");
        } else {
            jpql.append("r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.regionKey() != null) {
            jpql.append(" and r.countryCode in (:regionCountries)");
            parameters.put("regionCountries", regionCountries.isEmpty() ? List.of("--") : List.copyOf(regionCountries));
        }
        if (filter.countryCode() != null) {
            jpql.append(" and r.countryCode = :country");
            parameters.put("country", filter.countryCode());
        }
        if (filter.themeKey() != null) {
            jpql.append(" and :theme member of r.themeKeys");
            parameters.put("theme", filter.themeKey());
        }
        if (filter.mine()) {
            jpql.append(" and r.assignedStaffId = :assignee");
            parameters.put("assignee", me);
        } else if (filter.unassigned()) {
            jpql.append(" and r.assignedStaffId is null");
        } else if (filter.assignee() != null) {
            jpql.append(" and r.assignedStaffId = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.expertId() != null) {
            jpql.append(" and r.expertId = :expert");
            parameters.put("expert", filter.expertId());
        }
        if (filter.legalAid() != null) {
            jpql.append(" and r.legalAid = :legalAid");
            parameters.put("legalAid", filter.legalAid());
        }
        if (filter.overdue()) {
            jpql.append(" and r.queueBucket = 0 and r.queueKey < :now");
            parameters.put("now", now);
        }
        if (filter.hearingWithinDays() != null) {
            jpql.append(" and r.hearingDate between :today and :hearingLimit");
            parameters.put("today", today);
            parameters.put("hearingLimit", today.plusDays(Math.max(0, filter.hearingWithinDays())));
        }
        if (filter.expertDueSoon()) {
            jpql.append(" and i.dueDate <= :expertDueLimit");
            parameters.put("expertDueLimit", today.plusDays(QueueFilter.EXPERT_DUE_SOON_DAYS));
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            if (REFERENCE_START.matcher(text).matches()) {
                jpql.append(" and r.reference like :text escape '\\'");
                parameters.put("text", escapeLike(text.toUpperCase(Locale.ROOT)) + "%");
            } else {
                jpql.append(" and (r.requesterName like :text escape '\\' or r.requesterOrganisation like :text"
                        + " escape '\\')");
                parameters.put("text", "%" + escapeLike(text) + "%");
            }
        }
        if (after != null) {
            // Spelled out rather than as a row comparison, so that MariaDB's range optimiser turns
            // it into ranges of the composite index.
            jpql.append(" and (r.queueBucket > :afterBucket or (r.queueBucket = :afterBucket"
                    + " and (r.queueKey > :afterKey or (r.queueKey = :afterKey and r.id > :afterId))))");
            parameters.put("afterBucket", (byte) after.bucket());
            parameters.put("afterKey", after.key());
            parameters.put("afterId", after.id());
        }
        jpql.append(" order by r.queueBucket, r.queueKey, r.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        List<QueueLine> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            lines.add(new QueueLine((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (RequestStatus) row[5], (Instant) row[6], (Instant) row[7], (Instant) row[8], (LocalDate) row[9],
                    (Boolean) row[10], (Long) row[11], (String) row[12], (String) row[13], (ExpertState) row[14],
                    (LocalDate) row[15], ((Number) row[16]).intValue(), (Instant) row[17],
                    (RequestKind) row[18]));
        }
        return lines;
    }

    @Override
    public Map<RequestStatus, Long> countByStatus() {
        Map<RequestStatus, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select r.status, count(r) from ReportRequest r group by r.status",
                Object[].class).getResultList()) {
            counts.put((RequestStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public List<StaffMember> staffMembers() {
        return em.createQuery("select a.id, a.displayName from Account a where a.enabled = true"
                        + " and a.role in (:roles) order by a.displayName, a.id", Object[].class)
                .setParameter("roles", List.of(Role.STAFF, Role.ADMIN))
                .getResultList().stream()
                .map(row -> new StaffMember((Long) row[0], (String) row[1]))
                .toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
