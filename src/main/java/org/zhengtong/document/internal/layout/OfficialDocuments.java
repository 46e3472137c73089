package org.zhengtong.document.internal.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhengtong.document.internal.DocumentDossier;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;

/**
 * The red-header 公文 of a 发文 for whoever may read it (behind {@link DocumentService#dossier}, one access check and
 * one audit record for a classified document): rendered afresh at every step until 用印, after which the PDF and OFD
 * are the sealed files stored at 用印. The DOCX is always an unsealed copy for editing.
 */
@Service
public class OfficialDocuments {

    public enum Format {
        PDF("pdf", "application/pdf"),
        OFD("ofd", "application/ofd"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** A file to send: its name, its type and its bytes. */
    public record File(String fileName, String contentType, byte[] content) {
    }

    private final DocumentService documents;
    private final OfficialRenderer renderer;
    private final FileStore files;

    OfficialDocuments(DocumentService documents, OfficialRenderer renderer, FileStore files) {
        this.documents = documents;
        this.renderer = renderer;
        this.files = files;
    }

    public File file(Long documentId, Format format) {
        DocumentDossier dossier = documents.dossier(documentId);
        OfficialDocument document = dossier.document();
        if (document.getDirection() != OfficialDocument.Direction.OUTGOING) {
            // a 收文's official text is the sender's file among its attachments
            throw new NotFoundException("officialDocument", documentId);
        }
        List<String> attachments = dossier.attachments().stream().map(a -> a.attachment().getFileName()).toList();
        byte[] content = switch (format) {
            case PDF -> document.getSealedPdfKey() != null ? stored(document.getSealedPdfKey())
                    : renderer.pdf(document, attachments);
            case OFD -> document.getSealedOfdKey() != null ? stored(document.getSealedOfdKey())
                    : renderer.ofd(document, attachments);
            case DOCX -> renderer.docx(document, attachments);
        };
        return new File(fileName(document) + "." + format.extension(), format.contentType(), content);
    }

    private byte[] stored(String key) {
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(OfficialDocument document) {
        String name = document.getDocumentNumber() != null ? document.getDocumentNumber() + " " + document.getTitle()
                : document.getTitle();
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }
}
