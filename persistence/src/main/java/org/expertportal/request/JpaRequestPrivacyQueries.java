package org.expertportal.request;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The domain's {@link RequestPrivacyQueries} in JPQL, on the retention index of migration 0080. */
@Repository
@Transactional(readOnly = true)
class JpaRequestPrivacyQueries implements RequestPrivacyQueries {

    private static final String FINISHED_NOT_ANONYMISED = " from ReportRequest r where r.anonymisedAt is null"
            + " and r.status in (org.expertportal.request.RequestStatus.CLOSED,"
            + " org.expertportal.request.RequestStatus.DECLINED, org.expertportal.request.RequestStatus.CANCELLED)"
            + " and r.lastActivityAt <= :cutoff";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ReportRequest> ownedBy(long clientAccountId) {
        return em.createQuery("select r from ReportRequest r where r.clientAccountId = :account order by r.id",
                        ReportRequest.class)
                .setParameter("account", clientAccountId)
                .getResultList();
    }

    @Override
    public List<Long> dueForRetentionWarning(Instant lastActivityBefore, int limit) {
        return em.createQuery("select r.id" + FINISHED_NOT_ANONYMISED + " and r.retentionWarnedAt is null order by r.id",
                        Long.class)
                .setParameter("cutoff", lastActivityBefore)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> dueForAnonymisation(Instant lastActivityBefore, Instant warnedBefore, int limit) {
        return em.createQuery("select r.id" + FINISHED_NOT_ANONYMISED + " and r.retentionWarnedAt <= :warned"
                        + " order by r.id", Long.class)
                .setParameter("cutoff", lastActivityBefore)
                .setParameter("warned", warnedBefore)
                .setMaxResults(limit)
                .getResultList();
    }
}
