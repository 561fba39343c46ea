package org.expertportal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** How a job item meets failures; the conflict itself is made on MariaDB in WriteConflictRetryIT. */
class JobItemsTest {

    private static final Logger log = LoggerFactory.getLogger(JobItemsTest.class);

    @Test
    void an_item_rolled_back_by_a_galera_certification_failure_runs_again_and_does_its_work() {
        var calls = new AtomicInteger();

        boolean done = JobItems.runOnce(log, "Clock alert for request", 7, () -> {
            if (calls.incrementAndGet() == 1) {
                // How a failed commit reaches the job: wrapped by the transaction manager.
                throw new TransactionSystemException("Could not commit JPA transaction", certificationFailure());
            }
            return true;
        });

        assertThat(done).isTrue();
        assertThat(calls).hasValue(2);
    }

    @Test
    void a_conflict_that_persists_is_given_up_after_three_attempts_until_the_next_run() {
        var calls = new AtomicInteger();

        boolean done = JobItems.runOnce(log, "Clock alert for request", 7, () -> {
            calls.incrementAndGet();
            throw new CannotAcquireLockException("deadlock", certificationFailure());
        });

        assertThat(done).isFalse();
        assertThat(calls).hasValue(JobItems.CONFLICT_ATTEMPTS);
    }

    @Test
    void work_done_elsewhere_and_other_failures_are_not_retried() {
        var calls = new AtomicInteger();

        assertThat(JobItems.runOnce(log, "Clock alert for request", 7, () -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("uk_clock_alert");
        })).isFalse();
        assertThat(JobItems.runOnce(log, "Clock alert for request", 7, () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("no such request");
        })).isFalse();

        assertThat(calls).hasValue(2);
    }

    private static SQLTransactionRollbackException certificationFailure() {
        return new SQLTransactionRollbackException(
                "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
                "40001", 1213);
    }
}
