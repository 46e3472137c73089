package org.zhengtong.regulation.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.FileStore;

/**
 * Files into the file store: never empty, never above the limit (413), the name without a client path, and the
 * content what the name's extension says — an attachment named {@code .pdf}, {@code .png}, {@code .jpg},
 * {@code .gif}, {@code .docx} … must begin as one (an {@code .exe} renamed {@code .pdf} is refused), an installer must
 * be one of the installer types and begin as such. How a file goes out again is {@code platform.Downloads}' choice.
 */
@Component
class RegulationUploads {

    private static final Map<String, List<byte[]>> SIGNATURES = Map.ofEntries(
            Map.entry("pdf", List.of(ascii("%PDF-"))),
            Map.entry("png", List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
            Map.entry("jpg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("gif", List.of(ascii("GIF8"))),
            Map.entry("docx", List.of(ascii("PK\u0003\u0004"))),
            Map.entry("xlsx", List.of(ascii("PK\u0003\u0004"))),
            Map.entry("ofd", List.of(ascii("PK\u0003\u0004"))),
            Map.entry("zip", List.of(ascii("PK\u0003\u0004"))),
            Map.entry("apk", List.of(ascii("PK\u0003\u0004"))),
            Map.entry("doc", List.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})),
            Map.entry("xls", List.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})),
            Map.entry("msi", List.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})),
            Map.entry("exe", List.of(ascii("MZ"))),
            Map.entry("deb", List.of(ascii("!<arch>"))),
            Map.entry("rpm", List.of(new byte[] {(byte) 0xED, (byte) 0xAB, (byte) 0xEE, (byte) 0xDB})),
            Map.entry("gz", List.of(new byte[] {0x1F, (byte) 0x8B})),
            Map.entry("tgz", List.of(new byte[] {0x1F, (byte) 0x8B})),
            Map.entry("7z", List.of(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF})));
    private static final Set<String> INSTALLERS = Set.of("exe", "msi", "zip", "apk", "deb", "rpm", "gz", "tgz", "7z");
    private static final int HEAD = 8;

    private final FileStore store;

    RegulationUploads(FileStore store) {
        this.store = store;
    }

    /** An attachment of a regulation. */
    StoredFileRef attachment(MultipartFile file, DataSize limit) {
        return store(file, limit, false);
    }

    /** A software installer: one of the installer types, its content as its extension says. */
    StoredFileRef installer(MultipartFile file, DataSize limit) {
        return store(file, limit, true);
    }

    InputStream open(StoredFileRef file) {
        return store.open(file.getFileKey());
    }

    private StoredFileRef store(MultipartFile file, DataSize limit, boolean installer) {
        if (file == null || file.isEmpty()) {
            throw new RegulationInputException("regulation.validation.file");
        }
        if (file.getSize() > limit.toBytes()) {
            throw new TooLarge(limit.toMegabytes());
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.length() > StoredFileRef.MAX_NAME) {
            throw new RegulationInputException("regulation.validation.fileName", StoredFileRef.MAX_NAME);
        }
        String extension = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT);
        if (installer && !INSTALLERS.contains(extension)) {
            throw new RegulationInputException("regulation.validation.installerType", String.join(", ",
                    INSTALLERS.stream().sorted().toList()));
        }
        try (InputStream content = new BufferedInputStream(file.getInputStream())) {
            content.mark(HEAD);
            byte[] head = content.readNBytes(HEAD);
            content.reset();
            List<byte[]> expected = SIGNATURES.get(extension);
            if (expected != null && expected.stream().noneMatch(signature -> startsWith(head, signature))) {
                throw new RegulationInputException("regulation.validation.fileContent", name);
            }
            return new StoredFileRef(name, store.store(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A file above the limit: 413. */
    static class TooLarge extends BusinessRuleException {

        TooLarge(long megabytes) {
            super(HttpStatus.PAYLOAD_TOO_LARGE, "regulation.validation.fileTooLarge", megabytes);
        }
    }
}
