package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.workflow.internal.TodoRebuild;
import org.zhengtong.workflow.internal.TodoWindow;

/**
 * The to-do table against the engine (ADR 10). Randomised sequences of what people and administrators do —
 * start a process, claim, complete, two claims at once, return, transfer, add a signer, withdraw, 代办 inside and
 * outside its window (the test clock moves), 外出登记's hand-over and give-back, terminate, reassign — and after every step, for every person of the
 * run: the table's open items are exactly the engine's {@code taskCandidateOrAssigned} tasks (assignee or
 * unclaimed candidate, with 代办 and 加签 as the engine records them, and the due time), its done items the engine's
 * finished tasks of the person, its started processes the engine's, with where each is now; the window's badge and
 * {@link TodoList#isOpenFor} agree. No difference is allowed. At the end the table's rows of the run are deleted
 * and rebuilt from the engine ({@link TodoRebuild}): they come back as they were.
 * <p>
 * Size: {@value #SEQUENCES} sequences × {@value #STEPS} steps (450 steps, each compared for six people): on the shared
 * 2-core machine 46 s on H2 (12 s CPU in the test's thread; 72 s at load average 10) and 25 s on PostgreSQL. Every failure names the seed of its sequence and the steps taken;
 * {@code -Dtodo.seed=<seed>} runs that one sequence again (the winner of a concurrent claim may differ).
 */
@IntegrationTest
class TodoTableConsistencyTest {

    static final int SEQUENCES = 30;
    static final int STEPS = 15;
    private static final String PROCESS = "todoConsistency";

    @Autowired Workflow workflow;
    @Autowired TodoList todoList;
    @Autowired TodoWindow window;
    @Autowired TodoRebuild rebuild;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired AsUser asUser;
    @Autowired PlatformFixtures platform;
    @Autowired Delegations delegations;

    private List<String> people;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (people != null) {
            jdbc.update("delete from wf_delegation where from_username in (" + placeholders(people) + ")",
                    people.toArray());
        }
    }

    @Test
    void theTableIsTheEngineAfterEveryStep() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repository.createDeployment().addClasspathResource("todo/consistency.bpmn20.xml").deploy();
        }
        Team team = platform.newTeam();
        people = List.of(team.chief(), team.leader(), team.clerk(), team.clerk2(),
                platform.newMember("czj", Position.CLERK), platform.newMember("czj", Position.CLERK));
        Long fixed = Long.getLong("todo.seed");
        long base = new Random().nextLong();
        List<Long> seeds = fixed != null ? List.of(fixed)
                : Stream.iterate(base, seed -> seed + 1).limit(SEQUENCES).toList();
        Map<String, Integer> done = new HashMap<>();
        long started = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (long seed : seeds) {
            new Sequence(seed, done).run();
        }
        System.out.printf("to-do table consistency: %d sequences × %d steps from seed %d in %d s (%d s CPU of this"
                        + " thread), steps done %s%n", seeds.size(), STEPS, seeds.get(0),
                (System.nanoTime() - started) / 1_000_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000_000, done);
        // rebuilt from the engine alone, the table is what it was
        List<String> before = snapshot();
        jdbc.update("delete from wf_todo_item where process_instance_id in (select process_instance_id"
                + " from wf_todo_process where process_key = ?)", PROCESS);
        jdbc.update("delete from wf_todo_process where process_key = ?", PROCESS);
        assertThat(snapshot()).isEmpty();
        TodoRebuild.Rebuilt rebuilt = asUser.call("sysadmin", rebuild::rebuild);
        assertThat(rebuilt.processes()).isGreaterThanOrEqualTo(done.get("start"));
        assertThat(snapshot()).isEqualTo(before);

        // the sequences did what they are meant to: every kind of step ran and changed the engine (a replay of one
        // sequence with -Dtodo.seed covers what that sequence covers)
        if (fixed == null) {
            assertThat(done.keySet()).as("steps that changed the engine").containsAll(List.of("start", "claim",
                    "complete", "concurrent claims", "return", "transfer", "add signer", "withdraw", "delegate",
                    "hand over", "give back",
                    "terminate", "reassign"));
        }
    }

    /** One sequence: its own processes, delegations and clock, ended by terminating what still runs. */
    private final class Sequence {

        private final long seed;
        private final Random random;
        private final Map<String, Integer> done;
        private final List<String> processes = new ArrayList<>();
        private final List<String> log = new ArrayList<>();

        Sequence(long seed, Map<String, Integer> done) {
            this.seed = seed;
            this.random = new Random(seed);
            this.done = done;
        }

        void run() {
            try {
                for (int step = 1; step <= STEPS; step++) {
                    step();
                    compare("step " + step);
                }
                for (String pid : processes) {
                    if (!workflow.isEnded(pid)) {
                        asUser.run("sysadmin", () -> workflow.terminate(pid, "sysadmin", "序列结束"));
                    }
                }
                compare("end of sequence");
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " (-Dtodo.seed=" + seed + "), steps:\n  "
                        + String.join("\n  ", log) + "\n" + e.getMessage(), e);
            } finally {
                clock.reset();
                jdbc.update("delete from wf_delegation where from_username in (" + placeholders(people) + ")",
                        people.toArray());
            }
        }

        private void step() {
            List<Task> open = openTasks();
            int choice = open.isEmpty() ? 0 : random.nextInt(13);
            switch (choice) {
                case 0, 1 -> start();
                case 2 -> claim(open);
                case 3, 4 -> complete(open);
                case 5 -> concurrentClaims(open);
                case 6 -> returnTo(open);
                case 7 -> transfer(open);
                case 8 -> addSigner(open);
                case 9 -> withdraw();
                case 10 -> delegate();
                case 11 -> handOverOrGiveBack();
                default -> administer(open);
            }
        }

        private void start() {
            String initiator = pick(people);
            Map<String, Object> variables = new HashMap<>();
            variables.put("candidates", some(people, 1 + random.nextInt(3)));
            variables.put("reviewer", pick(people));
            variables.put("countersigners", some(people, 1 + random.nextInt(3)));
            variables.put("stepDue", pick(List.of("PT1H", "P1D", "P3D")));
            String pid = workflow.start(PROCESS, "test:" + TestUsers.unique("todo"), initiator, variables);
            processes.add(pid);
            changed("start", "start by " + initiator + " → " + pid + " " + variables);
        }

        private void claim(List<Task> open) {
            List<Task> unclaimed = open.stream().filter(t -> t.getAssignee() == null).toList();
            if (unclaimed.isEmpty()) {
                complete(open);
                return;
            }
            Task task = pick(unclaimed);
            String candidate = pick(candidates(task));
            attempt("claim", "claim " + task.getName() + " by " + candidate,
                    () -> tasks.claim(task.getId(), candidate));
        }

        private void complete(List<Task> open) {
            Task task = pick(open);
            String actor = task.getAssignee() != null ? task.getAssignee() : pick(candidates(task));
            attempt("complete", "complete " + task.getName() + " by " + actor,
                    () -> workflow.complete(task.getId(), actor, "办理", Map.of()));
        }

        /**
         * Two candidates claim at the same moment: exactly one gets the task. Not two people of whom one hands his
         * tasks to the other (代办): the first one's claim gives the task to the other, whose own claim then finds it
         * his already — one holder, but two claims that succeed.
         */
        private void concurrentClaims(List<Task> open) {
            List<Task> shared = open.stream().filter(t -> t.getAssignee() == null && candidates(t).size() > 1).toList();
            if (shared.isEmpty()) {
                start();
                return;
            }
            Task task = pick(shared);
            List<String> rivals = some(candidates(task), 2);
            if (delegationBetween(rivals.get(0), rivals.get(1))) {
                start();
                return;
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> claims = new ArrayList<>();
                for (String rival : rivals) {
                    claims.add(pool.submit(() -> {
                        go.await();
                        try {
                            tasks.claim(task.getId(), rival);
                            return true;
                        } catch (FlowableException | org.springframework.dao.DataAccessException lost) {
                            return false;
                        }
                    }));
                }
                go.countDown();
                List<Boolean> won = new ArrayList<>();
                for (Future<Boolean> claim : claims) {
                    won.add(claim.get());
                }
                log.add("concurrent claims of " + task.getName() + " by " + rivals + ": " + won);
                assertThat(won).as("one of two claims wins").containsExactlyInAnyOrder(true, false);
                done.merge("concurrent claims", 1, Integer::sum);
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdown();
            }
        }

        private void returnTo(List<Task> open) {
            Task task = pick(open);
            String actor = task.getAssignee() != null ? task.getAssignee() : pick(candidates(task));
            List<Workflow.Step> targets;
            try {
                targets = workflow.returnTargets(task.getId(), actor);
            } catch (WorkflowException e) {
                targets = List.of();
            }
            if (targets.isEmpty()) {
                transfer(open);
                return;
            }
            Workflow.Step target = pick(targets);
            attempt("return", "return " + task.getName() + " by " + actor + " to " + target.name(),
                    () -> workflow.returnTo(task.getId(), actor, target.activityId(), "请修改"));
        }

        private void transfer(List<Task> open) {
            List<Task> assigned = open.stream().filter(t -> t.getAssignee() != null).toList();
            if (assigned.isEmpty()) {
                claim(open);
                return;
            }
            Task task = pick(assigned);
            String to = pickOther(task.getAssignee());
            attempt("transfer", "transfer " + task.getName() + " from " + task.getAssignee() + " to " + to,
                    () -> workflow.transfer(task.getId(), task.getAssignee(), to, "转交"));
        }

        private void addSigner(List<Task> open) {
            List<Task> assigned = open.stream().filter(t -> t.getAssignee() != null
                    && t.getDelegationState() != DelegationState.PENDING).toList();
            if (assigned.isEmpty()) {
                complete(open);
                return;
            }
            Task task = pick(assigned);
            String signer = pickOther(task.getAssignee());
            attempt("add signer", "add signer " + signer + " to " + task.getName() + " of " + task.getAssignee(),
                    () -> workflow.addSigner(task.getId(), task.getAssignee(), signer, "请先看"));
        }

        private void withdraw() {
            List<String> running = processes.stream().filter(pid -> !workflow.isEnded(pid)).toList();
            if (running.isEmpty()) {
                start();
                return;
            }
            String pid = pick(running);
            List<HistoricTaskInstance> last = history.createHistoricTaskInstanceQuery().processInstanceId(pid)
                    .finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1);
            String actor = last.isEmpty() || last.get(0).getAssignee() == null ? pick(people)
                    : last.get(0).getAssignee();
            attempt("withdraw", "withdraw " + pid + " by " + actor, () -> workflow.withdraw(pid, actor));
        }

        /** 代办 registered now or for later; or time passes, so a window opens or closes. */
        private boolean delegationBetween(String one, String other) {
            return jdbc.queryForObject("select count(*) from wf_delegation where (from_username = ? and to_username = ?)"
                    + " or (from_username = ? and to_username = ?)", Integer.class, one, other, other, one) > 0;
        }

        private void delegate() {
            if (random.nextInt(3) == 0) {
                Duration later = Duration.ofHours(12 + random.nextInt(48));
                clock.advance(later);
                log.add("clock + " + later);
                return;
            }
            String from = pick(people);
            String to = pickOther(from);
            boolean inside = random.nextBoolean();
            Instant now = clock.instant();
            Instant starts = inside ? now.minus(Duration.ofHours(1)) : now.plus(Duration.ofDays(1));
            Instant ends = starts.plus(Duration.ofDays(1 + random.nextInt(2)));
            jdbc.update("insert into wf_delegation (from_username, to_username, starts_at, ends_at, reason, created_at)"
                    + " values (?, ?, ?, ?, '出差', ?)", from, to, Timestamp.from(starts), Timestamp.from(ends),
                    Timestamp.from(now));
            changed("delegate", "delegation " + from + " → " + to + (inside ? " from now" : " from tomorrow"));
        }

        /** 外出登记's way through the kit's API: a hand-over from now, or one ended with what it handed over given back. */
        private void handOverOrGiveBack() {
            List<Delegations.HandOver> inForce = delegations.inForce(people, clock.instant());
            if (!inForce.isEmpty() && random.nextBoolean()) {
                Delegations.HandOver handOver = inForce.get(random.nextInt(inForce.size()));
                attempt("give back", "give back " + handOver.toUsername() + " → " + handOver.fromUsername(),
                        () -> asUser.run(handOver.fromUsername(),
                                () -> delegations.endAndGiveBack(handOver.id(), handOver.fromUsername())));
                return;
            }
            String from = pick(people);
            String to = pickOther(from);
            Instant now = clock.instant();
            attempt("hand over", "hand over " + from + " → " + to + " from now", () -> asUser.run(from,
                    () -> delegations.handOver(from, to, now, now.plus(Duration.ofDays(1)), "外出")));
        }

        private void administer(List<Task> open) {
            if (random.nextBoolean()) {
                String pid = open.get(random.nextInt(open.size())).getProcessInstanceId();
                attempt("terminate", "terminate " + pid, () -> asUser.run("sysadmin",
                        () -> workflow.terminate(pid, "sysadmin", "终止")));
            } else {
                Task task = pick(open);
                String to = pickOther(task.getAssignee());
                attempt("reassign", "reassign " + task.getName() + " to " + to, () -> asUser.run("sysadmin",
                        () -> workflow.reassign(task.getId(), "sysadmin", to)));
            }
        }

        /** Runs a step; one the application refuses (not your task, already acted…) changes nothing, and is logged. */
        private void attempt(String kind, String description, Runnable action) {
            try {
                action.run();
                changed(kind, description);
            } catch (WorkflowException | FlowableException refused) {
                // a refusal of the engine or the application, never a failure of the table itself
                for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                    if (Arrays.stream(cause.getStackTrace())
                            .anyMatch(f -> f.getClassName().startsWith("org.zhengtong.workflow.internal.Todo"))) {
                        throw refused;
                    }
                }
                log.add(description + " — refused: " + refused.getMessage());
            }
        }

        private void changed(String kind, String description) {
            log.add(description);
            done.merge(kind, 1, Integer::sum);
        }

        // ---- the comparison ---------------------------------------------------------------------------------

        private void compare(String when) {
            Map<String, Set<String>> openRows = byPerson(jdbc.query("select i.* from wf_todo_item i"
                    + " join wf_todo_process p on p.process_instance_id = i.process_instance_id"
                    + " where i.kind = 'OPEN' and p.process_key = ?", (rs, n) -> Map.entry(rs.getString("username"),
                    open(rs.getString("task_id"), rs.getString("process_instance_id"), rs.getString("step"),
                            rs.getBoolean("candidate"), rs.getString("delegated_from"),
                            rs.getString("added_signer_for"), instant(rs.getObject("due", OffsetDateTime.class)))),
                    PROCESS));
            for (String person : people) {
                Set<String> engine = tasks.createTaskQuery().taskCandidateOrAssigned(person)
                        .processDefinitionKey(PROCESS).includeTaskLocalVariables().list().stream()
                        .map(t -> open(t.getId(), t.getProcessInstanceId(), t.getName(), t.getAssignee() == null,
                                (String) t.getTaskLocalVariables().get("delegatedFrom"),
                                t.getDelegationState() == DelegationState.PENDING ? t.getOwner() : null,
                                t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(openRows.getOrDefault(person, Set.of())).as("%s: open items of %s", when, person)
                        .isEqualTo(engine);
            }
            assertThat(people).as("%s: people with open items", when).containsAll(openRows.keySet());

            // what the window and the other modules read: one person a step
            String reader = pick(people);
            assertThat(window.counts(reader).todo()).as("%s: badge of %s", when, reader)
                    .isEqualTo(openRows.getOrDefault(reader, Set.of()).size());
            tasks.createTaskQuery().taskCandidateOrAssigned(reader).processDefinitionKey(PROCESS).list()
                    .forEach(t -> assertThat(todoList.isOpenFor(t.getId(), reader))
                            .as("%s: %s open for %s", when, t.getName(), reader).isTrue());

            Map<String, Set<String>> finished = byPerson(history.createHistoricTaskInstanceQuery()
                    .processDefinitionKey(PROCESS).finished().list().stream().filter(t -> t.getAssignee() != null)
                    .map(t -> Map.entry(t.getAssignee(), t.getId() + " " + t.getName() + " "
                            + t.getEndTime().toInstant())).toList());
            Map<String, Set<String>> doneRows = byPerson(jdbc.query("select i.* from wf_todo_item i"
                    + " join wf_todo_process p on p.process_instance_id = i.process_instance_id"
                    + " where i.kind = 'DONE' and p.process_key = ?", (rs, n) -> Map.entry(rs.getString("username"),
                    rs.getString("task_id") + " " + rs.getString("step") + " "
                            + instant(rs.getObject("ended", OffsetDateTime.class))), PROCESS));
            assertThat(doneRows).as("%s: done items", when).isEqualTo(finished);

            Map<String, Set<String>> steps = byPerson(tasks.createTaskQuery().processDefinitionKey(PROCESS).list()
                    .stream().map(t -> Map.entry(t.getProcessInstanceId(), t.getName())).toList());
            Map<String, Set<String>> started = byPerson(history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(PROCESS).list().stream().map(p -> Map.entry(p.getStartUserId(), p.getId()
                            + " " + (p.getEndTime() == null ? null : p.getEndTime().toInstant()) + " "
                            + steps.getOrDefault(p.getId(), Set.of()))).toList());
            Map<String, Set<String>> startedRows = byPerson(jdbc.query("select * from wf_todo_process"
                    + " where process_key = ?", (rs, n) -> Map.entry(rs.getString("initiator"),
                    rs.getString("process_instance_id") + " " + instant(rs.getObject("ended_at", OffsetDateTime.class))
                            + " " + steps(rs.getString("current_steps"))), PROCESS));
            assertThat(startedRows).as("%s: started processes", when).isEqualTo(started);
        }

        // ---- picking ----------------------------------------------------------------------------------------

        /** The open tasks of this sequence, in an order that depends only on what happened so far. */
        private List<Task> openTasks() {
            if (processes.isEmpty()) {
                return List.of();
            }
            return tasks.createTaskQuery().processInstanceIdIn(processes).includeIdentityLinks().list().stream()
                    .sorted(Comparator.comparing((Task t) -> processes.indexOf(t.getProcessInstanceId()))
                            .thenComparing(Task::getTaskDefinitionKey)
                            .thenComparing(t -> String.valueOf(t.getAssignee()))
                            .thenComparing(Task::getCreateTime))
                    .toList();
        }

        private List<String> candidates(Task task) {
            List<String> found = task.getIdentityLinks().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .map(link -> link.getUserId()).sorted().toList();
            // the task as listed may predate its candidates' query: ask the engine when it has none
            return found.isEmpty() ? tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getUserId)
                    .sorted().toList() : found;
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        private String pickOther(String than) {
            return pick(people.stream().filter(p -> !p.equals(than)).toList());
        }

        private List<String> some(List<String> from, int count) {
            List<String> shuffled = new ArrayList<>(from);
            java.util.Collections.shuffle(shuffled, random);
            return List.copyOf(new LinkedHashSet<>(shuffled.subList(0, Math.min(count, shuffled.size()))));
        }
    }

    private static String open(String taskId, String pid, String step, boolean candidate, String delegatedFrom,
                               String addedSignerFor, Instant due) {
        return taskId + " " + pid + " " + step + (candidate ? " candidate" : "") + " delegatedFrom=" + delegatedFrom
                + " signerFor=" + addedSignerFor + " due=" + due;
    }

    /** The table's rows of this test's processes, without their row ids. */
    private List<String> snapshot() {
        return jdbc.query("select i.*, p.* from wf_todo_process p left join wf_todo_item i"
                + " on i.process_instance_id = p.process_instance_id where p.process_key = ?"
                + " order by p.process_instance_id, i.kind, i.task_id, i.username", (rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        if (!rs.getMetaData().getColumnLabel(c).equalsIgnoreCase("id")) {
                            row.append(rs.getMetaData().getColumnLabel(c)).append('=').append(rs.getString(c))
                                    .append(' ');
                        }
                    }
                    return row.toString();
                }, PROCESS);
    }

    private static Map<String, Set<String>> byPerson(List<Map.Entry<String, String>> entries) {
        return entries.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(TreeSet::new))));
    }

    private static Set<String> steps(String currentSteps) {
        return currentSteps == null || currentSteps.isEmpty() ? Set.of()
                : new TreeSet<>(Arrays.asList(currentSteps.split("、")));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String placeholders(List<String> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(", "));
    }
}
