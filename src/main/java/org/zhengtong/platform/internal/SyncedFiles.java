package org.zhengtong.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Files written to survive a crash (content and directory entry synced), with their SHA-256: store and backups. */
public final class SyncedFiles {

    public record Written(long size, String sha256) {
    }

    private SyncedFiles() {
    }

    /** Writes a new file (never over an existing one); a failed write leaves nothing behind. */
    public static Written write(Path target, InputStream content) throws IOException {
        MessageDigest digest = sha256();
        long size;
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            size = content.transferTo(new DigestOutputStream(Channels.newOutputStream(channel), digest));
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        syncDirectory(target.getParent());
        return new Written(size, HexFormat.of().formatHex(digest.digest()));
    }

    public static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (AccessDeniedException notOnThisSystem) {
            // Windows cannot open a directory; its file system journals the directory entry itself
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
