package org.zhengtong.platform.internal.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.hibernate.TransactionException;
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
            if (CONNECTION_FAILURES.stream().anyMatch(type -> type.isInstance(current))
                    || current instanceof SQLException sql && isConnectionState(sql.getSQLState())
                    || current instanceof TransactionException && current.getCause() instanceof SQLException closed
                            && closed.getSQLState() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01–57P03 (the server terminated the session, is
     * shutting down or starting): plain {@link SQLException}s no exception translator turned into one of the types
     * above. And a rollback or commit the connection could not carry out once the database killed the session says
     * no more than "Connection is closed" (Hikari's closed proxy, no SQLSTATE): a {@link TransactionException} over a
     * plain {@link SQLException}.
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
