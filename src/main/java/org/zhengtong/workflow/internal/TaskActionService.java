package org.zhengtong.workflow.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.workflow.BusinessAccess;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.ProcessTemplate.ActionDone;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TaskAction;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TaskPanel;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.WorkflowException;

/**
 * {@link TaskActions} over {@link Workflow}: the owning module's access answer first, then the task's or process's
 * belonging to the business object, then the template's and the step handler's part around the engine's action —
 * all in one transaction, so a refusal anywhere changes nothing.
 */
@Service
@Transactional
class TaskActionService implements TaskActions {

    private static final String WORKFLOW_ADMIN = "WORKFLOW_ADMIN";

    private final Workflow workflow;
    private final ProcessTemplates templates;
    private final TaskService tasks;
    private final HistoryService history;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final OrgStepChoices people;

    TaskActionService(Workflow workflow, ProcessTemplates templates, TaskService tasks, HistoryService history,
                      CurrentUsers currentUsers, OrgDirectory directory, OrgStepChoices people) {
        this.workflow = workflow;
        this.templates = templates;
        this.tasks = tasks;
        this.history = history;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public String businessKeyOf(String taskId) {
        return workflow.businessKey(processOf(taskId)).orElseThrow(() -> new NotFoundException("task", taskId));
    }

    @Override
    @Transactional(readOnly = true)
    public String processOf(String taskId) {
        Task open = tasks.createTaskQuery().taskId(taskId).singleResult();
        TaskInfo task = open != null ? open : history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("task", taskId);
        }
        return task.getProcessInstanceId();
    }

    @Override
    @Transactional(readOnly = true)
    public TodoTask task(String businessKey, String taskId) {
        requireRead(businessKey);
        TodoTask task = workflow.task(taskId, username());
        if (!businessKey.equals(task.businessKey())) {
            throw new WorkflowException("workflow.error.notYourTask");
        }
        return task;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StepChoice> choices(String businessKey, String taskId) {
        TodoTask task = task(businessKey, taskId);
        if (task.addedSignerFor() != null) {
            return List.of();
        }
        return handler(template(task), task).map(h -> h.choices(task)).orElse(List.of());
    }

    @Override
    public void send(String businessKey, String taskId, TaskDecision decision) {
        TodoTask task = task(businessKey, taskId);
        ProcessTemplate template = template(task);
        template.beforeAction(TaskAction.SEND, task);
        // an added signer (加签) only gives an opinion and hands the task back; the step's work stays with its owner
        Map<String, Object> variables = task.addedSignerFor() != null ? Map.of()
                : handler(template, task).map(h -> h.send(task, decision)).orElse(Map.of());
        workflow.complete(taskId, username(), decision.opinion(), variables);
        done(template, TaskAction.SEND, task);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Workflow.Step> returnTargets(String businessKey, String taskId) {
        task(businessKey, taskId);
        return workflow.returnTargets(taskId, username());
    }

    @Override
    public void returnTo(String businessKey, String taskId, String targetActivityId, String opinion) {
        TodoTask task = task(businessKey, taskId);
        ProcessTemplate template = template(task);
        requireHandlingStep(template, task);
        template.beforeAction(TaskAction.RETURN, task);
        workflow.returnTo(taskId, username(), targetActivityId, opinion);
        done(template, TaskAction.RETURN, task);
    }

    @Override
    public void refuse(String businessKey, String taskId, String reason) {
        TodoTask task = task(businessKey, taskId);
        ProcessTemplate template = template(task);
        template.beforeAction(TaskAction.REFUSE, task);
        template.refuse(task, reason);
        done(template, TaskAction.REFUSE, task);
    }

    @Override
    public void transfer(String businessKey, String taskId, String toUsername, String opinion) {
        TodoTask task = task(businessKey, taskId);
        ProcessTemplate template = template(task);
        requireHandlingStep(template, task);
        template.beforeAction(TaskAction.TRANSFER, task);
        access(businessKey).requireAssignable(businessKey, toUsername);
        workflow.transfer(taskId, username(), toUsername, opinion);
        done(template, TaskAction.TRANSFER, task);
    }

    @Override
    public void addSigner(String businessKey, String taskId, String signerUsername, String opinion) {
        TodoTask task = task(businessKey, taskId);
        ProcessTemplate template = template(task);
        requireHandlingStep(template, task);
        template.beforeAction(TaskAction.ADD_SIGNER, task);
        access(businessKey).requireAssignable(businessKey, signerUsername);
        workflow.addSigner(taskId, username(), signerUsername, opinion);
        done(template, TaskAction.ADD_SIGNER, task);
    }

    @Override
    public void withdraw(String businessKey, String processInstanceId) {
        ProcessTemplate template = process(businessKey, processInstanceId);
        workflow.withdraw(processInstanceId, username());
        template.afterAction(new ActionDone(TaskAction.WITHDRAW, businessKey, processInstanceId, null, false));
    }

    @Override
    public void urge(String businessKey, String processInstanceId, String message) {
        ProcessTemplate template = process(businessKey, processInstanceId);
        workflow.urge(processInstanceId, username(), message);
        template.afterAction(new ActionDone(TaskAction.URGE, businessKey, processInstanceId, null, false));
    }

    @Override
    public void terminate(String businessKey, String processInstanceId, String reason) {
        ProcessTemplate template = process(businessKey, processInstanceId);
        workflow.terminate(processInstanceId, username(), reason);
        template.afterAction(new ActionDone(TaskAction.TERMINATE, businessKey, processInstanceId, null, true));
    }

    @Override
    public void reassign(String businessKey, String taskId, String toUsername) {
        requireRead(businessKey);
        TodoTask task = workflow.openTasks(processOf(taskId)).stream().filter(t -> t.taskId().equals(taskId))
                .findFirst().orElseThrow(() -> new WorkflowException("workflow.error.alreadyHandled"));
        if (!businessKey.equals(task.businessKey())) {
            throw new WorkflowException("workflow.error.notYourTask");
        }
        ProcessTemplate template = template(task);
        template.beforeAction(TaskAction.REASSIGN, task);
        access(businessKey).requireAssignable(businessKey, toUsername);
        workflow.reassign(taskId, username(), toUsername);
        done(template, TaskAction.REASSIGN, task);
    }

    /**
     * Asks the module no access question: the object's page has read it through the module's own check, and the
     * panel shows only what the user's own part in the process gives them (their task and its choices, the step they
     * took last, their participation) and what workflow administrators may do anyway.
     */
    @Override
    @Transactional(readOnly = true)
    public TaskPanel panel(String businessKey, String processInstanceId) {
        if (processInstanceId == null || workflow.isEnded(processInstanceId)
                || !workflow.businessKey(processInstanceId).orElse("").equals(businessKey)) {
            return TaskPanel.none();
        }
        ProcessTemplate template = templateOfProcess(processInstanceId);
        CurrentUser user = currentUsers.current();
        BusinessAccess access = access(businessKey);
        TodoTask task = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskCandidateOrAssigned(user.username()).list().stream().findFirst()
                .map(t -> workflow.task(t.getId(), user.username())).orElse(null);
        boolean admin = user.can(WORKFLOW_ADMIN);
        List<TodoTask> open = admin ? workflow.openTasks(processInstanceId) : List.of();
        List<StepChoice.Option> reassignTo = open.isEmpty() ? List.of() : candidates(businessKey, access,
                open.stream().map(TodoTask::assignee).filter(Objects::nonNull).findFirst().orElse(user.username()),
                null);
        boolean canWithdraw = task == null && tookLastStep(processInstanceId, user.username());
        boolean canUrge = task == null && (admin || workflow.participants(processInstanceId).contains(user.username())
                || access.mayUrge(businessKey, user.username()));
        if (task == null) {
            return new TaskPanel(null, null, null, false, false, List.of(), null, List.of(), List.of(), canWithdraw,
                    canUrge, admin, open, reassignTo);
        }
        boolean signer = task.addedSignerFor() != null;
        return new TaskPanel(task, template.sendLabelKey(task.activityId()),
                signer ? directory.nameOf(task.addedSignerFor()) : null,
                template.readingSteps().contains(task.activityId()), template.offersRefusal(task),
                signer ? List.of() : handler(template, task).map(h -> h.choices(task)).orElse(List.of()),
                kebab(task.activityId()) + "-choices",
                signer ? List.of() : workflow.returnTargets(task.taskId(), user.username()),
                signer ? List.of() : candidates(businessKey, access, user.username(), user.username()),
                false, false, admin, open, reassignTo);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean readingStep(TodoTask task) {
        return templates.forProcessKey(task.processKey())
                .map(t -> t.readingSteps().contains(task.activityId())).orElse(false);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private void requireRead(String businessKey) {
        access(businessKey).requireRead(businessKey);
    }

    /** The module answering for the key; none is a key the kit does not serve (an unknown object). */
    private BusinessAccess access(String businessKey) {
        return templates.access(businessKey).orElseThrow(() -> new NotFoundException("businessObject", businessKey));
    }

    private ProcessTemplate template(TodoTask task) {
        return templates.forProcessKey(task.processKey())
                .orElseThrow(() -> new WorkflowException("workflow.error.noTemplate"));
    }

    /** The template of the object's process, after the access check; the process must be the object's. */
    private ProcessTemplate process(String businessKey, String processInstanceId) {
        requireRead(businessKey);
        if (processInstanceId == null || !workflow.businessKey(processInstanceId).orElse("").equals(businessKey)) {
            throw new WorkflowException("workflow.error.noProcess");
        }
        return templateOfProcess(processInstanceId);
    }

    private Optional<StepHandler> handler(ProcessTemplate template, TodoTask task) {
        return templates.handler(template.key(), task.activityId());
    }

    /** A reading step (传阅) is read and marked as read; returning, transferring or adding a signer would make it a step. */
    private static void requireHandlingStep(ProcessTemplate template, TodoTask task) {
        if (template.readingSteps().contains(task.activityId())) {
            throw new WorkflowException("workflow.error.readingStep", task.name());
        }
    }

    private void done(ProcessTemplate template, TaskAction action, TodoTask task) {
        template.afterAction(new ActionDone(action, task.businessKey(), task.processInstanceId(), task,
                workflow.isEnded(task.processInstanceId())));
    }

    /** People of the person's unit the module lets handle the object, but {@code self}. */
    private List<StepChoice.Option> candidates(String businessKey, BusinessAccess access, String ofUnitOf, String self) {
        return directory.person(ofUnitOf).map(person -> people.of(person.unitId(),
                p -> !p.username().equals(self) && access.assignable(businessKey, p.username()))).orElse(List.of());
    }

    /** Withdraw is offered to whoever completed the last finished step; the engine decides whether it still can. */
    private boolean tookLastStep(String processInstanceId, String username) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream()
                .anyMatch(last -> username.equals(last.getAssignee()));
    }

    private ProcessTemplate templateOfProcess(String processInstanceId) {
        String processKey = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getProcessDefinitionKey();
        return templates.forProcessKey(processKey).orElseThrow(() -> new WorkflowException("workflow.error.noTemplate"));
    }

    /** {@code officeReview} → {@code office-review}. */
    private static String kebab(String activityId) {
        return activityId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private String username() {
        return currentUsers.current().username();
    }
}
