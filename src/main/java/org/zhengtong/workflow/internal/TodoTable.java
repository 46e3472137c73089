package org.zhengtong.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.Clearance;
import org.zhengtong.workflow.TodoDescriber;
import org.zhengtong.workflow.TodoDescriber.Description;
import org.zhengtong.workflow.TodoList;

/**
 * The to-do table (ADR 10): {@code wf_todo_process}, one row per process with its module's description, and
 * {@code wf_todo_item}, one row per open task and person who may act on it and per finished task and the person who
 * held it. Written in the engine's transaction: {@link TodoTableListener} takes each changed process's lock (its
 * row) at the first event, and the process's rows are computed once from the engine's own queries before the
 * transaction commits — what {@code taskCandidateOrAssigned} answers, per person, by construction.
 */
@Component
class TodoTable implements TodoList {

    static final String OPEN = "OPEN";
    static final String DONE = "DONE";
    private static final int REBUILD_CHUNK = 200;
    private static final int MAX_STEPS = 1000;
    /** Descriptions are stored once for everyone: in the language of the application's users. */
    private static final Locale STORED_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final Logger log = LoggerFactory.getLogger(TodoTable.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskService tasks;
    private final HistoryService history;
    private final ManagementService management;
    private final List<TodoDescriber> describers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TodoTable(NamedParameterJdbcTemplate jdbc, TaskService tasks, HistoryService history, ManagementService management,
              List<TodoDescriber> describers, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.history = history;
        this.management = management;
        this.describers = describers;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ---- TodoList -----------------------------------------------------------------------------------------

    @Override
    public boolean isOpenFor(String taskId, String username) {
        writePending();
        return !jdbc.queryForList("select 1 from wf_todo_item where task_id = :task and username = :user and kind = '"
                + OPEN + "'", Map.of("task", taskId, "user", username), Integer.class).isEmpty();
    }

    @Override
    public Set<String> openBusinessKeys(String username, String keyPrefix) {
        writePending();
        return jdbc.queryForList("select distinct business_key from wf_todo_item where username = :user and kind = '"
                        + OPEN + "' and business_key is not null", Map.of("user", username), String.class)
                .stream().filter(key -> key.startsWith(keyPrefix)).collect(Collectors.toSet());
    }

    @Override
    public void describeAgain(String businessKey) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // once, when the transaction's own changes (the new number…) are all made
            TodoChanges.ofCurrentTransaction(this).keysToDescribe.add(businessKey);
        } else {
            describeKeys(List.of(businessKey));
        }
    }

    /** Brings the table up to date with the current transaction's changes before it is read within it. */
    void writePending() {
        TodoChanges.pending().filter(changes -> !changes.isEmpty()).ifPresent(this::write);
    }

    // ---- from the engine listener --------------------------------------------------------------------------

    void taskChanged(String taskId, String processInstanceId, boolean ended) {
        TodoChanges changes = TodoChanges.ofCurrentTransaction(this);
        changes.processOfTask.put(taskId, processInstanceId);
        lock(changes, processInstanceId);
        changes.touched.add(processInstanceId);
        if (ended) {
            changes.endedTasks.add(processInstanceId);
        }
    }

    void candidatesChanged(String taskId) {
        TodoChanges changes = TodoChanges.ofCurrentTransaction(this);
        String processInstanceId = changes.processOfTask.get(taskId);
        if (processInstanceId == null) {
            // a candidate added or removed on its own (TaskService): the task is found when the changes are written
            changes.unresolvedTasks.add(taskId);
        } else {
            changes.touched.add(processInstanceId);
        }
    }

    void processChanged(String processInstanceId) {
        TodoChanges changes = TodoChanges.ofCurrentTransaction(this);
        lock(changes, processInstanceId);
        changes.touched.add(processInstanceId);
    }

    /**
     * The process's to-do lock, once per transaction, taken at its first change and held to the commit: whoever
     * changes the same process later waits, and then reads what this transaction committed. A process without a
     * row (new) gets one, described when written.
     */
    private void lock(TodoChanges changes, String processInstanceId) {
        if (changes.locked.add(processInstanceId) && lockOrInsert(processInstanceId)) {
            changes.inserted.add(processInstanceId);
        }
    }

    /** Locks the process's row; inserts it when there is none yet, and then says so. */
    private boolean lockOrInsert(String processInstanceId) {
        Map<String, String> pid = Map.of("pid", processInstanceId);
        boolean present = !jdbc.queryForList("select process_instance_id from wf_todo_process"
                + " where process_instance_id = :pid for update", pid, String.class).isEmpty();
        if (!present) {
            jdbc.update("insert into wf_todo_process (process_instance_id) values (:pid)", pid);
        }
        return !present;
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /** Writes the transaction's changes (before it commits, or before a read within it). */
    void write(TodoChanges changes) {
        if (!changes.unresolvedTasks.isEmpty()) {
            tasks.createTaskQuery().taskIds(List.copyOf(changes.unresolvedTasks)).list().stream()
                    .filter(task -> task.getProcessInstanceId() != null).forEach(task -> {
                        lock(changes, task.getProcessInstanceId());
                        changes.touched.add(task.getProcessInstanceId());
                    });
            changes.unresolvedTasks.clear();
        }
        if (!changes.touched.isEmpty()) {
            Set<String> processes = new LinkedHashSet<>(changes.touched);
            Set<String> withDone = processes.stream().filter(changes.endedTasks::contains)
                    .collect(Collectors.toSet());
            Set<String> toDescribe = processes.stream().filter(changes.inserted::contains).collect(Collectors.toSet());
            changes.touched.clear();
            changes.endedTasks.removeAll(withDone);
            changes.inserted.removeAll(toDescribe);
            write(processes, withDone, toDescribe);
        }
        if (!changes.keysToDescribe.isEmpty()) {
            List<String> keys = List.copyOf(changes.keysToDescribe);
            changes.keysToDescribe.clear();
            describeKeys(keys);
        }
    }

    /**
     * Writes the rows of locked processes from the engine: the process row, every open item, and the done items
     * of {@code withDone}; describes the processes in {@code toDescribe}. Rows that are already right stay.
     */
    private void write(Set<String> processIds, Set<String> withDone, Set<String> toDescribe) {
        Map<String, HistoricProcessInstance> processes = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(processIds).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        Set<String> running = processes.values().stream().filter(p -> p.getEndTime() == null)
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        List<Task> open = running.isEmpty() ? List.of() : tasks.createTaskQuery().processInstanceIdIn(running)
                .includeIdentityLinks().includeTaskLocalVariables().list().stream()
                .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId)).toList();
        Set<String> doneOf = withDone.stream().filter(processes::containsKey).collect(Collectors.toSet());
        List<HistoricTaskInstance> finished = doneOf.isEmpty() ? List.of() : history.createHistoricTaskInstanceQuery()
                .processInstanceIdIn(doneOf).finished().list();
        Map<String, Description> descriptions = describe(toDescribe.stream().map(processes::get)
                .filter(Objects::nonNull).map(HistoricProcessInstance::getBusinessKey).toList());

        Map<ItemKey, Item> wanted = new LinkedHashMap<>();
        open.forEach(task -> openItems(task, processes.get(task.getProcessInstanceId()))
                .forEach(item -> wanted.put(item.key(), item)));
        finished.stream().filter(task -> task.getAssignee() != null).map(task -> doneItem(task,
                processes.get(task.getProcessInstanceId()))).forEach(item -> wanted.put(item.key(), item));
        Map<ItemKey, Item> present = new HashMap<>();
        Map<ItemKey, Long> ids = new HashMap<>();
        jdbc.query("select * from wf_todo_item where process_instance_id in (:pids)", Map.of("pids", processIds),
                rs -> {
                    Item item = item(rs);
                    // done items are rewritten only where a task ended (or the process is gone)
                    if (OPEN.equals(item.kind()) || doneOf.contains(item.processInstanceId())
                            || !processes.containsKey(item.processInstanceId())) {
                        present.put(item.key(), item);
                        ids.put(item.key(), rs.getLong("id"));
                    }
                });
        List<SqlParameterSource> inserts = new ArrayList<>();
        List<SqlParameterSource> updates = new ArrayList<>();
        List<Long> deletes = new ArrayList<>();
        wanted.forEach((key, item) -> {
            Item before = present.get(key);
            if (before == null) {
                inserts.add(parameters(item, null));
            } else if (!before.equals(item)) {
                updates.add(parameters(item, ids.get(key)));
            }
        });
        present.keySet().stream().filter(key -> !wanted.containsKey(key)).map(ids::get).forEach(deletes::add);
        if (!deletes.isEmpty()) {
            jdbc.update("delete from wf_todo_item where id in (:ids)", Map.of("ids", deletes));
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update wf_todo_item set business_key = :key, activity_id = :activity, step = :step,"
                    + " candidate = :candidate, delegated_from = :delegatedFrom, added_signer_for = :addedSignerFor,"
                    + " since = :since, due = :due, due_day = :dueDay, ended = :ended where id = :id",
                    updates.toArray(SqlParameterSource[]::new));
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into wf_todo_item (kind, username, task_id, process_instance_id, business_key,"
                    + " activity_id, step, candidate, delegated_from, added_signer_for, since, due, due_day, ended)"
                    + " values (:kind, :username, :task, :pid, :key, :activity, :step, :candidate, :delegatedFrom,"
                    + " :addedSignerFor, :since, :due, :dueDay, :ended)", inserts.toArray(SqlParameterSource[]::new));
        }
        writeProcesses(processIds, processes, open, toDescribe, descriptions);
    }

    private void writeProcesses(Set<String> processIds, Map<String, HistoricProcessInstance> processes,
                                List<Task> open, Set<String> toDescribe, Map<String, Description> descriptions) {
        List<String> gone = processIds.stream().filter(id -> !processes.containsKey(id)).toList();
        if (!gone.isEmpty()) {
            jdbc.update("delete from wf_todo_process where process_instance_id in (:pids)", Map.of("pids", gone));
        }
        Map<String, List<String>> steps = open.stream().collect(Collectors.groupingBy(Task::getProcessInstanceId,
                Collectors.mapping(Task::getName, Collectors.collectingAndThen(
                        Collectors.toCollection(LinkedHashSet::new), List::copyOf))));
        List<SqlParameterSource> rows = new ArrayList<>();
        List<SqlParameterSource> described = new ArrayList<>();
        for (HistoricProcessInstance process : processes.values()) {
            String key = process.getBusinessKey();
            rows.add(new MapSqlParameterSource()
                    .addValue("pid", process.getId())
                    .addValue("key", key)
                    .addValue("module", key == null || key.indexOf(':') < 0 ? null : key.substring(0, key.indexOf(':')))
                    .addValue("processKey", process.getProcessDefinitionKey())
                    .addValue("initiator", process.getStartUserId())
                    .addValue("started", offset(time(process.getStartTime())))
                    .addValue("ended", offset(time(process.getEndTime())))
                    .addValue("steps", cut(String.join("、", steps.getOrDefault(process.getId(), List.of())),
                            MAX_STEPS)));
            if (toDescribe.contains(process.getId())) {
                described.add(description(descriptions.get(key)).addValue("pid", process.getId()));
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("update wf_todo_process set business_key = :key, module = :module,"
                    + " process_key = :processKey, initiator = :initiator, started_at = :started, ended_at = :ended,"
                    + " current_steps = :steps where process_instance_id = :pid",
                    rows.toArray(SqlParameterSource[]::new));
        }
        if (!described.isEmpty()) {
            jdbc.batchUpdate("update wf_todo_process set " + DESCRIPTION_COLUMNS + " where process_instance_id = :pid",
                    described.toArray(SqlParameterSource[]::new));
        }
    }

    private static final String DESCRIPTION_COLUMNS = "described = :described, title = :title,"
            + " title_clearance = :titleClearance, number = :number, type = :type, urgency = :urgency,"
            + " urgency_level = :urgencyLevel, classification = :classification, unit_name = :unitName,"
            + " deadline = :deadline, link = :link";

    /** Describes the keys again on the rows of their processes (no lock: only the description changes). */
    private void describeKeys(Collection<String> keys) {
        Map<String, Description> descriptions = describe(keys);
        jdbc.batchUpdate("update wf_todo_process set " + DESCRIPTION_COLUMNS + " where business_key = :key",
                keys.stream().map(key -> description(descriptions.get(key)).addValue("key", key))
                        .toArray(SqlParameterSource[]::new));
    }

    /** The person, or each candidate of an unclaimed task, with what the to-do window shows of the step. */
    private List<Item> openItems(Task task, HistoricProcessInstance process) {
        String delegatedFrom = (String) task.getTaskLocalVariables().get(FlowableWorkflow.DELEGATED_FROM);
        String addedSignerFor = task.getDelegationState() == DelegationState.PENDING ? task.getOwner() : null;
        List<String> people = task.getAssignee() != null ? List.of(task.getAssignee())
                : task.getIdentityLinks().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .map(IdentityLinkInfo::getUserId).filter(Objects::nonNull).distinct().toList();
        Instant due = time(task.getDueDate());
        return people.stream().map(person -> new Item(OPEN, person, task.getId(), task.getProcessInstanceId(),
                process.getBusinessKey(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee() == null,
                delegatedFrom, addedSignerFor, time(task.getCreateTime()), due,
                due == null ? null : LocalDate.ofInstant(due, clock.getZone()), null)).toList();
    }

    private static Item doneItem(HistoricTaskInstance task, HistoricProcessInstance process) {
        return new Item(DONE, task.getAssignee(), task.getId(), task.getProcessInstanceId(), process.getBusinessKey(),
                task.getTaskDefinitionKey(), task.getName(), false, null, null, time(task.getCreateTime()), null, null,
                time(task.getEndTime()));
    }

    /** Descriptions by key, in the stored language, each key asked of the first describer that supports it. */
    private Map<String, Description> describe(Collection<String> businessKeys) {
        Map<TodoDescriber, List<String>> byDescriber = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(businessKeys)) {
            if (key != null) {
                describers.stream().filter(d -> d.supports(key)).findFirst()
                        .ifPresent(d -> byDescriber.computeIfAbsent(d, k -> new ArrayList<>()).add(key));
            }
        }
        if (byDescriber.isEmpty()) {
            return Map.of();
        }
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(STORED_LANGUAGE);
        try {
            Map<String, Description> descriptions = new HashMap<>();
            byDescriber.forEach((describer, keys) -> descriptions.putAll(describer.describe(keys)));
            return descriptions;
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    // ---- rebuilding ---------------------------------------------------------------------------------------

    /**
     * Rebuilds the table from the engine: every process the engine's history knows, a chunk per transaction
     * under the processes' locks (so it may run beside the application), then drops the rows of processes the
     * engine no longer knows.
     */
    TodoRebuild.Rebuilt rebuild() {
        String table = management.getTableName(HistoricProcessInstance.class);
        String after = "";
        long processes = 0;
        while (true) {
            List<String> chunk = history.createNativeHistoricProcessInstanceQuery()
                    .sql("select * from " + table + " where ID_ > #{after} order by ID_")
                    .parameter("after", after).listPage(0, REBUILD_CHUNK).stream()
                    .map(HistoricProcessInstance::getId).toList();
            if (chunk.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(status -> {
                Set<String> ids = new LinkedHashSet<>(chunk);
                ids.forEach(this::lockOrInsert);
                write(ids, ids, ids);
            });
            processes += chunk.size();
            after = chunk.get(chunk.size() - 1);
        }
        long dropped = dropVanished();
        Long open = jdbc.queryForObject("select count(*) from wf_todo_item where kind = '" + OPEN + "'", Map.of(),
                Long.class);
        log.info("to-do table rebuilt: {} processes, {} open items, {} processes dropped", processes, open, dropped);
        return new TodoRebuild.Rebuilt(processes, open == null ? 0 : open, dropped);
    }

    /** Rows of processes the engine's history no longer has (deleted there). */
    private long dropVanished() {
        String after = "";
        long dropped = 0;
        while (true) {
            List<String> chunk = jdbc.queryForList("select process_instance_id from wf_todo_process"
                            + " where process_instance_id > :after order by process_instance_id fetch first "
                            + REBUILD_CHUNK + " rows only", Map.of("after", after), String.class);
            if (chunk.isEmpty()) {
                return dropped;
            }
            Set<String> known = history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(chunk))
                    .list().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
            List<String> vanished = chunk.stream().filter(id -> !known.contains(id)).toList();
            if (!vanished.isEmpty()) {
                transactions.executeWithoutResult(status -> {
                    Set<String> ids = new LinkedHashSet<>(vanished);
                    ids.forEach(this::lockOrInsert);
                    write(ids, Set.of(), Set.of());
                });
                dropped += vanished.size();
            }
            after = chunk.get(chunk.size() - 1);
        }
    }

    /** Whether the table has nothing while the engine has history: a database from before the table, to rebuild. */
    boolean missesTheEngine() {
        Long rows = jdbc.queryForObject("select count(*) from wf_todo_process", Map.of(), Long.class);
        return (rows == null || rows == 0) && history.createHistoricProcessInstanceQuery().count() > 0;
    }

    // ---- rows ---------------------------------------------------------------------------------------------

    private record ItemKey(String kind, String taskId, String username) {
    }

    /** A row of wf_todo_item as the engine says it should be (or as it is). */
    private record Item(String kind, String username, String taskId, String processInstanceId, String businessKey,
                        String activityId, String step, boolean candidate, String delegatedFrom,
                        String addedSignerFor, Instant since, Instant due, LocalDate dueDay, Instant ended) {

        ItemKey key() {
            return new ItemKey(kind, taskId, username);
        }
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(rs.getString("kind"), rs.getString("username"), rs.getString("task_id"),
                rs.getString("process_instance_id"), rs.getString("business_key"), rs.getString("activity_id"),
                rs.getString("step"), rs.getBoolean("candidate"), rs.getString("delegated_from"),
                rs.getString("added_signer_for"), instant(rs, "since"), instant(rs, "due"),
                rs.getObject("due_day", LocalDate.class), instant(rs, "ended"));
    }

    private static MapSqlParameterSource parameters(Item item, Long id) {
        return new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("kind", item.kind())
                .addValue("username", item.username())
                .addValue("task", item.taskId())
                .addValue("pid", item.processInstanceId())
                .addValue("key", item.businessKey())
                .addValue("activity", item.activityId())
                .addValue("step", item.step())
                .addValue("candidate", item.candidate())
                .addValue("delegatedFrom", item.delegatedFrom())
                .addValue("addedSignerFor", item.addedSignerFor())
                .addValue("since", offset(item.since()))
                .addValue("due", offset(item.due()))
                .addValue("dueDay", item.dueDay())
                .addValue("ended", offset(item.ended()));
    }

    private static MapSqlParameterSource description(Description about) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("described", about != null);
        return parameters
                .addValue("title", about == null ? null : cut(about.title(), 500))
                .addValue("titleClearance", about == null ? Clearance.NONE.name() : about.titleClearance().name())
                .addValue("number", about == null ? null : about.number())
                .addValue("type", about == null ? null : about.type())
                .addValue("urgency", about == null ? null : about.urgency())
                .addValue("urgencyLevel", about == null ? 0 : about.urgencyLevel())
                .addValue("classification", about == null ? null : about.classification())
                .addValue("unitName", about == null ? null : about.unitName())
                .addValue("deadline", about == null ? null : about.deadline())
                .addValue("link", about == null ? null : about.link());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant time(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
