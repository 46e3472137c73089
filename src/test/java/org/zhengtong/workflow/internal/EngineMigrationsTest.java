package org.zhengtong.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.IntegrationTest;

/** The engine's indexes come from a Flyway migration, on H2 and PostgreSQL, also where they existed before. */
@IntegrationTest
class EngineMigrationsTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired EngineMigrations migrations;

    @Test
    void theCommentIndexesAreAMigrationOfTheEnginesTables() throws SQLException {
        assertThat(commentIndexes()).contains("zt_idx_hi_comment_procinst", "zt_idx_hi_comment_task");
        assertThat(appliedVersions()).contains("131");
    }

    @Test
    void anInstallationWhoseIndexesPredateTheMigrationMigratesToo() throws SQLException {
        // as an installation left by the start-up code that created the indexes before they were a migration
        jdbc.execute("DROP TABLE \"" + EngineMigrations.HISTORY + "\"");
        assertThat(commentIndexes()).contains("zt_idx_hi_comment_procinst");

        migrations.afterSingletonsInstantiated();

        assertThat(appliedVersions()).containsExactly("0", "131");
        assertThat(commentIndexes()).contains("zt_idx_hi_comment_procinst", "zt_idx_hi_comment_task");
    }

    private List<String> appliedVersions() {
        return jdbc.queryForList("SELECT \"version\" FROM \"" + EngineMigrations.HISTORY + "\""
                + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class);
    }

    private Set<String> commentIndexes() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            for (String table : List.of("ACT_HI_COMMENT", "act_hi_comment")) {
                try (ResultSet indexes = metadata.getIndexInfo(null, null, table, false, false)) {
                    while (indexes.next()) {
                        String name = indexes.getString("INDEX_NAME");
                        if (name != null) {
                            names.add(name.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return names;
    }
}
