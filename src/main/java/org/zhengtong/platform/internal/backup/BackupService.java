package org.zhengtong.platform.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.internal.LocalFileStore;
import org.zhengtong.platform.internal.SyncedFiles;

/**
 * A backup: one directory holding the database's dump, every registered file of the file store, the seal-key
 * password file and {@code manifest.json} with the SHA-256 of each. The database is dumped first: every file a row
 * of the dump refers to was synced before that row committed, so it is there to be copied afterwards. The directory
 * is written under a {@code .partial} name and renamed when complete, and recorded for the administrator's page.
 */
@Component
public class BackupService {

    public record Made(long id, Path directory, long sizeBytes, int fileCount) {
    }

    /** A check of a backup's files against its manifest (and of the manifest against its record). */
    public record Verification(boolean intact, List<String> problems) {
    }

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'zhengtong-'yyyyMMdd-HHmmss");

    private final DatabaseDump database;
    private final LocalFileStore store;
    private final JdbcTemplate jdbc;
    private final BackupRecords records;
    private final Clock clock;
    private final Path directory;
    private final SealKeyPassword sealKeyPassword;

    BackupService(DatabaseDump database, LocalFileStore store, JdbcTemplate jdbc, BackupRecords records, Clock clock,
                  PlatformProperties properties, SealKeyPassword sealKeyPassword) {
        this.database = database;
        this.store = store;
        this.jdbc = jdbc;
        this.records = records;
        this.clock = clock;
        this.directory = properties.backup().dir().toAbsolutePath().normalize();
        this.sealKeyPassword = sealKeyPassword;
    }

    /** Where backups go unless the command names another directory ({@code zhengtong.backup.dir}). */
    public Path defaultDirectory() {
        return directory;
    }

    public Made create(Path parent, String initiatedBy) {
        Instant started = clock.instant();
        DatabaseDump.Format format = database.format();
        Path partial = null;
        Path complete = parent.toAbsolutePath().normalize().resolve(NAME.format(started.atZone(clock.getZone())));
        try {
            Files.createDirectories(complete.getParent());
            complete = unused(complete);
            partial = ownerOnlyDirectory(partialOf(complete));
            List<Manifest.Entry> entries = new ArrayList<>();
            format.dump(partial.resolve(format.fileName()));
            entries.add(Manifest.entry(partial, format.fileName()));
            for (String key : jdbc.queryForList("select storage_key from platform_file order by storage_key",
                    String.class)) {
                entries.add(copyStoredFile(key, partial));
            }
            String password = sealKeyPassword.backUp(partial, entries);
            Manifest manifest = new Manifest(1, started.toString(), format.kind(), format.fileName(), password,
                    entries);
            String manifestSha256 = manifest.write(partial);
            Files.move(partial, complete, StandardCopyOption.ATOMIC_MOVE);
            long id = records.succeeded(started, clock.instant(), initiatedBy, complete.toString(), format.kind(),
                    manifest.totalSize(), entries.size(), manifestSha256);
            log.info("backup {} made by {}: {} files, {} bytes", complete, initiatedBy, entries.size(),
                    manifest.totalSize());
            return new Made(id, complete, manifest.totalSize(), entries.size());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            String message = e instanceof BackupException ? e.getMessage() : "备份失败：" + e;
            recordFailure(started, initiatedBy, complete, format.kind(), message);
            throw e instanceof BackupException backup ? backup
                    : new BackupException(BackupException.Outcome.FAILED, message, e);
        }
    }

    public Verification verify(long id) {
        BackupRecords.Backup backup = records.find(id).orElseThrow(() -> new NotFoundException("backup", id));
        Verification verification = verify(backup);
        records.verified(id, clock.instant(), verification.intact());
        return verification;
    }

    Verification verify(BackupRecords.Backup backup) {
        Path location = Path.of(backup.location());
        List<String> problems = new ArrayList<>();
        try {
            ManifestState manifest = manifestState(backup);
            if (manifest != ManifestState.INTACT) {
                problems.add(Manifest.FILE + "：" + (manifest == ManifestState.MISSING ? "缺失" : "已被改动"));
            } else {
                problems.addAll(Manifest.read(location).problems(location));
            }
        } catch (IOException e) {
            log.warn("backup {} cannot be checked", location, e);
            problems.add(e.toString());
        }
        return new Verification(problems.isEmpty(), problems);
    }

    enum ManifestState { INTACT, CHANGED, MISSING }

    /** A quick look for the list: is the manifest still the one written (not every file's checksum). */
    ManifestState manifestState(BackupRecords.Backup backup) {
        Path manifest = Path.of(backup.location()).resolve(Manifest.FILE);
        try {
            if (!Files.isRegularFile(manifest)) {
                return ManifestState.MISSING;
            }
            return SyncedFiles.sha256(manifest).equals(backup.manifestSha256()) ? ManifestState.INTACT
                    : ManifestState.CHANGED;
        } catch (IOException e) {
            return ManifestState.MISSING;
        }
    }

    private Manifest.Entry copyStoredFile(String key, Path backup) throws IOException {
        try (InputStream in = store.open(key)) {
            return Manifest.copy(in, backup, Manifest.FILES + key);
        } catch (UncheckedIOException e) {
            throw new BackupException(BackupException.Outcome.FAILED,
                    "文件存储中缺少已登记的文件 " + key + "（" + e.getCause() + "），备份未完成", e);
        }
    }

    /** Two backups in the same second get -2, -3 … */
    private static Path unused(Path wanted) {
        Path candidate = wanted;
        for (int n = 2; Files.exists(candidate) || Files.exists(partialOf(candidate)); n++) {
            candidate = wanted.resolveSibling(wanted.getFileName() + "-" + n);
        }
        return candidate;
    }

    private static Path partialOf(Path complete) {
        return complete.resolveSibling(complete.getFileName() + ".partial");
    }

    /** The backup holds the seal-key password: readable by the application's own user only. */
    private static Path ownerOnlyDirectory(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectory(path, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createDirectory(path);
    }

    private void recordFailure(Instant started, String initiatedBy, Path location, String kind, String message) {
        try {
            records.failed(started, clock.instant(), initiatedBy, location.toString(), kind, message);
        } catch (RuntimeException e) {
            log.warn("could not record the failed backup {}", location, e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not remove the incomplete backup {}", directory, e);
        }
    }
}
