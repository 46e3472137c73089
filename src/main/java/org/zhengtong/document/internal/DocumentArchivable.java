package org.zhengtong.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.Archivable;
import org.zhengtong.archive.ReadyForArchive;
import org.zhengtong.document.internal.form.ProcessingForms;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.OrgDirectory;

/**
 * 公文 for the archive (kind {@code document}): a finished document is offered when it finishes
 * ({@link DocumentOffers}, published by {@link DocumentProcesses}), and taken with its GB/T 18894 metadata — 责任者 the
 * issuing unit (for a 收文 the unit it came from), 文号 the 发文字号 (else the 收文编号), 日期 the 成文日期 (else the
 * registration date), the 文种 as its type — the body as text, the sealed output, the latest version of each
 * attachment and the printed 发文稿纸 / 办文单. The archive checks who may take them.
 */
@Service
@Transactional(readOnly = true)
class DocumentArchivable implements Archivable {

    private final DocumentRepository documents;
    private final AttachmentRepository attachments;
    private final AttachmentVersionRepository attachmentVersions;
    private final ProcessingForms forms;
    private final OrgDirectory directory;
    private final FileStore files;
    private final DocumentOffers offers;

    DocumentArchivable(DocumentRepository documents, AttachmentRepository attachments,
                           AttachmentVersionRepository attachmentVersions, ProcessingForms forms,
                           OrgDirectory directory, FileStore files, DocumentOffers offers) {
        this.documents = documents;
        this.attachments = attachments;
        this.attachmentVersions = attachmentVersions;
        this.forms = forms;
        this.directory = directory;
        this.files = files;
        this.offers = offers;
    }

    @Override
    public String kind() {
        return DocumentOffers.KIND;
    }

    @Override
    public Optional<ArchivalRecord> finished(long id) {
        return documents.findById(id)
                .filter(d -> d.getStatus() == OfficialDocument.Status.FINISHED)
                .map(this::record);
    }

    @Override
    public List<ReadyForArchive> offers(long afterId, int size) {
        return documents.findByStatusAndIdGreaterThanOrderByIdAsc(OfficialDocument.Status.FINISHED, afterId,
                        PageRequest.of(0, Math.max(1, Math.min(size, 1000)))).stream()
                .map(offers::offer).toList();
    }

    private ArchivalRecord record(OfficialDocument document) {
        List<ArchivalRecord.File> recordFiles = new ArrayList<>();
        if (document.getSealedPdfKey() != null) {
            recordFiles.add(stored(ArchivalRecord.FileRole.SEALED_PDF, fileName(document, "pdf"), "application/pdf",
                    document.getSealedPdfKey()));
        }
        if (document.getSealedOfdKey() != null) {
            recordFiles.add(stored(ArchivalRecord.FileRole.SEALED_OFD, fileName(document, "ofd"), "application/ofd",
                    document.getSealedOfdKey()));
        }
        for (Attachment attachment : attachments.findByDocumentIdOrderByIdAsc(document.getId())) {
            List<AttachmentVersion> versions = attachmentVersions.findByAttachmentIdOrderByVersionNoAsc(attachment.getId());
            if (!versions.isEmpty()) {
                AttachmentVersion latest = versions.get(versions.size() - 1);
                recordFiles.add(new ArchivalRecord.File(ArchivalRecord.FileRole.ATTACHMENT, attachment.getFileName(),
                        latest.getContentType(), latest.getStorageKey(), latest.getSha256(), latest.getSizeBytes()));
            }
        }
        String unitName = directory.unit(document.getUnitId()).map(OrgDirectory.UnitRef::name).orElse("");
        String responsible = document.getDirection() == OfficialDocument.Direction.INCOMING
                && document.getSourceUnitName() != null ? document.getSourceUnitName() : unitName;
        String body = document.getBodyHtml() == null ? "" : Jsoup.parse(document.getBodyHtml()).text();
        return new ArchivalRecord(DocumentOffers.KIND, document.getId(), document.getUnitId(),
                document.getDepartmentId(), document.getTitle(), responsible, DocumentOffers.number(document),
                offers.date(document), document.getClassification(), document.getSecrecyPeriod(),
                new ArchivalRecord.Type(document.getType().name(), document.getType().label()),
                DocumentOffers.origin(document), body, recordFiles, processingForm(document),
                document.getProcessInstanceId(),
                DocumentOffers.suggestRetention(document.getDirection(), document.getType()), document.getFinishedAt());
    }

    /** The 发文稿纸 / 办文单 as archived: in Chinese, whatever the language of the archivist's session. */
    private ArchivalRecord.ProcessingForm processingForm(OfficialDocument document) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            return new ArchivalRecord.ProcessingForm(
                    document.getDirection() == OfficialDocument.Direction.OUTGOING ? "发文稿纸" : "办文单",
                    forms.render(document).content());
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private static String fileName(OfficialDocument document, String extension) {
        String stem = document.getDocumentNumber() != null ? document.getDocumentNumber() : "document-" + document.getId();
        return stem + "." + extension;
    }

    private ArchivalRecord.File stored(ArchivalRecord.FileRole role, String name, String contentType, String key) {
        try (InputStream in = files.open(key)) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (DigestInputStream digest = new DigestInputStream(in, sha256)) {
                size = digest.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new ArchivalRecord.File(role, name, contentType, key, HexFormat.of().formatHex(sha256.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
