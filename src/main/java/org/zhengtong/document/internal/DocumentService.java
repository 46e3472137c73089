package org.zhengtong.document.internal;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.document.internal.layout.OfficialRenderer;
import org.zhengtong.platform.Positions;
import org.zhengtong.platform.RichText;
import org.zhengtong.seal.Seals;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TodoList;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 公文 on the workflow engine. The engine decides who acts next; this service keeps the document: the drafter's form,
 * body versions and attachments, reading behind one access check. Acting on a step goes through the workflow kit's
 * {@link TaskActions}, which asks {@link DocumentBusinessAccess} first and leaves each step's own work to the
 * document's step handlers (the number at {@link NumberingStep}, the seal at {@link SealStep}, delivery at
 * {@link DistributeStep}, the handlers chosen at 核稿, 拟办 and 批办…).
 */
@Service
@Validated
@Transactional
public class DocumentService {

    private final DocumentRepository documents;
    private final BodyVersionRepository bodyVersions;
    private final AttachmentRepository attachments;
    private final AttachmentVersionRepository attachmentVersions;
    private final IssuerCodeRepository issuerCodes;
    private final DocumentAccess access;
    private final DocumentProcesses processes;
    private final Workflow workflow;
    private final TaskActions tasks;
    private final TodoList todo;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;
    private final DocumentIndexer indexer;

    DocumentService(DocumentRepository documents, BodyVersionRepository bodyVersions, AttachmentRepository attachments,
                    AttachmentVersionRepository attachmentVersions, IssuerCodeRepository issuerCodes,
                    DocumentAccess access, DocumentProcesses processes, Workflow workflow,
                    TaskActions tasks, TodoList todo, OrgDirectory directory, CurrentUsers currentUsers, FileStore files,
                    AuditLog audit, Clock clock, DocumentIndexer indexer) {
        this.documents = documents;
        this.bodyVersions = bodyVersions;
        this.attachments = attachments;
        this.attachmentVersions = attachmentVersions;
        this.issuerCodes = issuerCodes;
        this.access = access;
        this.processes = processes;
        this.workflow = workflow;
        this.tasks = tasks;
        this.todo = todo;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.indexer = indexer;
    }

    // ---- creating ----------------------------------------------------------------------------------------

    /** 拟稿: the document and its first body version; the 发文 process starts with the drafter's task. */
    public OfficialDocument draftOutgoing(@Valid OutgoingForm form) {
        CurrentUser user = currentUsers.current();
        PersonRef drafter = person(user.username());
        requireOwnClearance(user, form.classification());
        requireSecrecyPeriod(form.classification().classified(), form.secrecyPeriod());
        IssuerCode issuer = issuerCodes.findById(form.issuerCode())
                .filter(code -> code.getUnitId().equals(drafter.unitId()))
                .orElseThrow(() -> new BusinessRuleException("document.error.issuerCode", form.issuerCode()));
        requireUnits(form.mainRecipients());
        requireUnits(form.ccRecipients());

        OfficialDocument document = new OfficialDocument(OfficialDocument.Direction.OUTGOING, form.type(),
                form.title().strip(), form.classification(), blankToNull(form.secrecyPeriod()), form.urgency(),
                drafter.unitId(), drafter.departmentId(), user.username(), clock.instant());
        document.setIssuerCode(issuer.getCode());
        document.setMainRecipients(OfficialDocument.joinIds(form.mainRecipients()));
        document.setCcRecipients(OfficialDocument.joinIds(form.ccRecipients()));
        document.setDeadline(form.deadline());
        document.setCopies(form.copies() == null ? 1 : form.copies());
        document.setAnnotation(annotation(form.annotation()));
        document.setBodyHtml(RichText.clean(form.bodyHtml()));
        documents.save(document);
        bodyVersions.save(new BodyVersion(document.getId(), 1, document.getBodyHtml(), user.username(), "拟稿",
                clock.instant()));

        processes.startOutgoing(document, user.username());
        indexer.indexAfterCommit(document);
        audit.success("DOCUMENT_DRAFT", "document", document.getId(), document.getTitle());
        return document;
    }

    /** 拟稿 and 发送 in one step: the new draft goes on to the next step as if its drafter had pressed 发送. */
    public OfficialDocument draftAndSendOutgoing(@Valid OutgoingForm form) {
        OfficialDocument document = draftOutgoing(form);
        sendOn(document.getId(), currentTask(document).taskId(), StepDecision.opinion(null));
        return document;
    }

    /** A 收文 from paper, registered by the receiving unit's secretary; it starts at 签收 like any delivered one. */
    public OfficialDocument registerPaperIncoming(@Valid IncomingForm form, String scanFileName, InputStream scan) {
        CurrentUser user = currentUsers.current();
        PersonRef clerk = person(user.username());
        if (!canRegisterPaperIncoming()) {
            throw new AccessDeniedException("only the unit's secretaries register incoming documents");
        }
        requireOwnClearance(user, form.classification());
        requireSecrecyPeriod(form.classification().classified(), form.secrecyPeriod());
        OfficialDocument document = new OfficialDocument(OfficialDocument.Direction.INCOMING, form.type(),
                form.title().strip(), form.classification(), blankToNull(form.secrecyPeriod()), form.urgency(),
                clerk.unitId(), null, user.username(), clock.instant());
        document.setSourceUnitName(form.sourceUnitName().strip());
        document.setDocumentNumber(blankToNull(form.documentNumber()));
        document.setDeadline(form.deadline());
        document.setBodyHtml("");
        documents.save(document);
        if (scan != null && scanFileName != null && !scanFileName.isBlank()) {
            storeAttachment(document, null, scanFileName, null, scan, user.username());
        }
        processes.startIncoming(document, user.username());
        indexer.indexAfterCommit(document);
        audit.success("DOCUMENT_REGISTER_PAPER", "document", document.getId(), document.getTitle());
        return document;
    }

    /** 机要秘书 and 办公室主任 register paper 收文 for their unit. */
    @Transactional(readOnly = true)
    public boolean canRegisterPaperIncoming() {
        return directory.person(currentUsers.current().username())
                .map(p -> p.position().equals(Positions.CONFIDENTIAL_SECRETARY)
                        || p.position().equals(Positions.OFFICE_DIRECTOR))
                .orElse(false);
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /**
     * The document, if the current user may read it (involved, and cleared for its 密级); otherwise 403. Every
     * method here that takes a document id — reading, editing, acting, downloading — opens it through this one check.
     */
    @Transactional(readOnly = true)
    public OfficialDocument read(Long id) {
        OfficialDocument document = find(id);
        access.requireRead(document);
        return document;
    }

    /**
     * The running process of a document, to name its open steps to someone who has just acted on it; no access
     * check and no audit record (the action was checked).
     */
    @Transactional(readOnly = true)
    public Optional<String> runningProcess(Long id) {
        OfficialDocument document = find(id);
        return document.getStatus() == OfficialDocument.Status.IN_PROGRESS
                ? Optional.ofNullable(document.getProcessInstanceId()) : Optional.empty();
    }

    /** The document with its body versions and attachments, behind one access check (one audit record). */
    @Transactional(readOnly = true)
    public DocumentDossier dossier(Long id) {
        OfficialDocument document = read(id);
        List<DocumentDossier.AttachedFile> files = attachments.findByDocumentIdOrderByIdAsc(id).stream()
                .map(a -> new DocumentDossier.AttachedFile(a,
                        attachmentVersions.findByAttachmentIdOrderByVersionNoAsc(a.getId())))
                .toList();
        return new DocumentDossier(document, bodyVersions.findByDocumentIdOrderByVersionNoAsc(id), files);
    }

    @Transactional(readOnly = true)
    public List<BodyVersion> bodyVersions(Long documentId) {
        read(documentId);
        return bodyVersions.findByDocumentIdOrderByVersionNoAsc(documentId);
    }

    @Transactional(readOnly = true)
    public BodyVersion bodyVersion(Long documentId, int versionNo) {
        read(documentId);
        return bodyVersions.findByDocumentIdAndVersionNo(documentId, versionNo)
                .orElseThrow(() -> new NotFoundException("bodyVersion", versionNo));
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(Long documentId) {
        read(documentId);
        return attachments.findByDocumentIdOrderByIdAsc(documentId);
    }

    @Transactional(readOnly = true)
    public List<AttachmentVersion> attachmentVersions(Long documentId, Long attachmentId) {
        Attachment attachment = attachmentOf(documentId, attachmentId);
        return attachmentVersions.findByAttachmentIdOrderByVersionNoAsc(attachment.getId());
    }

    /** One version of one of the document's attachments, by its id. */
    @Transactional(readOnly = true)
    public AttachmentVersion attachmentVersion(Long documentId, long versionId) {
        AttachmentVersion version = attachmentVersions.findById(versionId)
                .orElseThrow(() -> new NotFoundException("attachmentVersion", versionId));
        attachmentOf(documentId, version.getAttachmentId());
        return version;
    }

    @Transactional(readOnly = true)
    public InputStream openAttachmentVersion(Long documentId, Long attachmentId, int versionNo) {
        return attachmentVersions(documentId, attachmentId).stream().filter(v -> v.getVersionNo() == versionNo)
                .findFirst().map(v -> files.open(v.getStorageKey()))
                .orElseThrow(() -> new NotFoundException("attachmentVersion", versionNo));
    }

    /** One version of an attachment for download, with the attachment's file name. */
    @Transactional(readOnly = true)
    public AttachmentDownload downloadAttachment(Long documentId, Long attachmentId, int versionNo) {
        Attachment attachment = attachmentOf(documentId, attachmentId);
        AttachmentVersion version = attachmentVersions.findByAttachmentIdOrderByVersionNoAsc(attachmentId).stream()
                .filter(v -> v.getVersionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFoundException("attachmentVersion", versionNo));
        return new AttachmentDownload(attachment.getFileName(), version.getSizeBytes(),
                files.open(version.getStorageKey()));
    }

    /** The current user's open task on this document, if any. */
    @Transactional(readOnly = true)
    public TodoTask currentTask(OfficialDocument document) {
        String username = currentUsers.current().username();
        if (document.getProcessInstanceId() == null) {
            return null;
        }
        return workflow.openTasks(document.getProcessInstanceId()).stream()
                .filter(t -> username.equals(t.assignee()) || (t.candidate() && isCandidate(t, username)))
                .findFirst().orElse(null);
    }

    @Transactional(readOnly = true)
    public List<String> issuerCodesOfCurrentUnit() {
        Long unitId = currentUsers.current().unitId();
        return unitId == null ? List.of() : issuerCodes.findByUnitIdOrderByCode(unitId).stream().map(IssuerCode::getCode).toList();
    }

    // ---- editing (only the current handler) --------------------------------------------------------------

    /**
     * Saves the body as a new version when it changed; returns the version number now current. Refused once the body
     * is fixed ({@link ContentRights}): a 收文's, and a 发文's from 签发 on. The editor started from
     * {@code baseVersion}: when someone saved a later version meanwhile (two 会签 handlers editing at once), the save
     * is refused with a {@link BodyConflictException} instead of silently replacing their text. Saves of one document
     * take turns on its row lock, so two at the same instant end as one save and one conflict.
     */
    public int saveBody(Long documentId, String html, int baseVersion) {
        OfficialDocument document = documents.lock(documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        access.requireRead(document);
        TodoTask task = requireHandler(document);
        ContentRights rights = ContentRights.of(document);
        if (!rights.body()) {
            throw new BusinessRuleException(rights.fixedBecause());
        }
        String clean = RichText.clean(html);
        if (clean.length() > 200_000) {
            throw new BusinessRuleException("document.error.bodyTooLong");
        }
        int last = bodyVersions.lastVersionNo(documentId);
        if (clean.equals(document.getBodyHtml())) {
            return last;
        }
        if (last != baseVersion) {
            BodyVersion theirs = bodyVersions.findByDocumentIdAndVersionNo(documentId, last).orElseThrow();
            throw new BodyConflictException(baseVersion, last,
                    directory.person(theirs.getAuthor()).map(PersonRef::name).orElse(theirs.getAuthor()));
        }
        document.setBodyHtml(clean);
        bodyVersions.save(new BodyVersion(documentId, last + 1, clean, currentUsers.current().username(), task.name(),
                clock.instant()));
        indexer.indexAfterCommit(document);
        audit.success("DOCUMENT_BODY_SAVE", "document", documentId, "version " + (last + 1));
        return last + 1;
    }

    /**
     * 份数 and 附注 of a 发文, changed by its current handler until 用印 (the sealed files keep what they were signed
     * with). Refused: 份数 outside 1 to 999999, a 附注 over 100 characters.
     */
    public void saveCopiesAndAnnotation(Long documentId, Integer copies, String annotation) {
        OfficialDocument document = read(documentId);
        requireHandler(document);
        if (document.getDirection() != OfficialDocument.Direction.OUTGOING || document.isSealed()) {
            throw new BusinessRuleException("document.error.outputFixed");
        }
        if (copies == null || copies < 1 || copies > 999_999) {
            throw new BusinessRuleException("document.validation.copies");
        }
        String text = annotation(annotation);
        if (text != null && text.length() > 100) {
            throw new BusinessRuleException("document.error.annotationTooLong");
        }
        document.setCopies(copies);
        document.setAnnotation(text);
        audit.success("DOCUMENT_OUTPUT_DETAILS", "document", documentId, "份数 " + copies);
    }

    /** Uploads a new attachment, or a new version of an existing one, while {@link ContentRights} allow it. */
    public AttachmentVersion uploadAttachment(Long documentId, Long attachmentId, String fileName, String contentType,
                                              InputStream content) {
        OfficialDocument document = read(documentId);
        requireHandler(document);
        ContentRights rights = ContentRights.of(document);
        if (attachmentId == null ? !rights.newAttachments() : !rights.attachmentVersions()) {
            throw new BusinessRuleException(rights.fixedBecause());
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new BusinessRuleException("document.error.fileName");
        }
        return storeAttachment(document, attachmentId, fileName, contentType, content, currentUsers.current().username());
    }

    // ---- acting on the current step: the workflow kit's task actions, on this document ------------------

    /**
     * Send on: the step's own work (number, seal, delivery, choices — the document's step handlers), the opinion,
     * then the engine moves on.
     */
    public void sendOn(Long documentId, String taskId, StepDecision decision) {
        tasks.send(find(documentId).businessKey(), taskId, decision.toTaskDecision());
    }

    /**
     * 退回. A sealed 发文 is not sent back: what was sealed stays as it is. A signed one sent back to 签发 or a step
     * before it is no longer signed: it may change again and is signed anew.
     */
    public void returnTo(Long documentId, String taskId, String targetActivityId, String opinion) {
        tasks.returnTo(find(documentId).businessKey(), taskId, targetActivityId, opinion);
    }

    /**
     * 退文: the receiving unit refuses a 收文 back to its sender at 签收 with a reason. The engine ends the process at
     * its 退文 end; the reason stays as the 签收 opinion, and the sender's 发文 gets a 退文 record naming the unit.
     */
    public void refuse(Long documentId, String taskId, String reason) {
        tasks.refuse(find(documentId).businessKey(), taskId, reason);
    }

    public void transfer(Long documentId, String taskId, String toUsername, String opinion) {
        tasks.transfer(find(documentId).businessKey(), taskId, toUsername, opinion);
    }

    public void addSigner(Long documentId, String taskId, String signerUsername, String opinion) {
        tasks.addSigner(find(documentId).businessKey(), taskId, signerUsername, opinion);
    }

    /** 撤回; the signer taking back 签发 takes back the signature too. */
    public void withdraw(Long documentId) {
        OfficialDocument document = find(documentId);
        tasks.withdraw(document.businessKey(), document.getProcessInstanceId());
    }

    public void urge(Long documentId, String message) {
        OfficialDocument document = find(documentId);
        tasks.urge(document.businessKey(), document.getProcessInstanceId(), message);
    }

    public void terminate(Long documentId, String reason) {
        OfficialDocument document = find(documentId);
        tasks.terminate(document.businessKey(), document.getProcessInstanceId(), reason);
    }

    /** Workflow administrators: an open step of the document to someone else, cleared for it. */
    public void reassign(Long documentId, String taskId, String toUsername) {
        tasks.reassign(find(documentId).businessKey(), taskId, toUsername);
    }

    @Transactional(readOnly = true)
    public List<Workflow.Step> returnTargets(Long documentId, String taskId) {
        return tasks.returnTargets(find(documentId).businessKey(), taskId);
    }

    private AttachmentVersion storeAttachment(OfficialDocument document, Long attachmentId, String fileName,
                                              String contentType, InputStream content, String author) {
        Attachment attachment = attachmentId == null
                ? attachments.save(new Attachment(document.getId(), fileName.strip(), clock.instant()))
                : attachmentOf(document.getId(), attachmentId);
        FileStore.StoredFile stored;
        try (content) {
            stored = files.store(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int versionNo = attachmentVersions.lastVersionNo(attachment.getId()) + 1;
        AttachmentVersion version = attachmentVersions.save(new AttachmentVersion(attachment.getId(), versionNo,
                stored.key(), contentType, stored.size(), stored.sha256(), author, clock.instant()));
        audit.success("DOCUMENT_ATTACHMENT_UPLOAD", "document", document.getId(), fileName + " v" + versionNo);
        return version;
    }

    // ---- checks ------------------------------------------------------------------------------------------

    /** The document, with no access check of its own: public methods open documents through {@link #read}. */
    private OfficialDocument find(Long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    private Attachment attachmentOf(Long documentId, Long attachmentId) {
        read(documentId);
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        if (!attachment.getDocumentId().equals(documentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachment;
    }

    /** The current user must hold an open task of this document: only the current handler edits or acts. */
    private TodoTask requireHandler(OfficialDocument document) {
        TodoTask task = currentTask(document);
        if (task == null) {
            throw new AccessDeniedException("not the current handler of document " + document.getId());
        }
        return task;
    }

    /** Nobody drafts or registers a document they could not read. */
    private static void requireOwnClearance(CurrentUser user, Classification classification) {
        if (!classification.readableWith(user.clearance())) {
            throw new AccessDeniedException(user.username() + " is not cleared for a " + classification + " document");
        }
    }

    private boolean isCandidate(TodoTask task, String username) {
        return todo.isOpenFor(task.taskId(), username);
    }

    private PersonRef person(String username) {
        return directory.person(username).orElseThrow(() -> new AccessDeniedException(username + " has no person record"));
    }

    private void requireUnits(List<Long> unitIds) {
        if (unitIds == null) {
            return;
        }
        for (Long unitId : unitIds) {
            directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        }
    }

    /** 附注 as typed, without the parentheses the layout prints around it. */
    private static String annotation(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        while (text.length() >= 2 && (text.startsWith("（") || text.startsWith("("))
                && (text.endsWith("）") || text.endsWith(")"))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.isEmpty() ? null : text;
    }

    private static void requireSecrecyPeriod(boolean classified, String secrecyPeriod) {
        if (classified && (secrecyPeriod == null || secrecyPeriod.isBlank())) {
            throw new BusinessRuleException("document.error.secrecyPeriod");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
