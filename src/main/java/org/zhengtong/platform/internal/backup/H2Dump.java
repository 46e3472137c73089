package org.zhengtong.platform.internal.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** H2: {@code SCRIPT TO} in one snapshot of every table while the application keeps writing; {@code RUNSCRIPT} back. */
class H2Dump implements DatabaseDump.Format {

    /** H2's own isolation level in which a transaction sees the database as it was when it began. */
    private static final int SNAPSHOT = 6;

    private final DataSource dataSource;

    H2Dump(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String kind() {
        return "h2";
    }

    @Override
    public String fileName() {
        return "database.sql.gz";
    }

    @Override
    public void dump(Path file) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(SNAPSHOT);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO " + literal(file) + " COMPRESSION GZIP");
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new BackupException(BackupException.Outcome.FAILED, "H2 数据库导出失败：" + e.getMessage(), e);
        }
    }

    @Override
    public void restore(Path file) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION GZIP");
        } catch (SQLException e) {
            throw new BackupException(BackupException.Outcome.FAILED, "H2 数据库导入失败：" + e.getMessage(), e);
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
