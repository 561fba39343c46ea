package org.expertportal.consultation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The domain's {@link ConsultationQueries}: JPQL projections, one statement each. */
@Repository
@Transactional(readOnly = true)
class JpaConsultationQueries implements ConsultationQueries {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<UpcomingConsultation> upcomingVisibleTo(long accountId, Long organisationId, Instant now, int limit) {
        return em.createQuery("select new org.expertportal.consultation.UpcomingConsultation(c.requestReference,"
                        + " c.startAt, c.endAt, e.name) from Consultation c join ReportRequest r on r.id = c.requestId"
                        + " left join Expert e on e.id = r.expertId"
                        + " and r.expertState = org.expertportal.request.ExpertState.ASSIGNED"
                        + " where c.status = org.expertportal.consultation.ConsultationStatus.BOOKED and c.endAt > :now"
                        + " and (r.clientAccountId = :account"
                        + " or (:organisation is not null and r.organisationId = :organisation))"
                        + " order by c.startAt, c.id", UpcomingConsultation.class)
                .setParameter("account", accountId)
                .setParameter("organisation", organisationId)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }
}
