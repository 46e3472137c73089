package org.zhengtong.document.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;

/**
 * 分发: a 收文 in each 主送 and 抄送 unit's inbox, with the body, attachments and sealed PDF and OFD as issued; each
 * starts its own 收文 process at 签收. Once: a 发文 back at 分发 is not delivered twice.
 */
@Component
class DistributeStep extends DocumentStep {

    private final DocumentRepository documents;
    private final BodyVersionRepository bodyVersions;
    private final AttachmentRepository attachments;
    private final AttachmentVersionRepository attachmentVersions;
    private final DocumentIndexer indexer;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    DistributeStep(DocumentProcesses processes, DocumentRepository documents, BodyVersionRepository bodyVersions,
                   AttachmentRepository attachments, AttachmentVersionRepository attachmentVersions,
                   DocumentIndexer indexer, OrgDirectory directory, CurrentUsers currentUsers, AuditLog audit,
                   Clock clock) {
        super(DocumentProcesses.OUTGOING, "distribute", processes);
        this.documents = documents;
        this.bodyVersions = bodyVersions;
        this.attachments = attachments;
        this.attachmentVersions = attachmentVersions;
        this.indexer = indexer;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> send(TodoTask task, TaskDecision decision) {
        OfficialDocument outgoing = document(task);
        if (!documents.findBySourceDocumentId(outgoing.getId()).isEmpty()) {
            return Map.of();
        }
        String username = currentUsers.current().username();
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
            processes.startIncoming(incoming, username);
            indexer.indexAfterCommit(incoming);
        }
        audit.success("DOCUMENT_DISTRIBUTE", "document", outgoing.getId(), recipients.toString());
        return Map.of();
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
}
