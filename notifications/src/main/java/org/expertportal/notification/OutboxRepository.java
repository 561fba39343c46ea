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
     * The recipient's other due digest alerts, locked like {@link #lockNextDue}: they go out in the
     * same email as the one just claimed.
     */
    @Query(value = """
            SELECT * FROM notification_outbox
            WHERE status = 'PENDING' AND digest = TRUE AND recipient_account_id = :recipient
              AND next_attempt_at <= :now AND id <> :claimed
            ORDER BY id
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxAlert> lockDueDigestCompanions(
            @Param("recipient") long recipient, @Param("now") Instant now, @Param("claimed") long claimed);

    /**
     * The other pending updates of the same request for the same recipient, locked like
     * {@link #lockNextDue}: they go out in the same email as the one just claimed (docs/adr/038),
     * whether or not their own window has ended. On a first attempt only alerts never claimed join
     * (one that is leased to another dispatcher is skipped); on a retry only those that failed with
     * it and are due again, so that a repeat with the same Message-ID never carries news the first
     * attempt lacked.
     */
    @Query(value = """
            SELECT * FROM notification_outbox
            WHERE status = 'PENDING' AND digest = FALSE AND alert_type = :type
              AND recipient_account_id = :recipient AND reference = :reference AND id <> :claimed
              AND ((:retry = FALSE AND attempts = 0) OR (:retry = TRUE AND attempts > 0 AND next_attempt_at <= :now))
            ORDER BY id
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxAlert> lockRequestCompanions(
            @Param("type") String type,
            @Param("recipient") long recipient,
            @Param("reference") String reference,
            @Param("claimed") long claimed,
            @Param("retry") boolean retry,
            @Param("now") Instant now);

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
