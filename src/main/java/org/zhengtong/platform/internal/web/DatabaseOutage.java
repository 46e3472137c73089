package org.zhengtong.platform.internal.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (the pool timed out waiting for a connection, the
 * connection was refused or broke, the database is closed) rather than a bug or a refused request. Looks through
 * the whole cause chain: the security filters, the session store and the workflow engine wrap what the driver threw.
 */
public final class DatabaseOutage {

    private static final List<Class<? extends Throwable>> CONNECTION_FAILURES = List.of(
            CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            JDBCConnectionException.class, SQLTransientConnectionException.class,
            SQLNonTransientConnectionException.class);

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Throwable current = cause;
            if (CONNECTION_FAILURES.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }
}
