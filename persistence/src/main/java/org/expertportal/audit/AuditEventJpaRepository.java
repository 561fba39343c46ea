package org.expertportal.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Only {@code save} and queries: Spring Data adds nothing that could change or remove an entry. */
interface AuditEventJpaRepository extends Repository<AuditEvent, Long>, AuditEventRepository {

    @Override
    default List<AuditEvent> search(AuditFilter filter, int page, int pageSize) {
        return findMatching(filter.actorAccountId(), filter.action(), filter.targetType(), filter.targetId(),
                filter.from(), filter.until(), PageRequest.of(page, pageSize));
    }

    @Override
    default long count(AuditFilter filter) {
        return countMatching(filter.actorAccountId(), filter.action(), filter.targetType(), filter.targetId(),
                filter.from(), filter.until());
    }

    @Query("""
            select e from AuditEvent e
            where (:actor is null or e.actorAccountId = :actor) and (:action is null or e.action = :action)
              and (:targetType is null or e.targetType = :targetType)
              and (:targetId is null or e.targetId = :targetId)
              and (:from is null or e.occurredAt >= :from) and (:until is null or e.occurredAt < :until)
            order by e.occurredAt desc, e.id desc""")
    List<AuditEvent> findMatching(
            @Param("actor") Long actor,
            @Param("action") AuditAction action,
            @Param("targetType") String targetType,
            @Param("targetId") String targetId,
            @Param("from") Instant from,
            @Param("until") Instant until,
            Pageable page);

    @Query("""
            select count(e) from AuditEvent e
            where (:actor is null or e.actorAccountId = :actor) and (:action is null or e.action = :action)
              and (:targetType is null or e.targetType = :targetType)
              and (:targetId is null or e.targetId = :targetId)
              and (:from is null or e.occurredAt >= :from) and (:until is null or e.occurredAt < :until)""")
    long countMatching(
            @Param("actor") Long actor,
            @Param("action") AuditAction action,
            @Param("targetType") String targetType,
            @Param("targetId") String targetId,
            @Param("from") Instant from,
            @Param("until") Instant until);
}
