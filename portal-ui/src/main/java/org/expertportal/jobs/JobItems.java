package org.expertportal.jobs;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One item of a scheduled job (a request's clock alert, a consultation reminder, a retention step),
 * run the same way by every job: in its own transaction (the service's), so one failure stops
 * nothing else; another instance that did it first (a unique key or a version said so) is fine and
 * only noted at debug level; any other failure is logged without personal data and the job goes
 * on with the next item.
 */
public final class JobItems {

    private JobItems() {}

    /** Runs {@code item}; whether it did something (false when done elsewhere or failed). */
    public static boolean runOnce(Logger log, String what, long id, BooleanSupplier item) {
        try {
            return item.getAsBoolean();
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException doneElsewhere) {
            log.debug("{} {} done elsewhere", what, id);
        } catch (RuntimeException e) {
            log.warn("{} {} failed: {}", what, id, e.toString());
        }
        return false;
    }

    public static void runOnce(Logger log, String what, long id, Runnable item) {
        runOnce(log, what, id, () -> {
            item.run();
            return true;
        });
    }
}
