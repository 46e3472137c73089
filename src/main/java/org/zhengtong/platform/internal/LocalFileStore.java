package org.zhengtong.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.FileStore;

/** Files under {@code zhengtong.files.root} (default {@code ./data/files}), one folder per month. */
@Component
class LocalFileStore implements FileStore {

    private final Path root;

    LocalFileStore(@Value("${zhengtong.files.root:./data/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredFile store(InputStream content) {
        LocalDate today = LocalDate.now();
        String key = today.getYear() + "/" + today.getMonthValue() + "/" + UUID.randomUUID();
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
                size = content.transferTo(out);
            }
            return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("file key outside the store");
        }
        return path;
    }
}
