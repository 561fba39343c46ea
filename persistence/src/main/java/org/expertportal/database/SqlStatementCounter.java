package org.expertportal.database;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, so that a test or the
 * benchmark can check that one queue page or one dashboard costs a fixed number of statements,
 * whatever the page size. Registered with {@code hibernate.session_factory.statement_inspector};
 * it only counts and never changes a statement. Statements run through plain JDBC are not seen.
 */
public class SqlStatementCounter implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** Starts counting from zero on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements prepared on this thread since the last {@link #reset()}. */
    public static long count() {
        return COUNT.get()[0];
    }
}
