package org.zhengtong.platform.internal.backup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/** The backups made, for the administrator's page: written after each backup (never part of its own dump). */
@Component
class BackupRecords {

    enum Status { SUCCEEDED, FAILED }

    record Backup(long id, Instant startedAt, Instant finishedAt, String initiatedBy, String location,
                  String databaseKind, Long sizeBytes, Integer fileCount, String manifestSha256, Status status,
                  String message, Instant verifiedAt, Boolean verifiedIntact) {
    }

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;

    BackupRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("platform_backup").usingGeneratedKeyColumns("id");
    }

    long succeeded(Instant startedAt, Instant finishedAt, String initiatedBy, String location, String databaseKind,
                   long sizeBytes, int fileCount, String manifestSha256) {
        Map<String, Object> row = row(startedAt, finishedAt, initiatedBy, location, databaseKind, Status.SUCCEEDED);
        row.put("size_bytes", sizeBytes);
        row.put("file_count", fileCount);
        row.put("manifest_sha256", manifestSha256);
        // checked file by file as it was written
        row.put("verified_at", Timestamp.from(finishedAt));
        row.put("verified_intact", true);
        return insert.executeAndReturnKey(row).longValue();
    }

    void failed(Instant startedAt, Instant finishedAt, String initiatedBy, String location, String databaseKind,
                String message) {
        Map<String, Object> row = row(startedAt, finishedAt, initiatedBy, location, databaseKind, Status.FAILED);
        row.put("message", message.length() > 2000 ? message.substring(0, 2000) : message);
        insert.execute(row);
    }

    void verified(long id, Instant at, boolean intact) {
        jdbc.update("update platform_backup set verified_at = ?, verified_intact = ? where id = ?", Timestamp.from(at),
                intact, id);
    }

    List<Backup> latest(int count) {
        return jdbc.query("select * from platform_backup order by finished_at desc, id desc fetch first " + count
                + " rows only", BackupRecords::backup);
    }

    Optional<Backup> find(long id) {
        return jdbc.query("select * from platform_backup where id = ?", BackupRecords::backup, id).stream().findFirst();
    }

    private static Map<String, Object> row(Instant startedAt, Instant finishedAt, String initiatedBy, String location,
                                           String databaseKind, Status status) {
        Map<String, Object> row = new HashMap<>();
        row.put("started_at", Timestamp.from(startedAt));
        row.put("finished_at", Timestamp.from(finishedAt));
        row.put("initiated_by", initiatedBy);
        row.put("location", location);
        row.put("database_kind", databaseKind);
        row.put("status", status.name());
        return row;
    }

    private static Backup backup(ResultSet rs, int row) throws SQLException {
        return new Backup(rs.getLong("id"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getString("initiated_by"), rs.getString("location"), rs.getString("database_kind"),
                rs.getObject("size_bytes", Long.class), rs.getObject("file_count", Integer.class),
                rs.getString("manifest_sha256"), Status.valueOf(rs.getString("status")), rs.getString("message"),
                instant(rs, "verified_at"), rs.getObject("verified_intact", Boolean.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
