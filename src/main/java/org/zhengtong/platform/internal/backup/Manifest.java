package org.zhengtong.platform.internal.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhengtong.platform.internal.SyncedFiles;

/**
 * {@code manifest.json} of a backup directory: what the backup holds, each file with its size and SHA-256. A restore
 * checks every entry before it changes anything.
 *
 * @param database        {@code h2} or {@code postgresql}: the dump restores only into the same kind
 * @param sealKeyPassword {@code file} when the password file is in the backup, {@code configured} when the
 *                        installation sets {@code zhengtong.seal.key-password} (to be set again), {@code none}
 */
record Manifest(int format, String createdAt, String database, String databaseFile, String sealKeyPassword,
                List<Entry> entries) {

    static final String FILE = "manifest.json";
    static final String FILES = "files/";
    static final String SEAL_KEY_PASSWORD = "seal-key-password";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Entry(String path, long size, String sha256) {
    }

    /** Writes the manifest (synced) and returns its own SHA-256, which the backup's record keeps. */
    String write(Path directory) throws IOException {
        return copy(new ByteArrayInputStream(JSON.writeValueAsBytes(this)), directory, FILE).sha256();
    }

    static Manifest read(Path directory) {
        try {
            return JSON.readValue(directory.resolve(FILE).toFile(), Manifest.class);
        } catch (IOException e) {
            throw new BackupException(BackupException.Outcome.REFUSED,
                    "不是可用的备份目录：读不到 " + directory.resolve(FILE) + "（" + e.getMessage() + "）", e);
        }
    }

    /** The entries whose file is missing or differs from its size or checksum; empty when the backup is intact. */
    List<String> problems(Path directory) throws IOException {
        List<String> problems = new ArrayList<>();
        Path root = directory.toAbsolutePath().normalize();
        for (Entry entry : entries) {
            Path file = root.resolve(entry.path()).normalize();
            if (!file.startsWith(root)) {
                problems.add(entry.path() + "：不在备份目录内");
            } else if (!Files.isRegularFile(file)) {
                problems.add(entry.path() + "：缺失");
            } else if (Files.size(file) != entry.size() || !SyncedFiles.sha256(file).equals(entry.sha256())) {
                problems.add(entry.path() + "：校验和不符");
            }
        }
        return problems;
    }

    long totalSize() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    /** Copies into a new file of the backup, synced, and returns its entry under that relative path. */
    static Entry copy(InputStream content, Path directory, String path) throws IOException {
        Path target = directory.resolve(path);
        Files.createDirectories(target.getParent());
        SyncedFiles.Written written = SyncedFiles.write(target, content);
        return new Entry(path, written.size(), written.sha256());
    }

    static Entry entry(Path directory, String path) throws IOException {
        Path file = directory.resolve(path);
        return new Entry(path, Files.size(file), SyncedFiles.sha256(file));
    }
}
