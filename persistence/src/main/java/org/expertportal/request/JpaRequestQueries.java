package org.expertportal.request;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.expertportal.request.clock.ClockAlert;
import org.expertportal.request.intake.IntakeAttempt;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The domain's {@link RequestQueries} in JPQL; every query runs on an index of migration 0016. */
@Repository
@Transactional(readOnly = true)
class JpaRequestQueries implements RequestQueries {

    private static final String VISIBLE = " from ReportRequest r where r.clientAccountId = :account"
            + " or (:organisation is not null and r.organisationId = :organisation)";

    private static final String VISIBLE_MATCHING = " from ReportRequest r where (r.clientAccountId = :account"
            + " or (:organisation is not null and r.organisationId = :organisation))"
            + " and (lower(r.reference) like :pattern escape '!'"
            + " or lower(coalesce(r.clientReference, '')) like :pattern escape '!')";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ReportRequest> visibleTo(long accountId, Long organisationId, int offset, int limit) {
        return em.createQuery("select r" + VISIBLE + " order by r.lastActivityAt desc, r.id desc", ReportRequest.class)
                .setParameter("account", accountId)
                .setParameter("organisation", organisationId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<RequestHeadline> headlinesVisibleTo(long accountId, Long organisationId, int limit) {
        return em.createQuery("select new org.expertportal.request.RequestHeadline(r.id, r.reference, r.countryCode,"
                        + " r.status, r.hearingDate, r.lastActivityAt, r.clientReference)" + VISIBLE + " order by r.lastActivityAt desc, r.id desc",
                        RequestHeadline.class)
                .setParameter("account", accountId)
                .setParameter("organisation", organisationId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ReportRequest> visibleTo(long accountId, Long organisationId, String search, int offset, int limit) {
        return em.createQuery("select r" + VISIBLE_MATCHING + " order by r.lastActivityAt desc, r.id desc",
                        ReportRequest.class)
                .setParameter("account", accountId)
                .setParameter("organisation", organisationId)
                .setParameter("pattern", pattern(search))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countVisibleTo(long accountId, Long organisationId, String search) {
        return em.createQuery("select count(r)" + VISIBLE_MATCHING, Long.class)
                .setParameter("account", accountId)
                .setParameter("organisation", organisationId)
                .setParameter("pattern", pattern(search))
                .getSingleResult();
    }

    /** "contains", with the user's own wildcards and the escape character ({@code !}) taken literally. */
    private static String pattern(String search) {
        String literal = search.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }

    @Override
    public long countVisibleTo(long accountId, Long organisationId) {
        return em.createQuery("select count(r)" + VISIBLE, Long.class)
                .setParameter("account", accountId)
                .setParameter("organisation", organisationId)
                .getSingleResult();
    }

    @Override
    public List<ReportRequest> dueForWarning(Instant now, int limit) {
        return em.createQuery("select r from ReportRequest r where r.firstRespondedAt is null"
                        + " and r.responseWarningAt <= :now and not exists (select a from ClockAlert a"
                        + " where a.requestId = r.id and a.kind = org.expertportal.request.clock.ClockAlert.Kind.WARNING)"
                        + " order by r.responseWarningAt", ReportRequest.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ReportRequest> dueForEscalation(Instant now, int limit) {
        return em.createQuery("select r from ReportRequest r where r.firstRespondedAt is null"
                        + " and r.responseEscalationAt <= :now and not exists (select a from ClockAlert a"
                        + " where a.requestId = r.id and a.kind = org.expertportal.request.clock.ClockAlert.Kind.ESCALATION)"
                        + " order by r.responseEscalationAt", ReportRequest.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countIntakeSince(String addressHash, String emailHash, Instant since) {
        long byAddress = em.createQuery("select count(a) from IntakeAttempt a where a.addressHash = :hash"
                        + " and a.attemptedAt >= :since", Long.class)
                .setParameter("hash", addressHash)
                .setParameter("since", since)
                .getSingleResult();
        long byEmail = em.createQuery("select count(a) from IntakeAttempt a where a.emailHash = :hash"
                        + " and a.attemptedAt >= :since", Long.class)
                .setParameter("hash", emailHash)
                .setParameter("since", since)
                .getSingleResult();
        return Math.max(byAddress, byEmail);
    }
}
