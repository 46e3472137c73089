package org.zhengtong.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.IdentityService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.engine.task.Comment;
import org.flowable.identitylink.api.history.HistoricIdentityLink;
import org.flowable.image.ProcessDiagramGenerator;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.common.engine.api.FlowableException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.DoneTask;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TrailStep;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.StartedProcess;
import org.zhengtong.workflow.ProcessRecorded;
import org.zhengtong.workflow.TaskUrged;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.WorkflowException;

/**
 * {@link Workflow} on Flowable. Opinions and recorded actions are Flowable comments on the task, so the engine's
 * history holds the whole record of a process. Concurrency is the engine's: a task claimed or completed by one
 * person is gone (or locked) for the other, who gets "already handled".
 */
@Service
@Transactional
@Validated
class FlowableWorkflow implements Workflow {

    static final String DELEGATED_FROM = "delegatedFrom";
    private static final int MAX_OPINION = 2000;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ManagementService management;
    private final IdentityService identity;
    private final ProcessDiagramGenerator diagrams;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final UrgingRepository urgings;
    private final HandoverScope scope;
    private final ProcessTemplates templates;
    private final TodoTable todoTable;
    private final HistoryParticipants historyParticipants;
    private final Clock clock;

    FlowableWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository,
                     ManagementService management, IdentityService identity, ProcessDiagramGenerator diagrams,
                     OrgDirectory directory, CurrentUsers currentUsers, AuditLog audit,
                     ApplicationEventPublisher events, UrgingRepository urgings, HandoverScope scope,
                     ProcessTemplates templates, TodoTable todoTable, HistoryParticipants historyParticipants,
                     Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.management = management;
        this.identity = identity;
        this.diagrams = diagrams;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.events = events;
        this.urgings = urgings;
        this.scope = scope;
        this.templates = templates;
        this.todoTable = todoTable;
        this.historyParticipants = historyParticipants;
        this.clock = clock;
    }

    @Override
    public String start(String processKey, String businessKey, String initiator, Map<String, Object> variables) {
        Optional<ProcessTemplate> template = templates.forProcessKey(processKey);
        template.ifPresent(known -> requireStartVariables(known, variables));
        Map<String, Object> all = new HashMap<>(variables);
        all.put("initiator", initiator);
        // a designed step without a deadline of its own is due in ${stepDue}
        all.putIfAbsent("stepDue", template.map(ProcessTemplate::stepTime)
                .orElse(ProcessTemplate.DEFAULT_STEP_TIME).toString());
        ProcessInstance instance = as(initiator, () -> runtime.startProcessInstanceByKey(processKey, businessKey, all));
        audit.success("WORKFLOW_START", "process", instance.getId(), processKey + " " + businessKey);
        return instance.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoTask> todo(String username) {
        List<Task> open = new ArrayList<>(tasks.createTaskQuery().taskCandidateOrAssigned(username)
                .includeTaskLocalVariables().list());
        return toTodo(open);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DoneTask> done(String username, int limit) {
        List<HistoricTaskInstance> finished = history.createHistoricTaskInstanceQuery().taskAssignee(username).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, limit);
        Map<String, String> keys = businessKeysOfHistoric(finished.stream().map(TaskInfo::getProcessInstanceId).toList());
        return finished.stream().map(t -> new DoneTask(t.getId(), t.getProcessInstanceId(),
                keys.get(t.getProcessInstanceId()), t.getName(), instant(t.getEndTime()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StartedProcess> started(String username, int limit) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery().startedBy(username)
                .orderByProcessInstanceStartTime().desc().listPage(0, limit);
        Set<String> running = instances.stream().filter(p -> p.getEndTime() == null)
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        Map<String, List<String>> steps = running.isEmpty() ? Map.of()
                : tasks.createTaskQuery().processInstanceIdIn(running).list().stream()
                        .collect(Collectors.groupingBy(Task::getProcessInstanceId,
                                Collectors.mapping(Task::getName, Collectors.collectingAndThen(
                                        Collectors.toCollection(LinkedHashSet::new), List::copyOf))));
        return instances.stream().map(p -> new StartedProcess(p.getId(), p.getProcessDefinitionKey(),
                p.getProcessDefinitionName(), p.getBusinessKey(), instant(p.getStartTime()), instant(p.getEndTime()),
                steps.getOrDefault(p.getId(), List.of()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> businessKey(String processInstanceId) {
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult()).map(HistoricProcessInstance::getBusinessKey);
    }

    @Override
    @Transactional(readOnly = true)
    public TodoTask task(String taskId, String username) {
        Task task = actionable(taskId, username);
        return toTodo(List.of(task)).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoTask> openTasks(String processInstanceId) {
        return toTodo(tasks.createTaskQuery().processInstanceId(processInstanceId).includeTaskLocalVariables().list());
    }

    @Override
    public void complete(String taskId, String username, String opinion, Map<String, Object> variables) {
        Task task = actionable(taskId, username);
        requireLength(opinion);
        try {
            engine(() -> {
                claimIfCandidate(task, username);
                remark(task, username, "opinion", opinion);
                as(username, () -> {
                    if (task.getDelegationState() == DelegationState.PENDING) {
                        // the engine announces a resolve only when it changes the assignee (not when the task was
                        // transferred back to its owner meanwhile): the to-do table is told here
                        todoTable.taskChanged(taskId, task.getProcessInstanceId(), false);
                        tasks.resolveTask(taskId, variables);
                    } else {
                        tasks.complete(taskId, variables);
                    }
                    return null;
                });
            });
        } catch (FlowableException e) {
            // a completion that lost the race can also fail as "UserTask should not be signalled before complete":
            // the winner already committed the next task on the same execution
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new WorkflowException("workflow.error.alreadyHandled");
            }
            throw e;
        }
        audit.success("WORKFLOW_COMPLETE", "task", taskId, task.getName());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Step> returnTargets(String taskId, String username) {
        Task task = actionable(taskId, username);
        Set<String> open = tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list().stream()
                .map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
        Map<String, Step> earlier = new LinkedHashMap<>();
        history.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId()).finished()
                .orderByHistoricTaskInstanceStartTime().asc().list().stream()
                .filter(t -> !open.contains(t.getTaskDefinitionKey()))
                .forEach(t -> earlier.putIfAbsent(t.getTaskDefinitionKey(), new Step(t.getTaskDefinitionKey(), t.getName())));
        return List.copyOf(earlier.values());
    }

    @Override
    public void returnTo(String taskId, String username, String targetActivityId, String opinion) {
        Task task = actionable(taskId, username);
        if (returnTargets(taskId, username).stream().noneMatch(s -> s.activityId().equals(targetActivityId))) {
            throw new WorkflowException("workflow.error.returnTarget");
        }
        requireOpinion(opinion);
        engine(() -> {
            remark(task, username, "return", opinion);
            moveProcessTo(task.getProcessInstanceId(), targetActivityId);
        });
        audit.success("WORKFLOW_RETURN", "task", taskId, task.getName() + " → " + targetActivityId);
    }

    @Override
    public void transfer(String taskId, String username, String toUsername, String opinion) {
        Task task = actionable(taskId, username);
        requireOtherPerson(username, toUsername);
        scope.require(username, toUsername);
        engine(() -> {
            remark(task, username, "transfer", textOr(opinion, "") + " → " + nameOf(toUsername));
            tasks.setAssignee(taskId, toUsername);
        });
        audit.success("WORKFLOW_TRANSFER", "task", taskId, username + " → " + toUsername);
    }

    @Override
    public void addSigner(String taskId, String username, String signerUsername, String opinion) {
        Task task = actionable(taskId, username);
        requireOtherPerson(username, signerUsername);
        scope.require(username, signerUsername);
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new WorkflowException("workflow.error.signerPending");
        }
        engine(() -> {
            claimIfCandidate(task, username);
            remark(task, username, "addSigner", textOr(opinion, "") + " + " + nameOf(signerUsername));
            tasks.delegateTask(taskId, signerUsername);
        });
        audit.success("WORKFLOW_ADD_SIGNER", "task", taskId, username + " + " + signerUsername);
    }

    @Override
    public void withdraw(String processInstanceId, String username) {
        HistoricTaskInstance last = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new WorkflowException("workflow.error.nothingToWithdraw"));
        if (!username.equals(last.getAssignee())) {
            throw new WorkflowException("workflow.error.nothingToWithdraw");
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).list();
        if (open.isEmpty()) {
            throw new WorkflowException("workflow.error.processEnded");
        }
        for (Task next : open) {
            boolean acted = next.getClaimTime() != null || !tasks.getTaskComments(next.getId()).isEmpty()
                    || next.getDelegationState() != null;
            if (acted || next.getCreateTime().before(last.getEndTime())) {
                throw new WorkflowException("workflow.error.alreadyActed");
            }
        }
        engine(() -> {
            as(username, () -> tasks.addComment(null, processInstanceId, "withdraw", last.getName()));
            moveProcessTo(processInstanceId, last.getTaskDefinitionKey());
        });
        audit.success("WORKFLOW_WITHDRAW", "process", processInstanceId, last.getName());
    }

    /** Participants, workflow administrators and the leaders a task of the process was escalated to (督办) may urge. */
    @Override
    public void urge(String processInstanceId, String username, String message) {
        if (!participants(processInstanceId).contains(username) && !isWorkflowAdmin()
                && !urgings.escalatedTo(processInstanceId, username)) {
            throw new WorkflowException("workflow.error.notParticipant");
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).list();
        if (open.isEmpty()) {
            throw new WorkflowException("workflow.error.processEnded");
        }
        for (Task task : open) {
            remark(task, username, "urge", textOr(message, ""));
            events.publishEvent(new TaskUrged(task.getId(), processInstanceId, task.getName(),
                    recipients(task), username, textOr(message, ""), false));
        }
        audit.success("WORKFLOW_URGE", "process", processInstanceId, username);
    }

    @Override
    public void endRefused(String taskId, String username, String reason) {
        Task task = actionable(taskId, username);
        requireOpinion(reason);
        engine(() -> {
            claimIfCandidate(task, username);
            remark(task, username, "opinion", reason);
            as(username, () -> {
                runtime.deleteProcessInstance(task.getProcessInstanceId(), "refused: " + reason.strip());
                return null;
            });
        });
        audit.success("WORKFLOW_REFUSE", "task", taskId, task.getName() + " " + reason.strip());
    }

    @Override
    public void terminate(String processInstanceId, String administrator, String reason) {
        requireWorkflowAdmin();
        requireOpinion(reason);
        if (isEnded(processInstanceId)) {
            throw new WorkflowException("workflow.error.processEnded");
        }
        as(administrator, () -> {
            tasks.addComment(null, processInstanceId, "terminate", reason);
            runtime.deleteProcessInstance(processInstanceId, "terminated: " + reason);
            return null;
        });
        audit.success("WORKFLOW_TERMINATE", "process", processInstanceId, reason);
    }

    @Override
    public void moveDeadline(String processInstanceId, String variable, Date due) {
        Object before = runtime.getVariable(processInstanceId, variable);
        runtime.setVariable(processInstanceId, variable, due);
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (before instanceof Date old && task.getDueDate() != null
                    && task.getDueDate().getTime() == old.getTime()) {
                tasks.setDueDate(task.getId(), due);
            }
        }
        audit.success("WORKFLOW_DEADLINE", "process", processInstanceId, variable + " " + due.toInstant());
    }

    @Override
    public void recordOnProcess(String processInstanceId, String author, String type, String text) {
        // TaskService.addComment needs a running execution; a record on an ended process is written directly
        EngineInternals.insertProcessComment(management, processInstanceId, author, type, Date.from(clock.instant()),
                text);
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (process != null && process.getStartUserId() != null) {
            events.publishEvent(new ProcessRecorded(processInstanceId, process.getStartUserId(), author, type, text));
        }
    }

    @Override
    public void reassign(String taskId, String administrator, String toUsername) {
        requireWorkflowAdmin();
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new WorkflowException("workflow.error.alreadyHandled");
        }
        requirePerson(toUsername);
        engine(() -> {
            remark(task, administrator, "reassign", nameOf(task.getAssignee()) + " → " + nameOf(toUsername));
            tasks.setAssignee(taskId, toUsername);
        });
        audit.success("WORKFLOW_REASSIGN", "task", taskId, task.getAssignee() + " → " + toUsername);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrailStep> trail(String processInstanceId) {
        return history(processInstanceId).stream()
                .map(step -> new TrailStep(step.name(), step.handler() == null ? null : directory.nameOf(step.handler()),
                        step.ended(), step.remarks().stream().map(HistoryStep.Remark::text)
                                .filter(text -> text != null && !text.isBlank()).toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryStep> history(String processInstanceId) {
        Map<String, List<HistoryStep.Remark>> remarksByTask = new HashMap<>();
        List<HistoryStep.Remark> processRemarks = new ArrayList<>();
        for (Comment comment : tasks.getProcessInstanceComments(processInstanceId)) {
            HistoryStep.Remark remark = new HistoryStep.Remark(comment.getType(), comment.getUserId(),
                    instant(comment.getTime()), comment.getFullMessage());
            if (comment.getTaskId() == null) {
                processRemarks.add(remark);
            } else {
                remarksByTask.computeIfAbsent(comment.getTaskId(), k -> new ArrayList<>()).add(remark);
            }
        }
        List<HistoryStep> steps = new ArrayList<>();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new WorkflowException("workflow.error.noProcess");
        }
        steps.add(new HistoryStep(null, "start", "发起", instance.getStartUserId(), null,
                instant(instance.getStartTime()), instant(instance.getStartTime()), List.of()));
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).includeTaskLocalVariables()
                .orderByHistoricTaskInstanceStartTime().asc().list().forEach(t -> steps.add(new HistoryStep(t.getId(),
                        t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        (String) t.getTaskLocalVariables().get(DELEGATED_FROM), instant(t.getCreateTime()),
                        instant(t.getEndTime()), sorted(remarksByTask.getOrDefault(t.getId(), List.of())))));
        processRemarks.forEach(r -> steps.add(new HistoryStep(null, r.type(), r.type(), r.author(), null, r.time(),
                r.time(), List.of(r))));
        if (instance.getEndTime() != null) {
            steps.add(new HistoryStep(null, "end", "办结", null, null, instant(instance.getEndTime()),
                    instant(instance.getEndTime()), List.of()));
        }
        steps.sort(Comparator.comparing(HistoryStep::started));
        return steps;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> participants(String processInstanceId) {
        Set<String> users = new LinkedHashSet<>();
        for (HistoricIdentityLink link : history.getHistoricIdentityLinksForProcessInstance(processInstanceId)) {
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list().forEach(t -> {
            if (t.getAssignee() != null) {
                users.add(t.getAssignee());
            }
            if (t.getOwner() != null) {
                users.add(t.getOwner());
            }
        });
        return List.copyOf(users);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Set<String>> participants(Collection<String> processInstanceIds) {
        return historyParticipants.of(processInstanceIds);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEnded(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] diagram(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new WorkflowException("workflow.error.noProcess");
        }
        BpmnModel model = repository.getBpmnModel(instance.getProcessDefinitionId());
        List<String> active = isEnded(processInstanceId) ? List.of() : runtime.getActiveActivityIds(processInstanceId);
        try (InputStream png = diagrams.generateDiagram(model, "png", active, List.of(),
                DiagramFonts.NAME, DiagramFonts.NAME, DiagramFonts.NAME, null, 1.0, true)) {
            return png.readAllBytes();
        } catch (IOException e) {
            throw new FlowableException("diagram", e);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** A start without a variable its template's process needs, or with one of another type, is a programming error. */
    private static void requireStartVariables(ProcessTemplate template, Map<String, Object> variables) {
        for (ProcessTemplate.StartVariable variable : template.startVariables()) {
            Object value = variables.get(variable.name());
            if (value == null ? variable.required() : !variable.type().isInstance(value)) {
                throw new IllegalArgumentException("process " + template.key() + " starts with " + variable.name()
                        + " of type " + variable.type().getSimpleName() + ", not " + value);
            }
        }
    }

    /** The open task, if the user is its handler or an unclaimed candidate; otherwise a clear refusal. */
    private Task actionable(String taskId, String username) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new WorkflowException("workflow.error.alreadyHandled");
        }
        if (username.equals(task.getAssignee())) {
            return task;
        }
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(l -> username.equals(l.getUserId()) && "candidate".equals(l.getType()));
        if (!candidate) {
            throw new WorkflowException("workflow.error.notYourTask");
        }
        if (task.getAssignee() != null) {
            // another candidate claimed it first
            throw new WorkflowException("workflow.error.alreadyHandled");
        }
        return task;
    }

    private void claimIfCandidate(Task task, String username) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), username);
        }
    }

    private void remark(Task task, String username, String type, String text) {
        if (text != null && !text.isBlank()) {
            as(username, () -> tasks.addComment(task.getId(), task.getProcessInstanceId(), type, text.strip()));
        }
    }

    private void moveProcessTo(String processInstanceId, String targetActivityId) {
        List<String> current = tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey).distinct().toList();
        runtime.createChangeActivityStateBuilder().processInstanceId(processInstanceId)
                .moveActivityIdsToSingleActivityId(current, targetActivityId).changeState();
    }

    /** Runs engine calls, turning the engine's lost races into "someone else handled it already". */
    private void engine(Runnable work) {
        try {
            work.run();
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException
                 | FlowableTaskAlreadyClaimedException e) {
            throw new WorkflowException("workflow.error.alreadyHandled");
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        String previous = EngineInternals.authenticatedUserId();
        identity.setAuthenticatedUserId(username);
        try {
            return work.get();
        } finally {
            identity.setAuthenticatedUserId(previous);
        }
    }

    /** Open tasks as the API shows them (tasks of ended or unknown processes left out), overdue first. */
    List<TodoTask> toTodo(List<Task> open) {
        if (open.isEmpty()) {
            // Flowable refuses a query by an empty set of process ids
            return List.of();
        }
        Map<String, ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        Instant now = clock.instant();
        return open.stream()
                .filter(t -> instances.containsKey(t.getProcessInstanceId()))
                .map(t -> {
                    ProcessInstance instance = instances.get(t.getProcessInstanceId());
                    return new TodoTask(t.getId(), t.getProcessInstanceId(), instance.getProcessDefinitionKey(),
                            instance.getBusinessKey(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                            t.getAssignee() == null, (String) t.getTaskLocalVariables().get(DELEGATED_FROM),
                            t.getDelegationState() == DelegationState.PENDING ? t.getOwner() : null,
                            instant(t.getCreateTime()), instant(t.getDueDate()));
                })
                .sorted(Comparator.comparing((TodoTask t) -> !t.overdueAt(now))
                        .thenComparing(TodoTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TodoTask::created))
                .toList();
    }

    private Map<String, String> businessKeysOfHistoric(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(processInstanceIds)).list()
                .stream().filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
    }

    List<String> recipients(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getUserId()).filter(Objects::nonNull)
                .distinct().toList();
    }

    private void requireOtherPerson(String username, String other) {
        requirePerson(other);
        if (username.equals(other)) {
            throw new WorkflowException("workflow.error.samePerson");
        }
    }

    private void requirePerson(String username) {
        if (username == null || directory.person(username).isEmpty()) {
            throw new WorkflowException("workflow.error.unknownPerson", username);
        }
    }

    private String nameOf(String username) {
        return username == null ? "" : directory.nameOf(username);
    }

    private static void requireOpinion(String text) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException("workflow.error.reasonRequired");
        }
        requireLength(text);
    }

    private static void requireLength(String text) {
        if (text != null && text.length() > MAX_OPINION) {
            throw new WorkflowException("workflow.error.opinionTooLong", MAX_OPINION);
        }
    }

    private boolean isWorkflowAdmin() {
        return currentUsers.current().can("WORKFLOW_ADMIN");
    }

    private void requireWorkflowAdmin() {
        if (!isWorkflowAdmin()) {
            throw new AccessDeniedException("workflow administration");
        }
    }

    private static String textOr(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }

    private static List<HistoryStep.Remark> sorted(List<HistoryStep.Remark> remarks) {
        return remarks.stream().sorted(Comparator.comparing(HistoryStep.Remark::time)).toList();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
