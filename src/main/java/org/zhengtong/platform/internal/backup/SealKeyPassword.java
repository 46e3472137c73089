package org.zhengtong.platform.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.internal.SyncedFiles;

/**
 * The seal module's key password in a backup: without it the restored seal keys cannot be opened. The file
 * ({@code zhengtong.seal.key-password-file}) goes into the backup; a password set as
 * {@code zhengtong.seal.key-password} stays with the operator and is only named in the manifest.
 */
@Component
class SealKeyPassword {

    static final String IN_FILE = "file";
    static final String CONFIGURED = "configured";
    static final String NONE = "none";

    private final boolean configured;
    private final Path file;

    SealKeyPassword(PlatformProperties properties) {
        this.configured = properties.seal().configured();
        this.file = properties.seal().keyPasswordFile().toAbsolutePath().normalize();
    }

    /** Copies the password file into the backup; returns how the manifest records the password. */
    String backUp(Path backup, List<Manifest.Entry> entries) throws IOException {
        if (configured) {
            return CONFIGURED;
        }
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try (InputStream in = Files.newInputStream(file)) {
            entries.add(Manifest.copy(in, backup, Manifest.SEAL_KEY_PASSWORD));
        }
        return IN_FILE;
    }

    /** Before anything changes: a different password file already here would lock the restored keys or its own. */
    void checkRestorable(Manifest manifest, Path backup) throws IOException {
        if (IN_FILE.equals(manifest.sealKeyPassword()) && Files.exists(file) && !Arrays.equals(
                Files.readAllBytes(file), Files.readAllBytes(backup.resolve(Manifest.SEAL_KEY_PASSWORD)))) {
            throw new BackupException(BackupException.Outcome.REFUSED, "这里已有另一个印章密钥口令文件 " + file
                    + "：恢复只写入空的安装。请移走它再恢复。");
        }
    }

    /** Returns what the operator still has to do about the password, or null. */
    String restore(Manifest manifest, Path backup) throws IOException {
        return switch (manifest.sealKeyPassword()) {
            case IN_FILE -> {
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    try (InputStream in = Files.newInputStream(backup.resolve(Manifest.SEAL_KEY_PASSWORD))) {
                        SyncedFiles.write(file, in);
                    }
                    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                }
                yield null;
            }
            case CONFIGURED -> !configured
                    ? "备份时印章密钥口令由 zhengtong.seal.key-password 设置，不在备份中：启动前请设置同一个口令。" : null;
            default -> null;
        };
    }
}
