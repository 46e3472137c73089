package org.zhengtong.taskforce.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Sequences;
import org.zhengtong.platform.WorkingDays;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.Workflow;

/**
 * 交办事项: the office hands a task to a working group or a person its structure names, which starts 交办事项办理 on
 * the engine with the task's deadline as the 办理 step's due date (so 督办 watches it and the kit's 催办 reaches the
 * handler); the handler reports progress with files while handling it, submits completion at the step, and the office
 * accepts or sends it back there. Every method opens the task through its group's read check
 * ({@link TaskForceAccess}); handing out needs the group's office or the 专项工作管理员.
 */
@Service
@Transactional
public class AssignmentService {

    static final String TEMPLATE = "taskforce-task";
    static final String HANDLE = "handle";
    static final String ACCEPT = "accept";
    static final String SEQUENCE = "taskforce";
    static final int MAX_FILES = 10;

    private final TaskAssignmentRepository assignments;
    private final TaskForceRepository taskForces;
    private final TaskForceMemberRepository members;
    private final WorkingGroupRepository groups;
    private final GroupUnitRepository groupUnits;
    private final ProgressRepository progress;
    private final ProgressFileRepository files;
    private final TaskForceAccess access;
    private final Workflow workflow;
    private final TaskActions taskActions;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final WorkingDays workingDays;
    private final Sequences sequences;
    private final FileStore fileStore;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(TaskAssignmentRepository assignments, TaskForceRepository taskForces, TaskForceMemberRepository members,
                      WorkingGroupRepository groups, GroupUnitRepository groupUnits, ProgressRepository progress,
                      ProgressFileRepository files, TaskForceAccess access, Workflow workflow,
                      @Lazy TaskActions taskActions, CurrentUsers currentUsers, OrgDirectory directory,
                      WorkingDays workingDays, Sequences sequences, FileStore fileStore, AuditLog audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.taskForces = taskForces;
        this.members = members;
        this.groups = groups;
        this.groupUnits = groupUnits;
        this.progress = progress;
        this.files = files;
        this.access = access;
        this.workflow = workflow;
        this.taskActions = taskActions;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.workingDays = workingDays;
        this.sequences = sequences;
        this.fileStore = fileStore;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** 交办: hands a task out as the current user (the group's office or 专项工作管理员); returns its id. */
    public long hand(long taskForceId, AssignmentForm form) {
        CurrentUser user = currentUsers.current();
        TaskForce taskForce = access.editable(taskForceId, user);
        return hand(taskForce, form, dueDate(form, LocalDate.now(clock)), user.username());
    }

    /**
     * {@link #hand(long, AssignmentForm)} by a given office member with the deadline decided (the demo city's tasks,
     * some of them late, handed out with no one logged in).
     */
    long hand(TaskForce taskForce, AssignmentForm form, LocalDate due, String assignedBy) {
        long taskForceId = taskForce.getId();
        String title = Texts.required(form.title(), TaskAssignment.MAX_TITLE, "taskforce.error.titleNeeded");
        WorkingGroup group = form.groupId() == null ? null : groups.findById(form.groupId())
                .filter(g -> g.getTaskForceId() == taskForceId)
                .orElseThrow(() -> new BusinessRuleException("taskforce.error.unknownGroup"));
        String handler = Texts.optional(form.handler(), 40);
        if (handler == null) {
            if (group == null) {
                throw new BusinessRuleException("taskforce.error.targetNeeded");
            }
            handler = groupUnits.findByGroupIdInOrderByLeadDescIdAsc(List.of(group.getId())).stream()
                    .filter(GroupUnit::isLead).map(GroupUnit::getContact).filter(Objects::nonNull).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("taskforce.error.noContact", group.getName()));
        } else if (!named(taskForceId, group, handler)) {
            throw new BusinessRuleException("taskforce.error.handlerOutside");
        }
        OrgDirectory.PersonRef person = directory.person(handler)
                .orElseThrow(() -> new BusinessRuleException("taskforce.error.unknownPerson"));
        List<String> office = members.findByTaskForceIdAndMemberRoleIn(taskForceId, MemberRole.OFFICE).stream()
                .map(TaskForceMember::getUsername).distinct().toList();
        if (office.isEmpty()) {
            throw new BusinessRuleException("taskforce.error.noOffice");
        }
        int year = LocalDate.now(clock).getYear();
        String number = "督" + year + "-" + String.format("%04d", sequences.next(SEQUENCE, taskForceId + "-" + year));
        TaskAssignment assignment = assignments.saveAndFlush(new TaskAssignment(taskForceId,
                group == null ? null : group.getId(), person.unitId(), handler, number, title,
                Texts.optional(form.content(), TaskAssignment.MAX_TEXT), due, assignedBy, clock.instant()));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("assignmentId", assignment.getId());
        variables.put("taskForceId", taskForceId);
        variables.put("handler", handler);
        variables.put("office", String.join(",", office));
        variables.put("due", endOf(due));
        assignment.startedAs(workflow.start(TEMPLATE, assignment.businessKey(), assignedBy, variables));
        audit.success("TASKFORCE_ASSIGN", "taskforceTask", assignment.getId(), number + " " + title + " → "
                + handler);
        changed(assignment);
        return assignment.getId();
    }

    private LocalDate dueDate(AssignmentForm form, LocalDate today) {
        if (form.workingDays() != null) {
            if (form.workingDays() < 1 || form.workingDays() > 250) {
                throw new BusinessRuleException("taskforce.error.workingDays");
            }
            return workingDays.plusWorkingDays(today, form.workingDays());
        }
        if (form.dueDate() == null) {
            throw new BusinessRuleException("taskforce.error.dueNeeded");
        }
        if (form.dueDate().isBefore(today)) {
            throw new BusinessRuleException("taskforce.error.duePast");
        }
        return form.dueDate();
    }

    /** Whether the structure names the person: a contact of the group's units (of any group without one), a member. */
    private boolean named(long taskForceId, WorkingGroup group, String username) {
        List<Long> groupIds = group != null ? List.of(group.getId())
                : groups.findByTaskForceIdOrderBySortOrderAscIdAsc(taskForceId).stream().map(WorkingGroup::getId)
                        .toList();
        return groupUnits.findByGroupIdInOrderByLeadDescIdAsc(groupIds).stream()
                .anyMatch(u -> username.equals(u.getContact()))
                || (group == null && members.existsByTaskForceIdAndUsernameAndMemberRoleIn(taskForceId, username,
                        List.of(MemberRole.values())));
    }

    /** 进展情况: the handler, while the task is at 办理, reports how far it is, with files. */
    public long report(long id, int percentDone, String text, List<Upload> uploads) {
        CurrentUser user = currentUsers.current();
        TaskAssignment assignment = readable(id, user);
        if (!handling(assignment, user.username())) {
            throw new BusinessRuleException("taskforce.error.notHandler");
        }
        if (percentDone < 0 || percentDone > 100) {
            throw new BusinessRuleException("taskforce.error.percent");
        }
        String report = Texts.required(text, Progress.MAX_TEXT, "taskforce.error.reportNeeded");
        List<Upload> given = uploads.stream().filter(u -> u.name() != null && !u.name().isBlank()).toList();
        if (given.size() > MAX_FILES) {
            throw new BusinessRuleException("taskforce.error.tooManyFiles", MAX_FILES);
        }
        Progress saved = progress.saveAndFlush(new Progress(id, user.username(), percentDone, report,
                clock.instant()));
        for (Upload upload : given) {
            String name = Texts.optional(upload.name().substring(Math.max(upload.name().lastIndexOf('/'),
                    upload.name().lastIndexOf('\\')) + 1), ProgressFile.MAX_NAME);
            try (InputStream content = upload.content()) {
                FileStore.StoredFile stored = fileStore.store(content);
                files.save(new ProgressFile(saved.getId(), name, stored.key(), stored.sha256(), stored.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        audit.success("TASKFORCE_PROGRESS", "taskforceTask", id, percentDone + "% " + given.size());
        changed(assignment);
        return saved.getId();
    }

    /** A file to attach: its name as uploaded and its content. */
    public record Upload(String name, InputStream content) {

        /** The non-empty files of a multipart request. */
        public static List<Upload> of(List<MultipartFile> files) throws IOException {
            List<Upload> uploads = new java.util.ArrayList<>();
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (!file.isEmpty()) {
                    uploads.add(new Upload(file.getOriginalFilename(), file.getInputStream()));
                }
            }
            return uploads;
        }
    }

    /** Whether the user holds the task's open 办理 step. */
    boolean handling(TaskAssignment assignment, String username) {
        return assignment.getStatus() == AssignmentStatus.HANDLING && assignment.getProcessInstanceId() != null
                && workflow.openTasks(assignment.getProcessInstanceId()).stream()
                .anyMatch(t -> HANDLE.equals(t.activityId()) && username.equals(t.assignee()));
    }

    /** 催办 the task's handler through the kit's task actions, from the office's board. */
    public void urge(long id, String message) {
        TaskAssignment assignment = readable(id, currentUsers.current());
        if (!assignment.getStatus().open() || assignment.getProcessInstanceId() == null) {
            throw new BusinessRuleException("taskforce.error.notOpen");
        }
        taskActions.urge(assignment.businessKey(), assignment.getProcessInstanceId(), message);
    }

    /** The office's board: every task of the group, by due date, with the latest progress. */
    @Transactional(readOnly = true)
    public List<AssignmentView> board(long taskForceId) {
        TaskForce taskForce = access.readable(taskForceId, currentUsers.current());
        return views(taskForce, assignments.findByTaskForceIdOrderByDueDateAscIdAsc(taskForceId));
    }

    @Transactional(readOnly = true)
    public AssignmentView view(long id) {
        TaskAssignment assignment = readable(id, currentUsers.current());
        return views(taskForces.findById(assignment.getTaskForceId()).orElseThrow(), List.of(assignment)).get(0);
    }

    @Transactional(readOnly = true)
    public boolean mayReport(long id) {
        CurrentUser user = currentUsers.current();
        return handling(readable(id, user), user.username());
    }

    @Transactional(readOnly = true)
    public List<HistoryStep> history(long id) {
        TaskAssignment assignment = readable(id, currentUsers.current());
        return assignment.getProcessInstanceId() == null ? List.of()
                : workflow.history(assignment.getProcessInstanceId());
    }

    /** A progress report's file, for whoever may read the task; the reading is audited. */
    public Download file(long id, long fileId) {
        TaskAssignment assignment = readable(id, currentUsers.current());
        ProgressFile file = files.findById(fileId)
                .filter(f -> progress.findById(f.getProgressId()).filter(p -> p.getAssignmentId() == id).isPresent())
                .orElseThrow(() -> new NotFoundException("taskforceFile", fileId));
        audit.success("TASKFORCE_FILE_READ", "taskforceTask", assignment.getId(), file.getFileName());
        return new Download(file.getFileName(), file.getFileSize(), fileStore.open(file.getStorageKey()));
    }

    public record Download(String name, long size, InputStream content) {
    }

    List<AssignmentView> views(TaskForce taskForce, List<TaskAssignment> list) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> groupNames = groups.findByTaskForceIdOrderBySortOrderAscIdAsc(taskForce.getId()).stream()
                .collect(Collectors.toMap(WorkingGroup::getId, WorkingGroup::getName));
        Map<Long, List<Progress>> reports = progress.findByAssignmentIdInOrderByCreatedAtAscIdAsc(
                list.stream().map(TaskAssignment::getId).toList()).stream()
                .collect(Collectors.groupingBy(Progress::getAssignmentId));
        Map<Long, List<ProgressFile>> attached = files.findByProgressIdInOrderByIdAsc(reports.values().stream()
                .flatMap(List::stream).map(Progress::getId).toList()).stream()
                .collect(Collectors.groupingBy(ProgressFile::getProgressId));
        return list.stream().map(a -> {
            List<AssignmentView.ProgressView> shown = reports.getOrDefault(a.getId(), List.of()).stream()
                    .map(p -> new AssignmentView.ProgressView(p.getId(), directory.nameOf(p.getAuthor()),
                            p.getPercentDone(), p.getText(), p.getCreatedAt(),
                            attached.getOrDefault(p.getId(), List.of()).stream()
                                    .map(f -> new AssignmentView.FileView(f.getId(), f.getFileName(),
                                            f.getFileSize())).toList())).toList();
            int percent = a.getStatus() == AssignmentStatus.HANDLING
                    ? shown.stream().mapToInt(AssignmentView.ProgressView::percentDone).reduce((x, y) -> y).orElse(0)
                    : 100;
            return new AssignmentView(a.getId(), taskForce.getId(), taskForce.getName(), a.getAssignmentNumber(),
                    a.getTitle(), a.getContent(), a.getGroupId(),
                    a.getGroupId() == null ? null : groupNames.get(a.getGroupId()), a.getUnitId(),
                    directory.unit(a.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null), a.getHandler(),
                    directory.nameOf(a.getHandler()), a.getDueDate(), a.getStatus(), a.overdueOn(today), percent,
                    a.getProcessInstanceId(), directory.nameOf(a.getAssignedBy()), a.getAssignedAt(),
                    a.getSubmittedAt(), a.getAcceptedAt(), a.getLastNote(), shown);
        }).toList();
    }

    // the process's course, told by its steps and template in the action's transaction

    /** 办理 sent on: the completion report is the step's opinion. */
    void submit(TaskAssignment assignment, String report) {
        String text = Texts.required(report, TaskAssignment.MAX_TEXT, "taskforce.error.completionNeeded");
        assignment.submitted(text, clock.instant());
        audit.success("TASKFORCE_SUBMIT", "taskforceTask", assignment.getId(), assignment.getAssignmentNumber());
        changed(assignment);
    }

    /** 验收 sent on: the office accepts the task, which ends its process. */
    void accept(TaskAssignment assignment) {
        if (assignment.getStatus() != AssignmentStatus.SUBMITTED) {
            throw new BusinessRuleException("taskforce.error.notSubmitted");
        }
        assignment.accepted(clock.instant());
        audit.success("TASKFORCE_ACCEPT", "taskforceTask", assignment.getId(), assignment.getAssignmentNumber());
        changed(assignment);
    }

    /** Back at 办理 after a 退回 from 验收 (sent back) or the handler's 撤回. */
    void backToHandling(TaskAssignment assignment) {
        if (assignment.getStatus() == AssignmentStatus.SUBMITTED && assignment.getProcessInstanceId() != null
                && workflow.openTasks(assignment.getProcessInstanceId()).stream()
                .anyMatch(t -> HANDLE.equals(t.activityId()))) {
            assignment.sentBack();
            audit.success("TASKFORCE_SEND_BACK", "taskforceTask", assignment.getId(),
                    assignment.getAssignmentNumber());
            changed(assignment);
        }
    }

    TaskAssignment byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, TaskAssignment.KEY_PREFIX).flatMap(assignments::findById)
                .orElseThrow(() -> new NotFoundException("taskforceTask", businessKey));
    }

    TaskAssignment readable(long id, CurrentUser user) {
        TaskAssignment assignment = assignments.findById(id).orElseThrow(() -> new NotFoundException("taskforceTask", id));
        if (!canRead(assignment, user)) {
            throw new AccessDeniedException("task " + id + " is not visible to " + user.username());
        }
        return assignment;
    }

    boolean canRead(TaskAssignment assignment, CurrentUser user) {
        Optional<TaskForce> taskForce = taskForces.findById(assignment.getTaskForceId());
        return assignment.getHandler().equals(user.username())
                || taskForce.filter(t -> access.canRead(t, user)).isPresent();
    }

    Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
    }

    void changed(TaskAssignment assignment) {
        events.publishEvent(new IndexEntryChanged(TaskForceTaskIndex.KIND, assignment.getId()));
    }
}
