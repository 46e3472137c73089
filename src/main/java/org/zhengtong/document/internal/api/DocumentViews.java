package org.zhengtong.document.internal.api;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.document.internal.BodyVersion;
import org.zhengtong.document.internal.DocumentDossier;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.DocumentTimeline;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.api.DocumentResponse.DocumentAttachment;
import org.zhengtong.document.internal.api.DocumentResponse.DocumentCurrentStep;
import org.zhengtong.document.internal.api.DocumentResponse.DocumentTask;
import org.zhengtong.document.internal.api.DocumentResponse.DocumentTimelineStep;
import org.zhengtong.document.internal.api.DocumentResponse.DocumentUnit;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * A document as the API shows it: what the document page shows, read behind the same check (one audit record for
 * a classified document), with the labels in the request's language.
 */
@Component
class DocumentViews {

    private final DocumentService documents;
    private final DocumentTimeline timeline;
    private final Workflow workflow;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    DocumentViews(DocumentService documents, DocumentTimeline timeline, Workflow workflow, OrgDirectory directory,
                  MessageSource messages, Clock clock) {
        this.documents = documents;
        this.timeline = timeline;
        this.workflow = workflow;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    DocumentResponse document(Long id) {
        DocumentDossier dossier = documents.dossier(id);
        OfficialDocument document = dossier.document();
        Map<String, String> names = new HashMap<>();
        boolean running = document.getProcessInstanceId() != null
                && document.getStatus() == OfficialDocument.Status.IN_PROGRESS;
        List<TodoTask> open = running ? workflow.openTasks(document.getProcessInstanceId()) : List.of();
        TodoTask task = running ? documents.currentTask(document) : null;
        List<BodyVersion> versions = dossier.bodyVersions();
        return new DocumentResponse(document.getId(), document.getDirection(),
                text("document.direction." + document.getDirection()), document.getType(),
                text("document.type." + document.getType()), document.getTitle(), document.getDocumentNumber(),
                document.getRegistrationNumber(), document.getClassification(),
                text("document.classification." + document.getClassification()), document.getSecrecyPeriod(),
                document.getUrgency(), text("document.urgency." + document.getUrgency()), document.getStatus(),
                text("document.status." + document.getStatus()), unit(document.getUnitId()),
                document.getDepartmentId() == null ? null : directory.department(document.getDepartmentId())
                        .map(OrgDirectory.DepartmentRef::name).orElse(null),
                document.getInitiator(), name(document.getInitiator(), names),
                document.mainRecipientIds().stream().map(this::unit).toList(),
                document.ccRecipientIds().stream().map(this::unit).toList(),
                document.getSignerName(), document.getIssueDate(), document.getDeadline(), document.getCopies(),
                document.getAnnotation(), document.isSealed(),
                document.getSourceUnitName(), document.getCreatedAt(), document.getFinishedAt(),
                document.getBodyHtml(), versions.isEmpty() ? 0 : versions.get(versions.size() - 1).getVersionNo(),
                dossier.attachments().stream().map(file -> new DocumentAttachment(file.attachment().getId(),
                        file.attachment().getFileName(), file.versions().stream()
                        .map(v -> new DocumentAttachment.Version(v.getVersionNo(), v.getSizeBytes(), v.getSha256(),
                                name(v.getAuthor(), names), v.getCreatedAt())).toList())).toList(),
                open.stream().map(t -> new DocumentCurrentStep(t.name(), name(t.assignee(), names))).toList(),
                task == null ? null : task(task, names),
                timeline(document));
    }

    /** The document's timeline; the caller has read the document through {@link DocumentService}. */
    List<DocumentTimelineStep> timeline(OfficialDocument document) {
        return timeline.of(document).stream().map(step -> new DocumentTimelineStep(step.taskId(), step.activityId(),
                step.name(), step.handler(), step.handlerName(), step.delegatedFromName(), step.started(), step.ended(),
                step.open(), step.remarks().stream().map(r -> new DocumentTimelineStep.Remark(r.type(), r.label(),
                        r.authorName(), r.time(), r.text())).toList())).toList();
    }

    private DocumentTask task(TodoTask task, Map<String, String> names) {
        return new DocumentTask(task.taskId(), task.activityId(), task.name(), task.candidate(),
                name(task.delegatedFrom(), names), name(task.addedSignerFor(), names), task.created(), task.due(),
                task.overdueAt(clock.instant()));
    }

    private DocumentUnit unit(Long unitId) {
        return new DocumentUnit(unitId, directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse(null));
    }

    private String name(String username, Map<String, String> names) {
        if (username == null) {
            return null;
        }
        return names.computeIfAbsent(username, u -> directory.nameOf(u));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
