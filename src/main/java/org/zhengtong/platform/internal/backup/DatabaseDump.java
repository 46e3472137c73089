package org.zhengtong.platform.internal.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.PlatformProperties;

/**
 * The database's own consistent copy and its way back: {@code pg_dump}/{@code pg_restore} for PostgreSQL, H2's
 * {@code SCRIPT}/{@code RUNSCRIPT} (in one snapshot) for H2. Which one follows {@code spring.datasource.url}.
 */
@Component
class DatabaseDump {

    interface Format {
        String kind();

        String fileName();

        void dump(Path file);

        void restore(Path file);
    }

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog");

    private final DataSource dataSource;
    private final Format format;
    private final String url;

    DatabaseDump(DataSource dataSource, DataSourceProperties database, PlatformProperties properties) {
        this.dataSource = dataSource;
        this.url = database.getUrl();
        this.format = url.startsWith("jdbc:postgresql:")
                ? new PostgresDump(url, Objects.toString(database.getUsername(), ""),
                        Objects.toString(database.getPassword(), ""), properties.backup().pgDump(),
                        properties.backup().pgRestore())
                : url.startsWith("jdbc:h2:") ? new H2Dump(dataSource) : null;
    }

    Format format() {
        if (format == null) {
            throw new BackupException(BackupException.Outcome.REFUSED,
                    "只支持 PostgreSQL 和 H2 数据库的备份与恢复，当前是 " + url);
        }
        return format;
    }

    /** The application's tables (none in an empty database). */
    List<String> tables() {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                if (schema == null || !SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT))) {
                    names.add(tables.getString("TABLE_NAME"));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new BackupException(BackupException.Outcome.FAILED, "无法连接数据库：" + e.getMessage(), e);
        }
    }
}
