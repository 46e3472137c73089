package org.zhengtong.workflow.internal;

import org.flowable.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for how the product reads history: a document's timeline asks for the
 * comments (opinions) of its process, and Flowable indexes ACT_HI_COMMENT by its id only — with a million finished
 * documents every open of one scanned seven million opinions (bench/README.md). The engine creates its tables
 * itself after Flyway has run, so the indexes are added here, once the engine is up; IF NOT EXISTS makes it a no-op
 * on later starts (H2 and PostgreSQL).
 */
@Component
class HistoryIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(HistoryIndexes.class);

    private final JdbcTemplate jdbc;

    HistoryIndexes(JdbcTemplate jdbc, ProcessEngine engineReady) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        jdbc.execute("create index if not exists zt_idx_hi_comment_procinst on act_hi_comment (proc_inst_id_)");
        jdbc.execute("create index if not exists zt_idx_hi_comment_task on act_hi_comment (task_id_)");
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms > 1000) {
            log.info("history indexes created in {} ms", ms);
        }
    }
}
