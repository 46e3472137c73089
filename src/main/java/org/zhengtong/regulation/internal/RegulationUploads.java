package org.zhengtong.regulation.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.FileTypes;
import org.zhengtong.platform.InvalidInputException;

/**
 * Files into the file store: never empty, never above the limit (413), the name and content checked by
 * {@code platform.FileTypes} (an attachment a document, image or media type, an installer one of the installer types,
 * each beginning as its extension says: an {@code .exe} renamed {@code .pdf} is refused). How a file goes out again is {@code platform.Downloads}' choice.
 */
@Component
class RegulationUploads {

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
            throw new InvalidInputException("regulation.validation.file");
        }
        if (file.getSize() > limit.toBytes()) {
            throw new TooLarge(limit.toMegabytes());
        }
        try (InputStream content = new BufferedInputStream(file.getInputStream(), FileTypes.HEAD_BYTES)) {
            content.mark(FileTypes.HEAD_BYTES);
            byte[] head = content.readNBytes(FileTypes.HEAD_BYTES);
            content.reset();
            String name = installer
                    ? FileTypes.checkedInstallerName(file.getOriginalFilename(), StoredFileRef.MAX_NAME, head)
                    : FileTypes.checkedName(file.getOriginalFilename(), StoredFileRef.MAX_NAME, head);
            return new StoredFileRef(name, store.store(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file above the limit: 413. */
    static class TooLarge extends BusinessRuleException {

        TooLarge(long megabytes) {
            super(HttpStatus.PAYLOAD_TOO_LARGE, "regulation.validation.fileTooLarge", megabytes);
        }
    }
}
