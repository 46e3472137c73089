package org.zhengtong.platform.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Sequences;

/** {@link Sequences} on the table {@code platform_sequence}, with SELECT … FOR UPDATE as the lock. */
@Component
class JdbcSequences implements Sequences {

    /** SQLSTATE of a unique-constraint violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate jdbc;

    JdbcSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String name, String key) {
        int next = lock(name, key) + 1;
        jdbc.update("update platform_sequence set last_number = ? where name = ? and seq_key = ?", next, name, key);
        return next;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int lock(String name, String key) {
        Integer last = locked(name, key);
        if (last == null) {
            createIfAbsent(name, key);
            last = locked(name, key);
        }
        return last;
    }

    private Integer locked(String name, String key) {
        List<Integer> last = jdbc.queryForList(
                "select last_number from platform_sequence where name = ? and seq_key = ? for update", Integer.class,
                name, key);
        return last.isEmpty() ? null : last.get(0);
    }

    /**
     * The first value of a key creates its row; of two first values at once one insert wins and the other meets the
     * unique key, which alone is taken as "already created" (any other failure propagates). The insert runs under a
     * savepoint of the caller's connection, so a lost race leaves the transaction usable (PostgreSQL aborts a
     * transaction on any failed statement) and no second pooled connection is needed.
     */
    private void createIfAbsent(String name, String key) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into platform_sequence (name, seq_key, last_number) values (?, ?, 0)")) {
                insert.setString(1, name);
                insert.setString(2, key);
                insert.executeUpdate();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                connection.rollback(savepoint);
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            return null;
        });
    }
}
