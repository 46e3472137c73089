package org.zhengtong.workflow.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flowable.engine.ProcessEngine;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Migrations of the engine's own tables (indexes its schema lacks), under Flyway like the application's
 * (architecture principle 5). Flowable creates and updates its tables itself, after the application's migrations
 * have run, so these run once the engine is up: from {@code db/engine}, recorded in their own history table
 * {@code flyway_engine_history}. An installation that had them from before starts that history at version 0.
 */
@Component
class EngineMigrations implements SmartInitializingSingleton {

    static final String LOCATION = "classpath:db/engine";
    static final String HISTORY = "flyway_engine_history";

    private final DataSource dataSource;

    EngineMigrations(DataSource dataSource, ProcessEngine engineReady) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Flyway.configure().dataSource(dataSource).locations(LOCATION).table(HISTORY)
                .baselineOnMigrate(true).baselineVersion("0").outOfOrder(true)
                .load().migrate();
    }
}
