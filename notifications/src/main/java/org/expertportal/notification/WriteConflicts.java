package org.expertportal.notification;

import java.util.function.Supplier;
import org.expertportal.shared.WriteConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a short transaction again when the database refused it for a write conflict: a deadlock
 * on one server, or, on a Galera cluster, a failed certification (another node committed a
 * change to the same rows first; {@code SKIP LOCKED} only sees this node's locks). MariaDB reports
 * both as error 1213, SQLSTATE 40001, after rolling the whole transaction back, so running it
 * again from the start is safe: it reads afresh and finds the winner's work (docs/adr/043). The
 * same rule as the scheduled jobs' {@code JobItems}.
 */
final class WriteConflicts {

    private static final Logger log = LoggerFactory.getLogger(WriteConflicts.class);
    /** Conflicts come from a few nodes racing for the same rows: a third try rarely meets one. */
    static final int ATTEMPTS = 3;


    private WriteConflicts() {}

    /** The transaction's result, after up to {@link #ATTEMPTS} tries when it meets write conflicts. */
    static <T> T retrying(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !WriteConflict.is(e)) {
                    throw e;
                }
                log.debug("{}: write conflict on attempt {}, running it again", what, attempt);
            }
        }
    }
}
