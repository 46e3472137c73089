package org.zhengtong.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TaskUrged;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.WorkflowException;

/**
 * 督办: finds open tasks past their due date, reminds their handlers at the configured interval and, after the
 * configured number of reminders without action, tells the handler's leader (分管领导) once. "Now" is the
 * application clock. Each task is handled in its own transaction, so one failing task does not hold up the others.
 */
@Service
public class SupervisionService {

    /** The actor recorded for what the supervision job does. */
    static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(SupervisionService.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FlowableWorkflow workflow;
    private final UrgingRepository urgings;
    private final UrgingRecordRepository records;
    private final Assignees assignees;
    private final OrgDirectory directory;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final AuditLog audit;
    private final SupervisionProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SupervisionService(TaskService tasks, RuntimeService runtime, FlowableWorkflow workflow, UrgingRepository urgings,
                       UrgingRecordRepository records, Assignees assignees, OrgDirectory directory,
                       ApplicationEventPublisher events, MessageSource messages, AuditLog audit,
                       SupervisionProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.workflow = workflow;
        this.urgings = urgings;
        this.records = records;
        this.assignees = assignees;
        this.directory = directory;
        this.events = events;
        this.messages = messages;
        this.audit = audit;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** One pass of the supervision job; returns how many reminders and escalations went out. */
    public int sweep() {
        Instant now = clock.instant();
        List<String> overdue = tasks.createTaskQuery().taskDueBefore(Date.from(now)).list().stream()
                .map(Task::getId).toList();
        int sent = 0;
        for (String taskId : overdue) {
            try {
                Integer count = transactions.execute(status -> remindIfDue(taskId, now));
                sent += count == null ? 0 : count;
            } catch (RuntimeException e) {
                log.warn("督办：任务 {} 的催办未能发出", taskId, e);
            }
        }
        return sent;
    }

    private int remindIfDue(String taskId, Instant now) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getDueDate() == null || !task.getDueDate().toInstant().isBefore(now)) {
            return 0; // handled meanwhile
        }
        Urging urging = urgings.findById(taskId).orElse(null);
        if (urging != null && urging.getLastReminderAt() != null
                && now.isBefore(urging.getLastReminderAt().plus(properties.reminderInterval()))) {
            return 0;
        }
        List<String> handlers = workflow.recipients(task);
        int sent = 0;
        if (urging != null && urging.getReminderCount() >= properties.escalateAfter() && !urging.isEscalated()) {
            escalate(task, handlers, urging.getReminderCount());
            sent++;
        }
        String due = TIME.format(task.getDueDate().toInstant().atZone(clock.getZone()));
        events.publishEvent(new TaskUrged(task.getId(), task.getProcessInstanceId(), task.getName(), handlers, SYSTEM,
                text("todo.urge.reminder", task.getName(), due), true, false));
        return sent + 1;
    }

    /** To the leaders in charge of the handlers (one each, never the handler themselves); recorded even if none. */
    private void escalate(Task task, List<String> handlers, int reminders) {
        Set<String> leaders = new LinkedHashSet<>();
        for (String handler : handlers) {
            try {
                String leader = assignees.leaderInCharge(handler);
                if (!handlers.contains(leader)) {
                    leaders.add(leader);
                }
            } catch (WorkflowException e) {
                log.warn("督办：{} 没有可上报的分管领导", handler);
            }
        }
        String names = handlers.stream().map(this::nameOf).collect(Collectors.joining("、"));
        events.publishEvent(new TaskUrged(task.getId(), task.getProcessInstanceId(), task.getName(),
                List.copyOf(leaders), SYSTEM, text("todo.urge.escalation", names, task.getName(), reminders), true, true));
        audit.recordAs(SYSTEM, null, "WORKFLOW_ESCALATE", "task", task.getId(), true,
                task.getName() + " → " + String.join(",", leaders));
    }

    // ---- what the supervision page shows ---------------------------------------------------------------

    /**
     * Overdue and near-due open tasks the user oversees: their own, those of processes they started, those
     * escalated to them; all of them for workflow administrators. Overdue first, then by due date.
     */
    @Transactional(readOnly = true)
    List<Supervised> supervised(CurrentUser user) {
        Instant now = clock.instant();
        Date until = Date.from(now.plus(properties.nearDueWindow()));
        Map<String, Task> found = new LinkedHashMap<>();
        if (user.can("WORKFLOW_ADMIN")) {
            tasks.createTaskQuery().taskDueBefore(until).includeTaskLocalVariables().list()
                    .forEach(t -> found.put(t.getId(), t));
        } else {
            String username = user.username();
            tasks.createTaskQuery().taskCandidateOrAssigned(username).taskDueBefore(until).includeTaskLocalVariables()
                    .list().forEach(t -> found.put(t.getId(), t));
            Set<String> started = runtime.createProcessInstanceQuery().startedBy(username).list().stream()
                    .map(ProcessInstance::getId).collect(Collectors.toSet());
            started.addAll(urgings.escalatedTo(username).stream().map(Urging::getProcessInstanceId).toList());
            if (!started.isEmpty()) {
                tasks.createTaskQuery().processInstanceIdIn(started).taskDueBefore(until).includeTaskLocalVariables()
                        .list().forEach(t -> found.putIfAbsent(t.getId(), t));
            }
        }
        List<TodoTask> open = workflow.toTodo(new ArrayList<>(found.values()));
        Map<String, Urging> urgingByTask = urgings.findAllById(found.keySet()).stream()
                .collect(Collectors.toMap(Urging::getTaskId, u -> u));
        Map<String, List<UrgingRecord>> recordsByTask = recordsOf(found.keySet());
        Map<String, List<String>> handlersByTask = found.values().stream()
                .collect(Collectors.toMap(Task::getId, workflow::recipients));
        return open.stream().map(t -> new Supervised(t, handlersByTask.getOrDefault(t.taskId(), List.of()),
                        urgingByTask.get(t.taskId()), recordsByTask.getOrDefault(t.taskId(), List.of()), t.overdueAt(now)))
                .sorted(Comparator.comparing((Supervised s) -> !s.overdue())
                        .thenComparing(s -> s.task().due(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private Map<String, List<UrgingRecord>> recordsOf(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return records.findByTaskIdInOrderByUrgedAtAscIdAsc(taskIds).stream()
                .collect(Collectors.groupingBy(UrgingRecord::getTaskId));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }

    private String nameOf(String username) {
        return directory.nameOf(username);
    }

    /** An overdue or near-due task with its handlers and its urging ledger (null when never urged). */
    record Supervised(TodoTask task, List<String> handlers, Urging urging, List<UrgingRecord> records,
                      boolean overdue) {

        int urgeCount() {
            return urging == null ? 0 : urging.getUrgeCount();
        }
    }
}
