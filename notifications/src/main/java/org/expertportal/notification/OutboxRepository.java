package org.expertportal.notification;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxAlert, Long> {

    /**
     * The oldest due alert, locked for this transaction; alerts another dispatcher holds are
     * skipped rather than waited for. The (status, next_attempt_at) index keeps the scan, and the
     * locks, to due rows.
     */
    @Query(value = """
            SELECT * FROM notification_outbox
            WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    Optional<OutboxAlert> lockNextDue(@Param("now") Instant now);

    /**
     * The alert, locked until the transaction ends: every change after the claim reads and writes
     * through this, so that the dispatcher and an administrator never overwrite each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from OutboxAlert o where o.id = :id")
    Optional<OutboxAlert> lockById(@Param("id") long id);

    @Query("""
            select o from OutboxAlert o
            where (:status is null or o.status = :status) and (:type is null or o.type = :type)
              and (:from is null or o.createdAt >= :from) and (:until is null or o.createdAt < :until)
            order by o.createdAt desc, o.id desc""")
    List<OutboxAlert> search(
            @Param("status") OutboxStatus status,
            @Param("type") AlertType type,
            @Param("from") Instant from,
            @Param("until") Instant until,
            Pageable page);

    @Query("""
            select count(o) from OutboxAlert o
            where (:status is null or o.status = :status) and (:type is null or o.type = :type)
              and (:from is null or o.createdAt >= :from) and (:until is null or o.createdAt < :until)""")
    long countMatching(
            @Param("status") OutboxStatus status,
            @Param("type") AlertType type,
            @Param("from") Instant from,
            @Param("until") Instant until);

    List<OutboxAlert> findByRecipientAccountId(long recipientAccountId);
}
