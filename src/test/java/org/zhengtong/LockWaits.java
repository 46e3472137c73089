package org.zhengtong;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether a database session is waiting for a lock another one holds: how a race test knows that its second writer
 * has run into the first, instead of guessing a time. H2 names the blocking session of each session; PostgreSQL says
 * which backends wait on a lock.
 */
public final class LockWaits {

    private LockWaits() {
    }

    public static boolean someoneWaits(JdbcTemplate jdbc) {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        String waiting = database.contains("PostgreSQL")
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return jdbc.queryForObject(waiting, Integer.class) > 0;
    }
}
