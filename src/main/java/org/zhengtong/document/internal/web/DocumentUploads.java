package org.zhengtong.document.internal.web;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.document.internal.DocumentProperties;
import org.zhengtong.platform.BusinessRuleException;

/** Attachments and scans: never empty, never larger than the document limit (below the server's multipart cap). */
@Component
class DocumentUploads {

    private final DataSize maxSize;

    DocumentUploads(DocumentProperties properties) {
        this.maxSize = properties.maxUploadSize();
    }

    void check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new BusinessRuleException("document.error.emptyFile");
        }
        if (file.getSize() > maxSize.toBytes()) {
            throw new BusinessRuleException("document.error.fileTooLarge", maxSize.toMegabytes());
        }
    }

    /** The name without any client path ("C:\\scans\\来文.pdf" from old browsers). */
    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    }

    long maxMegabytes() {
        return maxSize.toMegabytes();
    }
}
