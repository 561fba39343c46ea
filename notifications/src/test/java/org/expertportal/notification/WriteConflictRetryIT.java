package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's transactions meet a real write conflict on MariaDB and run again (docs/adr/043).
 * On a Galera cluster the conflict is a failed certification at commit, reported as error 1213,
 * SQLSTATE 40001, the whole transaction rolled back; one server gives the same error for a
 * deadlock, which two connections make here: the test's own connection plays the other node.
 */
class WriteConflictRetryIT extends MailTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void probeTables() {
        jdbc.execute("CREATE TABLE write_conflict_probe (id INT PRIMARY KEY, hits INT NOT NULL)");
        jdbc.execute("INSERT INTO write_conflict_probe VALUES (1, 0), (2, 0)");
        jdbc.execute("CREATE TABLE write_conflict_ballast (id INT AUTO_INCREMENT PRIMARY KEY, filler INT)");
    }

    @AfterEach
    void dropProbeTables() {
        jdbc.execute("DROP TABLE IF EXISTS write_conflict_probe");
        jdbc.execute("DROP TABLE IF EXISTS write_conflict_ballast");
    }

    @Test
    void a_transaction_that_loses_a_write_conflict_runs_again_from_the_start_and_succeeds() throws Exception {
        var transactions = new TransactionTemplate(transactionManager);
        var attempts = new AtomicInteger();
        var firstRowHeld = new CountDownLatch(1);
        CompletableFuture<Integer> work;

        // The other node: rows 2 then 1. Its ballast makes it the heavier transaction, so that
        // InnoDB rolls back the work, as certification rolls back the later of two commits.
        try (Connection other = dataSource.getConnection(); Statement sql = other.createStatement()) {
            other.setAutoCommit(false);
            for (int i = 0; i < 200; i++) {
                sql.addBatch("INSERT INTO write_conflict_ballast (filler) VALUES (" + i + ")");
            }
            sql.executeBatch();
            sql.executeUpdate("UPDATE write_conflict_probe SET hits = hits + 1 WHERE id = 2");

            // Like a claim: rows 1 then 2, in one transaction, retried as the dispatcher retries it.
            CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> WriteConflicts.retrying("probe",
                    () -> transactions.execute(status -> {
                        int attempt = attempts.incrementAndGet();
                        jdbc.update("UPDATE write_conflict_probe SET hits = hits + 1 WHERE id = 1");
                        firstRowHeld.countDown();
                        jdbc.update("UPDATE write_conflict_probe SET hits = hits + 1 WHERE id = 2");
                        return attempt;
                    })));

            assertThat(firstRowHeld.await(30, TimeUnit.SECONDS)).isTrue();
            sql.executeUpdate("UPDATE write_conflict_probe SET hits = hits + 1 WHERE id = 1");
            other.commit();
            work = running;
        }

        assertThat(work.get(30, TimeUnit.SECONDS)).as("the attempt that succeeded").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT hits FROM write_conflict_probe ORDER BY id", Integer.class))
                .as("the other node's change and one whole run of the work; nothing of the lost attempt")
                .containsExactly(2, 2);
    }

    @Test
    void other_failures_are_not_retried_and_a_conflict_that_persists_ends_after_three_attempts() {
        var attempts = new AtomicInteger();
        assertThatThrownBy(() -> WriteConflicts.retrying("probe", () -> {
                    attempts.incrementAndGet();
                    return jdbc.queryForObject("SELECT no_such_column FROM write_conflict_probe", Integer.class);
                }))
                .isInstanceOf(BadSqlGrammarException.class);
        assertThat(attempts).hasValue(1);

        attempts.set(0);
        assertThatThrownBy(() -> WriteConflicts.retrying("probe", () -> {
                    attempts.incrementAndGet();
                    throw new CannotAcquireLockException("certification failed", new SQLTransactionRollbackException(
                            "WSREP detected deadlock/conflict and aborted the transaction", "40001", 1213));
                }))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(WriteConflicts.ATTEMPTS);
    }
}
