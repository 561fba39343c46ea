package org.expertportal.jobs;

import java.util.function.BooleanSupplier;
import org.expertportal.shared.WriteConflict;
import org.slf4j.Logger;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One item of a scheduled job (a request's clock alert, a consultation reminder, a retention step),
 * run the same way by every job: in its own transaction (the service's), so one failure stops
 * nothing else; another instance that did it first (a unique key or a version said so) is fine and
 * only noted at debug level; a write conflict (MariaDB error 1213, SQLSTATE 40001: a deadlock, or
 * on a Galera cluster a failed certification because another node committed first) rolled the
 * whole transaction back, so the item runs again, up to three times, and then finds the other
 * node's work done (docs/adr/043); any other failure is logged without personal data and the job
 * goes on with the next item.
 */
public final class JobItems {

    /** Conflicts come from a few nodes racing for the same rows: a third try rarely meets one. */
    static final int CONFLICT_ATTEMPTS = 3;


    private JobItems() {}

    /** Runs {@code item}; whether it did something (false when done elsewhere or failed). */
    public static boolean runOnce(Logger log, String what, long id, BooleanSupplier item) {
        for (int attempt = 1; ; attempt++) {
            try {
                return item.getAsBoolean();
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException doneElsewhere) {
                log.debug("{} {} done elsewhere", what, id);
                return false;
            } catch (RuntimeException e) {
                if (attempt < CONFLICT_ATTEMPTS && WriteConflict.is(e)) {
                    log.debug("{} {}: write conflict on attempt {}, running it again", what, id, attempt);
                    continue;
                }
                log.warn("{} {} failed: {}", what, id, e.toString());
                return false;
            }
        }
    }

    public static void runOnce(Logger log, String what, long id, Runnable item) {
        runOnce(log, what, id, () -> {
            item.run();
            return true;
        });
    }
}
