package org.zhengtong;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhengtong.workflow.TaskCreated;

/**
 * Breaks a transaction's database connection in the middle of an action, as a database restart or a dropped network
 * does: armed for a person, the next transaction that gives them a task loses its connection just before it commits,
 * after the services, the engine and the event registry did their work in it. The driver's connection under the
 * pool's proxy is closed, so the database itself ends the transaction; the pool retires it instead of lending it
 * out again. Disarmed once it has fired.
 */
public class ConnectionFaults {

    private final DataSource dataSource;
    private final Set<String> armed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger broken = new AtomicInteger();

    public ConnectionFaults(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void breakTransactionGivingTaskTo(String username) {
        armed.add(username);
    }

    /** How many connections were broken so far. */
    public int broken() {
        return broken.get();
    }

    public void disarm() {
        armed.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(TaskCreated created) throws SQLException {
        if (created.recipients().stream().noneMatch(armed::remove)) {
            return;
        }
        Connection transaction = DataSourceUtils.getConnection(dataSource);
        boolean h2 = transaction.getMetaData().getDatabaseProductName().equals("H2");
        long session;
        try (Statement statement = transaction.createStatement();
             ResultSet result = statement.executeQuery(h2 ? "select session_id()" : "select pg_backend_pid()")) {
            result.next();
            session = result.getLong(1);
        }
        // the database ends the session from outside, as an administrator's kill or a restart does
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            statement.execute(h2 ? "call abort_session(" + session + ")" : "select pg_terminate_backend(" + session + ")");
        }
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        broken.incrementAndGet();
    }
}
