package org.zhengtong.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.PlatformProperties;

/**
 * Removes the files no committed transaction registered: the process stopped between writing a file and committing
 * the row that refers to it. Only files older than the grace period (longer than any transaction) are taken, and
 * only names the store itself makes; a registered file is never touched. Runs a minute after start, then every
 * {@code zhengtong.files.sweep-interval}.
 */
@Component
class FileStoreSweep {

    private static final Logger log = LoggerFactory.getLogger(FileStoreSweep.class);
    private static final int BATCH = 500;

    private final LocalFileStore store;
    private final JdbcTemplate jdbc;
    private final Duration grace;

    FileStoreSweep(LocalFileStore store, JdbcTemplate jdbc, PlatformProperties properties) {
        this.store = store;
        this.jdbc = jdbc;
        this.grace = properties.files().orphanGrace();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${zhengtong.files.sweep-interval}")
    @SchedulerLock(name = "file-store-sweep", lockAtMostFor = "PT1H")
    public void run() {
        int removed = sweep();
        if (removed > 0) {
            log.info("file store: removed {} files no transaction committed", removed);
        }
    }

    /** Returns how many orphans were removed. */
    public int sweep() {
        // file times are the file system's, not the application clock's (which tests move)
        Instant before = Instant.now().minus(grace);
        Path root = store.root();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> batch = new ArrayList<>(BATCH);
            for (var it = walk.filter(Files::isRegularFile).iterator(); it.hasNext(); ) {
                Path file = it.next();
                String key = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (LocalFileStore.KEY.matcher(key).matches() && olderThan(file, before)) {
                    batch.add(key);
                }
                if (batch.size() == BATCH || !it.hasNext()) {
                    removed += removeUnregistered(batch);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    private int removeUnregistered(List<String> keys) throws IOException {
        if (keys.isEmpty()) {
            return 0;
        }
        String placeholders = keys.stream().map(k -> "?").collect(Collectors.joining(","));
        Set<String> registered = new HashSet<>(jdbc.queryForList(
                "select storage_key from platform_file where storage_key in (" + placeholders + ")", String.class,
                keys.toArray()));
        int removed = 0;
        for (String key : keys) {
            if (!registered.contains(key) && Files.deleteIfExists(store.resolve(key))) {
                log.info("file store: removed orphan {}", key);
                removed++;
            }
        }
        return removed;
    }

    private static boolean olderThan(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException gone) {
            return false;
        }
    }
}
