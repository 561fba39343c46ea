package org.expertportal.shared;

import java.sql.SQLException;

/**
 * Whether a failure is a write conflict the database rolled the whole transaction back for: a
 * deadlock on one server or, on a Galera cluster, a failed certification (another node committed
 * to the same rows first). MariaDB reports both as error 1213, SQLSTATE 40001, so the transaction
 * may run again from the start (docs/adr/043). One rule for the outbox and the scheduled jobs.
 */
public final class WriteConflict {

    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";

    private WriteConflict() {}

    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == ER_LOCK_DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
