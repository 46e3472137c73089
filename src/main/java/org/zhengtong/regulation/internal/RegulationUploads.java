package org.zhengtong.regulation.internal;

import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.StoredFileRef;
import org.zhengtong.platform.Uploads;

/**
 * A regulation's attachments and the software's installers into the file store: never empty, never above the limit
 * (413), the name and content checked by {@code platform.Uploads} (an attachment a document, image or media type, an
 * installer one of the installer types, each beginning as its extension says: an {@code .exe} renamed {@code .pdf}
 * is refused). How a file goes out again is {@code platform.Downloads}' choice.
 */
@Component
class RegulationUploads {

    private final Uploads uploads;

    RegulationUploads(Uploads uploads) {
        this.uploads = uploads;
    }

    /** An attachment of a regulation. */
    StoredFileRef attachment(MultipartFile file, DataSize limit) {
        return uploads.store(checked(file, limit));
    }

    /** A software installer: one of the installer types, its content as its extension says. */
    StoredFileRef installer(MultipartFile file, DataSize limit) {
        return uploads.storeInstaller(checked(file, limit));
    }

    InputStream open(StoredFileRef file) {
        return uploads.open(file);
    }

    private static MultipartFile checked(MultipartFile file, DataSize limit) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("regulation.validation.file");
        }
        if (file.getSize() > limit.toBytes()) {
            throw new TooLarge(limit.toMegabytes());
        }
        return file;
    }

    /** A file above the limit: 413. */
    static class TooLarge extends BusinessRuleException {

        TooLarge(long megabytes) {
            super(HttpStatus.PAYLOAD_TOO_LARGE, "regulation.validation.fileTooLarge", megabytes);
        }
    }
}
