package org.zhengtong.document.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhengtong.document.internal.CommonPhraseService;
import org.zhengtong.document.internal.ContentRights;
import org.zhengtong.document.internal.DocumentDossier;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * Everything the document page shows: header, body, attachments, versions, the timeline, and — for the current
 * handler — the choices of the step. Used for the page itself and when an action is refused (shown again, 409).
 */
@Component
class DocumentPage {

    static final String VIEW = "document/show";
    private static final Set<String> LEADER_POSITIONS = Set.of(Positions.UNIT_HEAD, Positions.LEADER_IN_CHARGE);
    /** Steps whose button says what the step does (签发, 会签, 已阅 …) rather than the plain 发送. */
    private static final Set<String> NAMED_SEND_STEPS = Set.of("officeReview", "countersign", "signOff", "signIn",
            "register", "propose", "instruct", "circulate");

    private final DocumentService documents;
    private final CommonPhraseService phrases;
    private final Workflow workflow;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final Texts texts;

    DocumentPage(DocumentService documents, CommonPhraseService phrases, Workflow workflow, OrgDirectory directory,
                 CurrentUsers currentUsers, Texts texts) {
        this.documents = documents;
        this.phrases = phrases;
        this.workflow = workflow;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.texts = texts;
    }

    /** A person to choose: the username posted, the label shown. */
    public record PersonOption(String username, String label) {
    }

    public record TimelineRemark(String type, String author, Instant time, String text) {
    }

    public record TimelineRow(String step, String handler, String delegatedFrom, Instant started, Instant ended,
                              String duration, boolean open, List<TimelineRemark> remarks) {
    }

    void fill(Model model, Long id) {
        DocumentDossier dossier = documents.dossier(id);
        OfficialDocument document = dossier.document();
        CurrentUser user = currentUsers.current();
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

        TodoTask task = running ? documents.currentTask(document) : null;
        model.addAttribute("task", task);
        model.addAttribute("contentRights", ContentRights.of(document));
        if (task != null) {
            addStepChoices(model, document, task, user, names);
        }
        model.addAttribute("canWithdraw", running && task == null && tookLastStep(history, user.username()));
        model.addAttribute("canUrge", running && task == null
                && (user.can("WORKFLOW_ADMIN") || workflow.participants(processId).contains(user.username())));
        model.addAttribute("canTerminate", running && user.can("WORKFLOW_ADMIN"));
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

    private void addStepChoices(Model model, OfficialDocument document, TodoTask task, CurrentUser user, Names names) {
        model.addAttribute("phrases", phrases.mine());
        model.addAttribute("addedSigner", task.addedSignerFor() != null);
        model.addAttribute("sendLabel", texts.of(NAMED_SEND_STEPS.contains(task.activityId())
                ? "document.action.sendOn." + task.activityId() : "document.action.sendOn"));
        // 传阅 readers only read and mark as read: no return, transfer or added signer
        model.addAttribute("readOnlyStep", DocumentService.READ_ONLY_STEPS.contains(task.activityId()));
        if (task.addedSignerFor() != null) {
            // an added signer only gives an opinion and hands back: no choices, no return, transfer or signer
            model.addAttribute("addedSignerFor", names.of(task.addedSignerFor()));
            return;
        }
        // a classified document is offered only to people whose clearance covers its 密级
        List<PersonRef> people = directory.people(document.getUnitId()).stream()
                .filter(p -> document.getClassification().readableWith(p.clearance())).toList();
        List<OrgDirectory.DepartmentRef> departments = directory.departments(document.getUnitId());
        Map<Long, String> departmentNames = departments.stream()
                .collect(Collectors.toMap(OrgDirectory.DepartmentRef::id, OrgDirectory.DepartmentRef::name));
        List<PersonOption> colleagues = people.stream().filter(p -> !p.username().equals(user.username()))
                .map(p -> option(p, departmentNames)).toList();
        List<PersonOption> leaders = people.stream().filter(p -> LEADER_POSITIONS.contains(p.position()))
                .map(p -> option(p, departmentNames)).toList();
        String unitHead = people.stream().filter(p -> p.position().equals(Positions.UNIT_HEAD)).map(PersonRef::username)
                .findFirst().orElse(null);

        model.addAttribute("returnTargets", documents.returnTargets(document.getId(), task.taskId()));
        model.addAttribute("colleagues", colleagues);
        model.addAttribute("leaders", leaders);
        model.addAttribute("unitHead", unitHead);
        model.addAttribute("departments", departments);
    }

    /** Withdraw is offered to whoever completed the last finished step; the engine decides whether it still can. */
    private static boolean tookLastStep(List<HistoryStep> history, String username) {
        return history.stream().filter(s -> s.taskId() != null && s.ended() != null)
                .max(Comparator.comparing(HistoryStep::ended))
                .map(s -> username.equals(s.handler())).orElse(false);
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

    private PersonOption option(PersonRef person, Map<Long, String> departments) {
        String place = person.departmentId() == null ? null : departments.get(person.departmentId());
        String position = texts.of("position." + person.position());
        return new PersonOption(person.username(),
                person.name() + "（" + (place == null ? position : place + " " + position) + "）");
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
