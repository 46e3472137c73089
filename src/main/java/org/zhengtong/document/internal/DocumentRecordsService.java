package org.zhengtong.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.document.DocumentRecord;
import org.zhengtong.document.DocumentRecords;
import org.zhengtong.document.internal.form.ProcessingForms;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.OrgDirectory;

/**
 * The archive's view of finished documents: GB/T 18894 metadata, the body as text, the sealed output, the latest
 * version of each attachment and the printed processing record. The archive checks who may take them.
 */
@Service
@Transactional(readOnly = true)
class DocumentRecordsService implements DocumentRecords {

    private final DocumentRepository documents;
    private final AttachmentRepository attachments;
    private final AttachmentVersionRepository attachmentVersions;
    private final ProcessingForms forms;
    private final OrgDirectory directory;
    private final FileStore files;
    private final Clock clock;

    DocumentRecordsService(DocumentRepository documents, AttachmentRepository attachments,
                           AttachmentVersionRepository attachmentVersions, ProcessingForms forms,
                           OrgDirectory directory, FileStore files, Clock clock) {
        this.documents = documents;
        this.attachments = attachments;
        this.attachmentVersions = attachmentVersions;
        this.forms = forms;
        this.directory = directory;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public Optional<DocumentRecord> finished(long documentId) {
        return documents.findById(documentId)
                .filter(d -> d.getStatus() == OfficialDocument.Status.FINISHED)
                .map(this::record);
    }

    @Override
    public List<DocumentRecord.Summary> finishedOf(long unitId, int page, int size) {
        return documents.findByUnitIdAndStatusOrderByFinishedAtDescIdDesc(unitId, OfficialDocument.Status.FINISHED,
                        PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 1000)))).stream()
                .map(d -> new DocumentRecord.Summary(d.getId(), d.getUnitId(), direction(d), d.getType(), d.getTitle(),
                        number(d), date(d), d.getClassification(), d.getFinishedAt()))
                .toList();
    }

    private DocumentRecord record(OfficialDocument document) {
        List<DocumentRecord.File> recordFiles = new ArrayList<>();
        if (document.getSealedPdfKey() != null) {
            recordFiles.add(stored(DocumentRecord.Role.SEALED_PDF, fileName(document, "pdf"), "application/pdf",
                    document.getSealedPdfKey()));
        }
        if (document.getSealedOfdKey() != null) {
            recordFiles.add(stored(DocumentRecord.Role.SEALED_OFD, fileName(document, "ofd"), "application/ofd",
                    document.getSealedOfdKey()));
        }
        for (Attachment attachment : attachments.findByDocumentIdOrderByIdAsc(document.getId())) {
            List<AttachmentVersion> versions = attachmentVersions.findByAttachmentIdOrderByVersionNoAsc(attachment.getId());
            if (!versions.isEmpty()) {
                AttachmentVersion latest = versions.get(versions.size() - 1);
                recordFiles.add(new DocumentRecord.File(DocumentRecord.Role.ATTACHMENT, attachment.getFileName(),
                        latest.getContentType(), latest.getStorageKey(), latest.getSha256(), latest.getSizeBytes()));
            }
        }
        String unitName = directory.unit(document.getUnitId()).map(OrgDirectory.UnitRef::name).orElse("");
        String responsible = document.getDirection() == OfficialDocument.Direction.INCOMING
                && document.getSourceUnitName() != null ? document.getSourceUnitName() : unitName;
        String body = document.getBodyHtml() == null ? "" : Jsoup.parse(document.getBodyHtml()).text();
        return new DocumentRecord(document.getId(), document.getUnitId(), document.getDepartmentId(),
                direction(document), document.getType(), document.getTitle(), responsible, number(document),
                date(document), document.getClassification(), document.getSecrecyPeriod(), body, recordFiles,
                processingForm(document), document.getProcessInstanceId(), document.getFinishedAt());
    }

    /** The form as archived: in Chinese, whatever the language of the archivist's session. */
    private byte[] processingForm(OfficialDocument document) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            return forms.render(document).content();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private static DocumentRecord.Direction direction(OfficialDocument document) {
        return document.getDirection() == OfficialDocument.Direction.OUTGOING ? DocumentRecord.Direction.OUTGOING
                : DocumentRecord.Direction.INCOMING;
    }

    /** 文号: the 发文字号, or for a 收文 the sender's number (its own 收文编号 when it had none). */
    private static String number(OfficialDocument document) {
        return document.getDocumentNumber() != null ? document.getDocumentNumber() : document.getRegistrationNumber();
    }

    private LocalDate date(OfficialDocument document) {
        if (document.getIssueDate() != null) {
            return document.getIssueDate();
        }
        return LocalDate.ofInstant(document.getCreatedAt(), clock.getZone());
    }

    private static String fileName(OfficialDocument document, String extension) {
        String stem = document.getDocumentNumber() != null ? document.getDocumentNumber() : "document-" + document.getId();
        return stem + "." + extension;
    }

    private DocumentRecord.File stored(DocumentRecord.Role role, String name, String contentType, String key) {
        try (InputStream in = files.open(key)) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (DigestInputStream digest = new DigestInputStream(in, sha256)) {
                size = digest.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new DocumentRecord.File(role, name, contentType, key, HexFormat.of().formatHex(sha256.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
