package org.zhengtong.archive.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 件号 per class (DA/T 22-2015 §5.4): taken under a row lock on the class's counter inside the archiving
 * transaction, so numbers are unique and a rollback gives the number back (no gaps).
 */
@Component
class ArchiveNumbering {

    private final ArchiveCounterRepository counters;
    private final JdbcTemplate jdbc;

    ArchiveNumbering(ArchiveCounterRepository counters, JdbcTemplate jdbc) {
        this.counters = counters;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String classKey) {
        ArchiveCounter counter = counters.lock(classKey).orElseGet(() -> {
            createIfAbsent(classKey);
            return counters.lock(classKey).orElseThrow();
        });
        return counter.next();
    }

    /**
     * The first item of a class creates the counter row; of two at once one insert wins. The insert runs under a
     * savepoint of the caller's connection, so a lost race leaves the transaction usable on PostgreSQL too.
     */
    private void createIfAbsent(String key) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into arc_counter (class_key, last_number) values (?, 0)")) {
                insert.setString(1, key);
                insert.executeUpdate();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException alreadyCreated) {
                connection.rollback(savepoint);
            }
            return null;
        });
    }
}
