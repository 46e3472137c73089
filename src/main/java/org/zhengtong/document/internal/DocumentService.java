package org.zhengtong.document.internal;

import jakarta.validation.Valid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.document.Classification;
import org.zhengtong.document.DocumentFinished;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.document.internal.layout.OfficialRenderer;
import org.zhengtong.seal.Seals;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TodoList;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.WorkflowException;

/**
 * 公文 on the workflow engine. The engine decides who acts next; this service keeps the document in step: the
 * drafter's form, body versions, the number at 编号登记, the seal at 用印, delivery into the recipients' inboxes at
 * 分发, the 收文 number at 登记, and the handlers chosen at 核稿, 拟办 and 批办.
 */
@Service
@Validated
@Transactional
public class DocumentService {

    private static final String SIGN_OFF = "signOff";

    /** Steps that are only read and marked as read (传阅): no return, transfer or added signer. */
    public static final Set<String> READ_ONLY_STEPS = Set.of("circulate");

    private final DocumentRepository documents;
    private final BodyVersionRepository bodyVersions;
    private final AttachmentRepository attachments;
    private final AttachmentVersionRepository attachmentVersions;
    private final ReaderRepository readers;
    private final IssuerCodeRepository issuerCodes;
    private final DocumentNumbering numbering;
    private final DocumentAccess access;
    private final BodySanitizer sanitizer;
    private final ProcessSelection processes;
    private final Workflow workflow;
    private final TodoList todo;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;
    private final Seals seals;
    private final OfficialRenderer renderer;
    private final DocumentIndexer indexer;
    private final ApplicationEventPublisher events;

    DocumentService(DocumentRepository documents, BodyVersionRepository bodyVersions, AttachmentRepository attachments,
                    AttachmentVersionRepository attachmentVersions, ReaderRepository readers,
                    IssuerCodeRepository issuerCodes, DocumentNumbering numbering, DocumentAccess access,
                    BodySanitizer sanitizer, ProcessSelection processes, Workflow workflow, TodoList todo,
                    OrgDirectory directory,
                    CurrentUsers currentUsers, FileStore files, AuditLog audit, Clock clock, Seals seals,
                    OfficialRenderer renderer, DocumentIndexer indexer, ApplicationEventPublisher events) {
        this.documents = documents;
        this.bodyVersions = bodyVersions;
        this.attachments = attachments;
        this.attachmentVersions = attachmentVersions;
        this.readers = readers;
        this.issuerCodes = issuerCodes;
        this.numbering = numbering;
        this.access = access;
        this.sanitizer = sanitizer;
        this.processes = processes;
        this.workflow = workflow;
        this.todo = todo;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.seals = seals;
        this.renderer = renderer;
        this.indexer = indexer;
        this.events = events;
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
        document.setBodyHtml(sanitizer.clean(form.bodyHtml()));
        documents.save(document);
        bodyVersions.save(new BodyVersion(document.getId(), 1, document.getBodyHtml(), user.username(), "拟稿",
                clock.instant()));

        Map<String, Object> variables = baseVariables(document);
        variables.put("countersigners", List.of());
        variables.put("signer", firstHolder(drafter.unitId(), "UNIT_HEAD"));
        document.setProcessInstanceId(workflow.start(processes.outgoingProcessFor(document), document.businessKey(),
                user.username(), variables));
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
        startIncoming(document, user.username());
        indexer.indexAfterCommit(document);
        audit.success("DOCUMENT_REGISTER_PAPER", "document", document.getId(), document.getTitle());
        return document;
    }

    /** 机要秘书 and 办公室主任 register paper 收文 for their unit. */
    @Transactional(readOnly = true)
    public boolean canRegisterPaperIncoming() {
        return directory.person(currentUsers.current().username())
                .map(p -> p.position().equals("CONFIDENTIAL_SECRETARY") || p.position().equals("OFFICE_DIRECTOR"))
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
        String clean = sanitizer.clean(html);
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

    // ---- acting on the current step ----------------------------------------------------------------------

    /** Send on: the step's own work (number, seal, delivery, choices), the opinion, then the engine moves on. */
    public void sendOn(Long documentId, String taskId, StepDecision decision) {
        OfficialDocument document = read(documentId);
        TodoTask task = requireTask(document, taskId);
        String username = currentUsers.current().username();
        if (task.addedSignerFor() != null) {
            // an added signer (加签) only gives an opinion and hands the task back; the step's work stays with its owner
            workflow.complete(taskId, username, decision.opinion(), Map.of());
            audit.success("DOCUMENT_SEND_ON", "document", documentId, task.name());
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        switch (task.activityId()) {
            case "officeReview" -> {
                variables.put("countersigners", chosen(document, existingPeople(decision.countersignersOrEmpty())));
                if (decision.signer() != null && !decision.signer().isBlank()) {
                    variables.put("signer", chosen(document, existingPeople(List.of(decision.signer()))).get(0));
                }
            }
            case SIGN_OFF -> {
                document.setSigner(username, person(username).name());
                document.setIssueDate(LocalDate.now(clock));
            }
            case "numbering" -> assignNumber(document);
            case "seal" -> seal(document, username);
            case "distribute" -> distribute(document, username);
            case "signIn" -> variables.put("clerk", username);
            case "register" -> assignRegistrationNumber(document);
            case "propose" -> variables.put("leader", decision.leader() == null || decision.leader().isBlank()
                    ? firstHolder(document.getUnitId(), "UNIT_HEAD")
                    : chosen(document, existingPeople(List.of(decision.leader()))).get(0));
            case "instruct" -> {
                List<String> handlers = chosen(document,
                        departmentHeads(document.getUnitId(), decision.handlingDepartmentsOrEmpty()));
                if (handlers.isEmpty()) {
                    throw new BusinessRuleException("document.error.handlersRequired");
                }
                List<String> circulation = chosen(document, existingPeople(decision.readersOrEmpty()));
                circulation.forEach(reader -> addReader(document, reader));
                variables.put("handlers", handlers);
                variables.put("readers", circulation);
            }
            default -> {
                // designed approval steps have no document work of their own
            }
        }
        workflow.complete(taskId, username, decision.opinion(), variables);
        finishIfEnded(document);
        audit.success("DOCUMENT_SEND_ON", "document", documentId, task.name());
    }

    /**
     * 用印: the unit's valid 公章, applied by one of its custodians to the red-header 公文 as PDF and OFD; both sealed
     * files are stored and served from then on instead of a fresh rendering.
     */
    private void seal(OfficialDocument document, String username) {
        if (document.isSealed()) {
            return; // back at 用印 after a 撤回: the sealed files stay as they were signed
        }
        Seals.SealRef seal = seals.activeSeal(document.getUnitId())
                .orElseThrow(() -> new BusinessRuleException("document.error.noActiveSeal"));
        if (!seals.isCustodian(seal.id(), username)) {
            throw new BusinessRuleException("document.error.notSealCustodian", seal.name());
        }
        List<String> attached = attachments.findByDocumentIdOrderByIdAsc(document.getId()).stream()
                .map(Attachment::getFileName).toList();
        OfficialRenderer.Output output = renderer.pdfAndOfd(document, attached, seal.diameterMm());
        byte[] pdf = seals.signPdf(seal.id(), username, output.pdf(), output.seal());
        byte[] ofd = seals.signOfd(seal.id(), username, output.ofd(), output.seal());
        String pdfKey = files.store(new ByteArrayInputStream(pdf)).key();
        String ofdKey = files.store(new ByteArrayInputStream(ofd)).key();
        document.recordSealedOutput(seal.id(), username, clock.instant(), pdfKey, ofdKey);
        audit.success("DOCUMENT_SEAL", "document", document.getId(), seal.name() + " " + document.getTitle());
    }

    /**
     * 退回. A sealed 发文 is not sent back: what was sealed stays as it is. A signed one sent back to 签发 or a step
     * before it is no longer signed: it may change again and is signed anew.
     */
    public void returnTo(Long documentId, String taskId, String targetActivityId, String opinion) {
        OfficialDocument document = read(documentId);
        requireHandlingStep(requireTask(document, taskId));
        if (document.getDirection() == OfficialDocument.Direction.OUTGOING && document.isSealed()) {
            throw new BusinessRuleException("document.error.sealedNoReturn");
        }
        workflow.returnTo(taskId, currentUsers.current().username(), targetActivityId, opinion);
        voidSignatureIfBeforeSigning(document);
    }

    /**
     * 退文: the receiving unit refuses a 收文 back to its sender at 签收 with a reason. The engine ends the process at
     * its 退文 end; the reason stays as the 签收 opinion, and the sender's 发文 gets a 退文 record naming the unit.
     */
    public void refuse(Long documentId, String taskId, String reason) {
        OfficialDocument document = read(documentId);
        TodoTask task = requireTask(document, taskId);
        if (!"signIn".equals(task.activityId()) || task.addedSignerFor() != null) {
            throw new BusinessRuleException("document.error.refuseOnlyAtSignIn");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("document.error.reasonRequired");
        }
        String username = currentUsers.current().username();
        workflow.complete(taskId, username, reason.strip(), Map.of("refused", true));
        document.finish(OfficialDocument.Status.REFUSED, clock.instant());
        if (document.getSourceDocumentId() != null) {
            documents.findById(document.getSourceDocumentId())
                    .filter(source -> source.getProcessInstanceId() != null)
                    .ifPresent(source -> workflow.recordOnProcess(source.getProcessInstanceId(), username, "refused",
                            directory.unit(document.getUnitId()).map(OrgDirectory.UnitRef::name).orElse("")
                                    + "：" + reason.strip()));
        }
        audit.success("DOCUMENT_REFUSE", "document", documentId, reason.strip());
    }

    public void transfer(Long documentId, String taskId, String toUsername, String opinion) {
        OfficialDocument document = read(documentId);
        requireHandlingStep(requireTask(document, taskId));
        requireCleared(document, toUsername);
        workflow.transfer(taskId, currentUsers.current().username(), toUsername, opinion);
    }

    public void addSigner(Long documentId, String taskId, String signerUsername, String opinion) {
        OfficialDocument document = read(documentId);
        requireHandlingStep(requireTask(document, taskId));
        requireCleared(document, signerUsername);
        workflow.addSigner(taskId, currentUsers.current().username(), signerUsername, opinion);
    }

    /** 传阅 is read and marked as read; returning, transferring or adding a signer there would make it a step. */
    private static void requireHandlingStep(TodoTask task) {
        if (READ_ONLY_STEPS.contains(task.activityId())) {
            throw new BusinessRuleException("document.error.readOnlyStep");
        }
    }

    /** 撤回; the signer taking back 签发 takes back the signature too. */
    public void withdraw(Long documentId) {
        OfficialDocument document = read(documentId);
        workflow.withdraw(document.getProcessInstanceId(), currentUsers.current().username());
        voidSignatureIfBeforeSigning(document);
    }

    public void urge(Long documentId, String message) {
        OfficialDocument document = read(documentId);
        workflow.urge(document.getProcessInstanceId(), currentUsers.current().username(), message);
    }

    public void terminate(Long documentId, String reason) {
        OfficialDocument document = read(documentId);
        workflow.terminate(document.getProcessInstanceId(), currentUsers.current().username(), reason);
        document.finish(OfficialDocument.Status.TERMINATED, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Workflow.Step> returnTargets(Long documentId, String taskId) {
        OfficialDocument document = read(documentId);
        requireTask(document, taskId);
        return workflow.returnTargets(taskId, currentUsers.current().username());
    }

    // ---- the steps' own work -----------------------------------------------------------------------------

    /**
     * After a 退回 or 撤回 of a signed 发文: when the process is back at 领导签发, or at a step last handled before the
     * signature was given, the signature no longer stands — the document may change again and is signed anew.
     */
    private void voidSignatureIfBeforeSigning(OfficialDocument document) {
        // a 收文 shows its sender's signer, which no step of its own gave
        if (document.getDirection() != OfficialDocument.Direction.OUTGOING || document.getSignerUsername() == null) {
            return;
        }
        List<HistoryStep> handled = workflow.history(document.getProcessInstanceId()).stream()
                .filter(step -> step.taskId() != null && step.ended() != null).toList();
        Optional<Instant> signing = latest(handled, SIGN_OFF, HistoryStep::started);
        boolean beforeSigning = signing.isPresent() && workflow.openTasks(document.getProcessInstanceId()).stream()
                .map(TodoTask::activityId)
                .anyMatch(open -> open.equals(SIGN_OFF) || latest(handled, open, HistoryStep::ended)
                        .filter(lastHandled -> !lastHandled.isAfter(signing.get())).isPresent());
        if (beforeSigning) {
            audit.success("DOCUMENT_SIGNATURE_VOID", "document", document.getId(), document.getSignerName());
            document.setSigner(null, null);
            document.setIssueDate(null);
        }
    }

    private static Optional<Instant> latest(List<HistoryStep> steps, String activityId,
                                            Function<HistoryStep, Instant> time) {
        return steps.stream().filter(step -> step.activityId().equals(activityId)).map(time)
                .max(Comparator.naturalOrder());
    }

    private void assignNumber(OfficialDocument document) {
        if (document.getNumberSerial() != null) {
            return;
        }
        int year = numbering.currentYear();
        int serial = numbering.next(DocumentNumbering.sequenceKey(document.getIssuerCode(), year), document.getId());
        document.number(document.getIssuerCode(), year, serial, DocumentNumbering.format(document.getIssuerCode(), year, serial));
        todo.describeAgain(document.businessKey());
        indexer.indexAfterCommit(document);
        audit.success("DOCUMENT_NUMBER", "document", document.getId(), document.getDocumentNumber());
    }

    private void assignRegistrationNumber(OfficialDocument document) {
        if (document.getRegistrationNumber() != null) {
            return;
        }
        int year = numbering.currentYear();
        int serial = numbering.next("收:" + document.getUnitId() + "/" + year, document.getId());
        document.setRegistrationNumber(DocumentNumbering.format("收", year, serial));
        todo.describeAgain(document.businessKey());
        indexer.indexAfterCommit(document);
    }

    /** 分发: a 收文 in each 主送 and 抄送 unit's inbox, with the body, attachments and sealed PDF and OFD as issued. */
    private void distribute(OfficialDocument outgoing, String username) {
        if (!documents.findBySourceDocumentId(outgoing.getId()).isEmpty()) {
            return;
        }
        String issuingUnit = directory.unit(outgoing.getUnitId()).map(OrgDirectory.UnitRef::name).orElse("");
        Set<Long> recipients = new LinkedHashSet<>(outgoing.mainRecipientIds());
        recipients.addAll(outgoing.ccRecipientIds());
        for (Long unitId : recipients) {
            OfficialDocument incoming = new OfficialDocument(OfficialDocument.Direction.INCOMING, outgoing.getType(),
                    outgoing.getTitle(), outgoing.getClassification(), outgoing.getSecrecyPeriod(),
                    outgoing.getUrgency(), unitId, null, username, clock.instant());
            incoming.setSourceDocumentId(outgoing.getId());
            incoming.setSourceUnitName(issuingUnit);
            incoming.setDocumentNumber(outgoing.getDocumentNumber());
            incoming.setBodyHtml(outgoing.getBodyHtml());
            incoming.setDeadline(outgoing.getDeadline());
            incoming.setSigner(outgoing.getSignerUsername(), outgoing.getSignerName());
            incoming.setIssueDate(outgoing.getIssueDate());
            incoming.receiveSealedOutput(outgoing);
            documents.save(incoming);
            bodyVersions.save(new BodyVersion(incoming.getId(), 1, incoming.getBodyHtml(), username, "分发", clock.instant()));
            copyAttachments(outgoing, incoming);
            startIncoming(incoming, username);
            indexer.indexAfterCommit(incoming);
        }
        audit.success("DOCUMENT_DISTRIBUTE", "document", outgoing.getId(), recipients.toString());
    }

    private void startIncoming(OfficialDocument incoming, String starter) {
        Map<String, Object> variables = baseVariables(incoming);
        variables.put("unitId", incoming.getUnitId());
        variables.put("handlers", List.of());
        variables.put("readers", List.of());
        // set to true only by 退文 at 签收, where the process then ends
        variables.put("refused", false);
        incoming.setProcessInstanceId(workflow.start(processes.incomingProcessFor(incoming), incoming.businessKey(),
                starter, variables));
    }

    private void copyAttachments(OfficialDocument from, OfficialDocument to) {
        for (Attachment attachment : attachments.findByDocumentIdOrderByIdAsc(from.getId())) {
            List<AttachmentVersion> versions = attachmentVersions.findByAttachmentIdOrderByVersionNoAsc(attachment.getId());
            if (versions.isEmpty()) {
                continue;
            }
            AttachmentVersion latest = versions.get(versions.size() - 1);
            Attachment copy = attachments.save(new Attachment(to.getId(), attachment.getFileName(), clock.instant()));
            attachmentVersions.save(new AttachmentVersion(copy.getId(), 1, latest.getStorageKey(), latest.getContentType(),
                    latest.getSizeBytes(), latest.getSha256(), latest.getAuthor(), latest.getCreatedAt()));
        }
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

    private void finishIfEnded(OfficialDocument document) {
        if (workflow.isEnded(document.getProcessInstanceId())) {
            document.finish(OfficialDocument.Status.FINISHED, clock.instant());
            events.publishEvent(new DocumentFinished(document.getId(), document.getUnitId(), document.getTitle(),
                    document.getFinishedAt()));
        }
    }

    private void addReader(OfficialDocument document, String username) {
        if (!readers.existsByDocumentIdAndUsername(document.getId(), username)) {
            readers.save(new DocumentReader(document.getId(), username));
        }
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

    private TodoTask requireTask(OfficialDocument document, String taskId) {
        String username = currentUsers.current().username();
        TodoTask task = workflow.task(taskId, username);
        if (!document.businessKey().equals(task.businessKey())) {
            throw new WorkflowException("workflow.error.notYourTask");
        }
        return task;
    }

    /**
     * The people chosen at a step (会签, 签发, 批办, 承办, 传阅) are people of the document's unit, as the page offers
     * them, whose clearance covers its 密级: otherwise the document would reach someone it must not. Refused before
     * anything changes.
     */
    private List<String> chosen(OfficialDocument document, List<String> usernames) {
        usernames.forEach(username -> {
            requireOfUnit(document, username);
            requireCleared(document, username);
        });
        return usernames;
    }

    private void requireOfUnit(OfficialDocument document, String username) {
        directory.person(username).filter(person -> person.unitId() != document.getUnitId()).ifPresent(person -> {
            throw new BusinessRuleException("document.error.outsideUnit", person.name(),
                    directory.unit(document.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(""));
        });
    }

    /** Nobody drafts or registers a document they could not read. */
    private static void requireOwnClearance(CurrentUser user, Classification classification) {
        if (!classification.readableWith(user.clearance())) {
            throw new AccessDeniedException(user.username() + " is not cleared for a " + classification + " document");
        }
    }

    private void requireCleared(OfficialDocument document, String username) {
        if (!document.getClassification().classified() || username == null || username.isBlank()) {
            return;
        }
        directory.person(username.strip()).ifPresent(person -> {
            if (!document.getClassification().readableWith(person.clearance())) {
                throw new BusinessRuleException("document.error.clearanceTooLow", person.name(),
                        document.getClassification().label());
            }
        });
    }

    private boolean isCandidate(TodoTask task, String username) {
        return todo.isOpenFor(task.taskId(), username);
    }

    private Map<String, Object> baseVariables(OfficialDocument document) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("stepDue", document.getUrgency().stepTime().toString());
        variables.put("classification", document.getClassification().name());
        variables.put(Workflow.REQUIRED_CLEARANCE, document.getClassification().requiredClearance().name());
        variables.put("urgency", document.getUrgency().name());
        variables.put("documentType", document.getType().name());
        return variables;
    }

    private PersonRef person(String username) {
        return directory.person(username).orElseThrow(() -> new AccessDeniedException(username + " has no person record"));
    }

    private String firstHolder(Long unitId, String position) {
        return directory.holders(unitId, position).stream().findFirst().map(PersonRef::username)
                .orElseThrow(() -> new WorkflowException("workflow.error.noHandler",
                        directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse(""), "position." + position));
    }

    private List<String> existingPeople(List<String> usernames) {
        List<String> found = new ArrayList<>();
        for (String username : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            found.add(directory.person(username.strip())
                    .orElseThrow(() -> new WorkflowException("workflow.error.unknownPerson", username)).username());
        }
        return found.stream().distinct().toList();
    }

    private List<String> departmentHeads(Long unitId, List<Long> departmentIds) {
        List<String> heads = new ArrayList<>();
        for (Long departmentId : departmentIds) {
            OrgDirectory.DepartmentRef department = directory.department(departmentId)
                    .filter(d -> d.unitId() == unitId)
                    .orElseThrow(() -> new NotFoundException("department", departmentId));
            heads.add(directory.departmentHead(department.id())
                    .orElseThrow(() -> new BusinessRuleException("document.error.noDepartmentHead", department.name()))
                    .username());
        }
        return heads.stream().distinct().toList();
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
