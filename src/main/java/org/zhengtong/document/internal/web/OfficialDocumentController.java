package org.zhengtong.document.internal.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.document.internal.layout.OfficialDocuments;
import org.zhengtong.platform.Downloads;

/**
 * 预览正式公文 and its downloads: the red-header 公文 as PDF (opened in the browser), OFD and DOCX. Whoever may read
 * the document may have them; after 用印 the PDF and OFD are the sealed files.
 */
@Controller
class OfficialDocumentController {

    private final OfficialDocuments officials;

    OfficialDocumentController(OfficialDocuments officials) {
        this.officials = officials;
    }

    @GetMapping("/documents/{id:\\d+}/official.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @RequestParam(required = false) Integer copy) {
        return send(officials.file(id, OfficialDocuments.Format.PDF, copy), true);
    }

    @GetMapping("/documents/{id:\\d+}/official.ofd")
    ResponseEntity<byte[]> ofd(@PathVariable Long id, @RequestParam(required = false) Integer copy) {
        return send(officials.file(id, OfficialDocuments.Format.OFD, copy), false);
    }

    @GetMapping("/documents/{id:\\d+}/official.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id, @RequestParam(required = false) Integer copy) {
        return send(officials.file(id, OfficialDocuments.Format.DOCX, copy), false);
    }

    /** The file inline (the PDF preview) or as a download, never cached. */
    static ResponseEntity<byte[]> send(OfficialDocuments.File file, boolean inline) {
        return inline ? Downloads.inline(file.fileName(), file.content())
                : Downloads.attachment(file.fileName(), file.content());
    }
}
