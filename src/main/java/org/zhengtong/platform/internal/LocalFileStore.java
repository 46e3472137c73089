package org.zhengtong.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.PlatformProperties;

/**
 * Files under {@code zhengtong.files.root} (default {@code ./data/files}), one folder per month. A file is on disk
 * (synced, with its directory entry) before the transaction that refers to it commits, and is registered in
 * {@code platform_file} within that transaction: a rolled-back transaction deletes its file again, and a file no
 * committed transaction registered (the process died before the commit) is found by {@link FileStoreSweep}.
 */
@Component
public class LocalFileStore implements FileStore {

    /** What {@link #store} names files: {@code year/month/uuid}; nothing else under the root is ever deleted. */
    static final Pattern KEY = Pattern.compile(
            "\\d{4}/\\d{1,2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);

    private final Path root;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LocalFileStore(PlatformProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.root = properties.files().root().toAbsolutePath().normalize();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    /**
     * Puts a file back under its key (a restore): synced like a new one, but not registered, since the restored
     * database already holds its row. Only keys the store itself makes are accepted.
     */
    public StoredFile restore(String key, InputStream content) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a file store key: " + key);
        }
        return write(key, content);
    }

    @Override
    public StoredFile store(InputStream content) {
        LocalDate today = LocalDate.now(clock);
        String key = today.getYear() + "/" + today.getMonthValue() + "/" + UUID.randomUUID();
        StoredFile stored = write(key, content);
        deleteOnRollback(resolve(key));
        jdbc.update("insert into platform_file (storage_key, size_bytes, sha256, stored_at) values (?, ?, ?, ?)",
                key, stored.size(), stored.sha256(), Timestamp.from(clock.instant()));
        return stored;
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("file key outside the store");
        }
        return path;
    }

    private StoredFile write(String key, InputStream content) {
        Path target = resolve(key);
        try {
            createDirectory(target.getParent());
            SyncedFiles.Written written = SyncedFiles.write(target, content);
            return new StoredFile(key, written.size(), written.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The month's folder, synced into its parents the first time it is made. */
    private void createDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory);
        for (Path made = directory.getParent(); made != null && made.startsWith(root); made = made.getParent()) {
            SyncedFiles.syncDirectory(made);
        }
    }

    private static void deleteOnRollback(Path file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                // an unknown outcome may have committed: the sweep decides later from the registry
                if (status == STATUS_ROLLED_BACK) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        log.warn("could not remove {} after a rollback; the sweep will", file, e);
                    }
                }
            }
        });
    }
}
