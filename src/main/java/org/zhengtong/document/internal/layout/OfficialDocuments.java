package org.zhengtong.document.internal.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhengtong.document.internal.DocumentDossier;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;

/**
 * The red-header 公文 of a 发文 for whoever may read it (behind {@link DocumentService#dossier}, one access check and
 * one audit record for a classified document): rendered afresh at every step until 用印, after which the PDF and OFD
 * are the sealed files stored at 用印. The DOCX is always an unsealed copy for editing. A 收文 delivered at 分发 has
 * the sender's sealed PDF and OFD.
 */
@Service
public class OfficialDocuments {

    public enum Format {
        PDF("pdf"),
        OFD("ofd"),
        DOCX("docx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** A file to send: its name and its bytes (the type is decided from them when it is sent). */
    public record File(String fileName, byte[] content) {
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
        return file(documentId, format, null);
    }

    /**
     * The file of copy {@code copy} (1 to the document's 份数), its 份号 printed top-left; null for the usual file,
     * numbered only when classified. Once sealed, the PDF and OFD exist as the signed copy 1 only.
     */
    public File file(Long documentId, Format format, Integer copy) {
        DocumentDossier dossier = documents.dossier(documentId);
        OfficialDocument document = dossier.document();
        boolean received = document.getDirection() == OfficialDocument.Direction.INCOMING;
        if (received && (format == Format.DOCX || !document.isSealed())) {
            // a 收文 is never rendered: it has the sender's sealed PDF and OFD as delivered at 分发, or nothing
            throw new NotFoundException("officialDocument", documentId);
        }
        if (copy != null && (copy < 1 || copy > document.getCopies())) {
            throw new BusinessRuleException("document.error.copyNumber", document.getCopies());
        }
        boolean sealedFile = format != Format.DOCX && document.isSealed();
        if (sealedFile && copy != null && copy != 1) {
            throw new BusinessRuleException("document.error.sealedCopy");
        }
        List<String> attachments = dossier.attachments().stream().map(a -> a.attachment().getFileName()).toList();
        byte[] content = switch (format) {
            case PDF -> document.getSealedPdfKey() != null ? stored(document.getSealedPdfKey())
                    : renderer.pdf(document, attachments, copy);
            case OFD -> document.getSealedOfdKey() != null ? stored(document.getSealedOfdKey())
                    : renderer.ofd(document, attachments, copy);
            case DOCX -> renderer.docx(document, attachments, copy);
        };
        String suffix = copy == null || sealedFile ? "" : " " + OfficialRenderer.copyNumber(document, copy);
        return new File(fileName(document) + suffix + "." + format.extension(), content);
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
