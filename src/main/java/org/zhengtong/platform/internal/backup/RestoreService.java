package org.zhengtong.platform.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.internal.LocalFileStore;

/**
 * Restores a backup into an empty installation: the manifest's checksums are verified and the database, the file
 * store and the password file found empty before anything is written; then the dump goes back into the database
 * and every file into the store (checked again as it is written). The search index is rebuilt by the application's
 * first start afterwards ({@code BackupCommands}).
 */
@Component
public class RestoreService {

    /** @param notes what the operator still has to do, if anything */
    public record Restored(int tables, int files, List<String> notes) {
    }

    private final DatabaseDump database;
    private final LocalFileStore store;
    private final JdbcTemplate jdbc;
    private final SealKeyPassword sealKeyPassword;

    RestoreService(DatabaseDump database, LocalFileStore store, JdbcTemplate jdbc, SealKeyPassword sealKeyPassword) {
        this.database = database;
        this.store = store;
        this.jdbc = jdbc;
        this.sealKeyPassword = sealKeyPassword;
    }

    public Restored restore(Path backup) {
        try {
            Manifest manifest = Manifest.read(backup);
            checkIntact(manifest, backup);
            DatabaseDump.Format format = checkEmpty(manifest);
            sealKeyPassword.checkRestorable(manifest, backup);

            format.restore(backup.resolve(manifest.databaseFile()));
            int files = restoreFiles(manifest, backup);
            List<String> notes = new ArrayList<>();
            String password = sealKeyPassword.restore(manifest, backup);
            if (password != null) {
                notes.add(password);
            }
            long missing = jdbc.queryForList("select storage_key from platform_file", String.class).stream()
                    .filter(key -> !Files.exists(store.resolve(key))).count();
            if (missing > 0) {
                notes.add("有 " + missing + " 个数据库登记的文件不在备份中，相关附件和盖章文件将无法打开。");
            }
            return new Restored(database.tables().size(), files, notes);
        } catch (IOException e) {
            throw new BackupException(BackupException.Outcome.FAILED, "恢复失败：" + e, e);
        }
    }

    private static void checkIntact(Manifest manifest, Path backup) throws IOException {
        List<String> problems = manifest.problems(backup);
        if (!problems.isEmpty()) {
            throw new BackupException(BackupException.Outcome.CORRUPT,
                    "备份校验失败，未做任何改动：" + String.join("；", problems));
        }
    }

    private DatabaseDump.Format checkEmpty(Manifest manifest) throws IOException {
        DatabaseDump.Format format = database.format();
        if (!format.kind().equals(manifest.database())) {
            throw new BackupException(BackupException.Outcome.REFUSED, "备份来自 " + manifest.database()
                    + " 数据库，当前配置的是 " + format.kind() + "：只能恢复到同一种数据库。");
        }
        List<String> tables = database.tables();
        if (!tables.isEmpty()) {
            throw new BackupException(BackupException.Outcome.REFUSED, "目标数据库不是空的（已有 " + tables.size()
                    + " 张表，例如 " + tables.get(0) + "）：恢复只写入空的数据库，未做任何改动。请新建一个空数据库"
                    + "（PostgreSQL：createdb；H2：指向一个还不存在的文件），并且恢复之前不要启动应用。");
        }
        if (Files.isDirectory(store.root())) {
            try (Stream<Path> walk = Files.walk(store.root())) {
                if (walk.anyMatch(Files::isRegularFile)) {
                    throw new BackupException(BackupException.Outcome.REFUSED, "文件存储目录 " + store.root()
                            + " 不是空的：恢复只写入空的安装，未做任何改动。请指定一个空目录（zhengtong.files.root）。");
                }
            }
        }
        return format;
    }

    private int restoreFiles(Manifest manifest, Path backup) throws IOException {
        int count = 0;
        for (Manifest.Entry entry : manifest.entries()) {
            if (!entry.path().startsWith(Manifest.FILES)) {
                continue;
            }
            String key = entry.path().substring(Manifest.FILES.length());
            try (InputStream in = Files.newInputStream(backup.resolve(entry.path()))) {
                FileStore.StoredFile restored = store.restore(key, in);
                if (!restored.sha256().equals(entry.sha256())) {
                    throw new BackupException(BackupException.Outcome.CORRUPT, entry.path() + " 在恢复时校验和不符");
                }
            }
            count++;
        }
        return count;
    }
}
