package org.zhengtong.platform.internal.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL: {@code pg_dump} in its custom format (one consistent snapshot, the application keeps running) and
 * {@code pg_restore} into an empty database in one transaction, objects owned by the configured user.
 */
class PostgresDump implements DatabaseDump.Format {

    private final String database;
    private final String username;
    private final String password;
    private final String pgDump;
    private final String pgRestore;

    PostgresDump(String jdbcUrl, String username, String password, String pgDump, String pgRestore) {
        this.database = libpqUri(jdbcUrl);
        this.username = username;
        this.password = password;
        this.pgDump = pgDump;
        this.pgRestore = pgRestore;
    }

    /** {@code jdbc:postgresql://host:port/db?…} as the URI the PostgreSQL tools take (JDBC parameters left out). */
    static String libpqUri(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        return rest.startsWith("//") ? "postgresql:" + rest : "postgresql://localhost/" + rest;
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    @Override
    public String fileName() {
        return "database.pgdump";
    }

    @Override
    public void dump(Path file) {
        run(pgDump, "--format=custom", "--file=" + file.toAbsolutePath());
    }

    @Override
    public void restore(Path file) {
        run(pgRestore, "--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges",
                file.toAbsolutePath().toString());
    }

    private void run(String tool, String... arguments) {
        List<String> command = new ArrayList<>(List.of(tool, "--no-password", "--dbname=" + database));
        if (!username.isBlank()) {
            command.add("--username=" + username);
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!password.isBlank()) {
            builder.environment().put("PGPASSWORD", password);
        }
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new BackupException(BackupException.Outcome.FAILED,
                        tool + " 失败（退出码 " + exit + "）：" + output);
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Outcome.FAILED,
                    "无法运行 " + tool + "（请安装 PostgreSQL 客户端，或设置 zhengtong.backup.pg-dump / pg-restore）："
                            + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(BackupException.Outcome.FAILED, tool + " 被中断", e);
        }
    }
}
