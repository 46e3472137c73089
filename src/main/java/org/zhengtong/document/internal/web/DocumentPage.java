package org.zhengtong.document.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhengtong.document.FinishedDocumentUses;
import org.zhengtong.document.internal.CommonPhraseService;
import org.zhengtong.document.internal.ContentRights;
import org.zhengtong.document.internal.DocumentDossier;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.TaskPanel;
import org.zhengtong.workflow.Workflow;

/**
 * Everything the document page shows: header, body, attachments, versions, the timeline, and the workflow kit's task
 * actions ({@link TaskPanel}: the current handler's step with its choices, withdraw, urge, terminate, reassign). Used
 * for the page itself and when an action is refused (shown again, 409).
 */
@Component
class DocumentPage {

    static final String VIEW = "document/show";

    private final DocumentService documents;
    private final CommonPhraseService phrases;
    private final Workflow workflow;
    private final TaskActions tasks;
    private final OrgDirectory directory;
    private final Texts texts;
    private final ObjectProvider<FinishedDocumentUses> uses;

    DocumentPage(DocumentService documents, CommonPhraseService phrases, Workflow workflow, TaskActions tasks,
                 OrgDirectory directory, Texts texts, ObjectProvider<FinishedDocumentUses> uses) {
        this.documents = documents;
        this.phrases = phrases;
        this.workflow = workflow;
        this.tasks = tasks;
        this.directory = directory;
        this.texts = texts;
        this.uses = uses;
    }

    public record TimelineRemark(String type, String author, Instant time, String text) {
    }

    public record TimelineRow(String step, String handler, String delegatedFrom, Instant started, Instant ended,
                              String duration, boolean open, List<TimelineRemark> remarks) {
    }

    void fill(Model model, Long id) {
        DocumentDossier dossier = documents.dossier(id);
        OfficialDocument document = dossier.document();
        Names names = new Names(directory);

        model.addAttribute("document", document);
        model.addAttribute("attachments", dossier.attachments());
        model.addAttribute("bodyVersions", dossier.bodyVersions());
        model.addAttribute("unitName", unitName(document.getUnitId()));
        model.addAttribute("initiatorName", names.of(document.getInitiator()));
        model.addAttribute("mainRecipientNames", unitNames(document.mainRecipientIds()));
        model.addAttribute("ccRecipientNames", unitNames(document.ccRecipientIds()));

        String processId = document.getProcessInstanceId();
        boolean running = processId != null && document.getStatus() == OfficialDocument.Status.IN_PROGRESS;
        List<HistoryStep> history = processId == null ? List.of() : workflow.history(processId);
        model.addAttribute("timeline", history.stream().map(step -> row(step, names)).toList());
        model.addAttribute("currentSteps", running ? currentSteps(processId, names) : List.of());

        TaskPanel panel = running ? tasks.panel(document.businessKey(), processId) : TaskPanel.none();
        model.addAttribute("panel", panel);
        model.addAttribute("task", panel.task());
        model.addAttribute("contentRights", ContentRights.of(document));
        model.addAttribute("uses", document.getStatus() == OfficialDocument.Status.FINISHED
                ? uses.orderedStream().flatMap(u -> u.usesOf(document.getId(), document.getType()).stream()).toList()
                : List.of());
        if (panel.task() != null) {
            model.addAttribute("phrases", phrases.mine());
        }
        dossier.bodyVersions().forEach(v -> names.of(v.getAuthor()));
        dossier.attachments().forEach(a -> a.versions().forEach(v -> names.of(v.getAuthor())));
        model.addAttribute("names", names.known());
    }

    /** The open steps as the unit's design names them, with their handlers: 科室审核（王五）. */
    List<String> currentSteps(Long documentId) {
        return documents.runningProcess(documentId).map(processId -> currentSteps(processId, new Names(directory)))
                .orElse(List.of());
    }

    private List<String> currentSteps(String processId, Names names) {
        return workflow.openTasks(processId).stream()
                .map(t -> t.assignee() == null ? t.name() : t.name() + "（" + names.of(t.assignee()) + "）").toList();
    }

    private TimelineRow row(HistoryStep step, Names names) {
        boolean task = step.taskId() != null;
        // process-level records (withdraw, terminate) carry their type as the step name
        String stepName = task || step.activityId().equals("start") || step.activityId().equals("end")
                ? step.name() : texts.of("workflow.remark." + step.activityId());
        List<TimelineRemark> remarks = step.remarks().stream()
                .map(r -> new TimelineRemark(texts.of("workflow.remark." + r.type()), names.of(r.author()), r.time(),
                        r.text()))
                .toList();
        return new TimelineRow(stepName, step.handler() == null ? null : names.of(step.handler()),
                step.delegatedFrom() == null ? null : names.of(step.delegatedFrom()), step.started(), step.ended(),
                task && step.duration() != null ? duration(step.duration()) : null, step.open(), remarks);
    }

    private String duration(Duration duration) {
        if (duration.toDays() > 0) {
            return texts.of("document.duration.days", duration.toDays(), duration.toHoursPart());
        }
        if (duration.toHours() > 0) {
            return texts.of("document.duration.hours", duration.toHours(), duration.toMinutesPart());
        }
        if (duration.toMinutes() > 0) {
            return texts.of("document.duration.minutes", duration.toMinutes());
        }
        return texts.of("document.duration.lessThanMinute");
    }

    private String unitName(Long unitId) {
        return directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse("");
    }

    private List<String> unitNames(List<Long> unitIds) {
        return unitIds.stream().map(this::unitName).filter(name -> !name.isEmpty()).toList();
    }

    /** Display names of the people on the page, each looked up once. */
    static final class Names {

        private final OrgDirectory directory;
        private final Map<String, String> byUsername = new HashMap<>();

        Names(OrgDirectory directory) {
            this.directory = directory;
        }

        String of(String username) {
            if (username == null) {
                return null;
            }
            return byUsername.computeIfAbsent(username,
                    u -> directory.nameOf(u));
        }

        Map<String, String> known() {
            return Collections.unmodifiableMap(byUsername);
        }
    }
}
