package org.zhengtong.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.DoneTask;
import org.zhengtong.workflow.StartedProcess;
import org.zhengtong.workflow.TodoDescriber;
import org.zhengtong.workflow.TodoDescriber.Description;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The to-do window (待办) over every module's processes: the engine's lists, described by the modules'
 * {@link TodoDescriber}s, sorted overdue and urgent first, then by due date.
 */
@Service
public class TodoWindow {

    /** The 传阅 step of the processes: reading, not handling, so it has a tab of its own. */
    static final String CIRCULATE = "circulate";
    static final int HISTORY_LIMIT = 200;

    public enum Tab { PENDING, DONE, STARTED, CIRCULATION }

    private static final Comparator<TodoRow> URGENT_FIRST = Comparator.comparing((TodoRow r) -> !r.overdue())
            .thenComparing(Comparator.comparingInt(TodoRow::urgencyLevel).reversed())
            .thenComparing(TodoRow::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodoRow::since, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Workflow workflow;
    private final SupervisionService supervision;
    private final List<TodoDescriber> describers;
    private final OrgDirectory directory;
    private final SupervisionProperties properties;
    private final Clock clock;

    TodoWindow(Workflow workflow, SupervisionService supervision, List<TodoDescriber> describers,
               OrgDirectory directory, SupervisionProperties properties, Clock clock) {
        this.workflow = workflow;
        this.supervision = supervision;
        this.describers = describers;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The rows of a tab, open tasks overdue and urgent first, done and started newest first; unfiltered, as the
     * filters offer the values found here.
     */
    public List<TodoRow> rows(Tab tab, String username) {
        return items(tab, username).stream().map(Item::row).toList();
    }

    /**
     * The rows of a tab and the badges of all tabs, asking the engine for the user's open tasks once (the page
     * used to ask twice: once for the rows, once for the badges).
     */
    public Page page(Tab tab, String username) {
        if (tab == Tab.PENDING || tab == Tab.CIRCULATION) {
            List<TodoTask> open = workflow.todo(username);
            return new Page(openRows(tab, open, new Names()).stream().map(Item::row).toList(), counts(open));
        }
        return new Page(rows(tab, username), counts(username));
    }

    /** The rows of {@link #rows} with the business key each is about, for clients that open the item themselves. */
    public List<Item> items(Tab tab, String username) {
        Names names = new Names();
        return switch (tab) {
            case PENDING, CIRCULATION -> openRows(tab, workflow.todo(username), names);
            case DONE -> {
                List<DoneTask> done = workflow.done(username, HISTORY_LIMIT);
                Map<String, Description> about = describe(done.stream().map(DoneTask::businessKey).toList());
                yield done.stream().map(t -> new Item(t.businessKey(), row(t.taskId(), t.processInstanceId(), t.name(),
                        about.get(t.businessKey()), null, null, false, null, null, t.ended()))).toList();
            }
            case STARTED -> {
                List<StartedProcess> started = workflow.started(username, HISTORY_LIMIT);
                Map<String, Description> about = describe(started.stream().map(StartedProcess::businessKey).toList());
                yield started.stream().map(p -> new Item(p.businessKey(), row(null, p.processInstanceId(),
                        String.join("、", p.currentSteps()), about.get(p.businessKey()), null, null, false, p.started(),
                        null, p.ended()))).toList();
            }
        };
    }

    private List<Item> openRows(Tab tab, List<TodoTask> allOpen, Names names) {
        List<TodoTask> open = allOpen.stream()
                .filter(t -> CIRCULATE.equals(t.activityId()) == (tab == Tab.CIRCULATION)).toList();
        return openItems(open, names).stream().sorted(Comparator.comparing(Item::row, URGENT_FIRST)).toList();
    }

    /** The badges of the tabs and the home page: open tasks, open 传阅, overdue among all open. */
    public Counts counts(String username) {
        return counts(workflow.todo(username));
    }

    private Counts counts(List<TodoTask> open) {
        Instant now = clock.instant();
        long circulation = open.stream().filter(t -> CIRCULATE.equals(t.activityId())).count();
        long overdue = open.stream().filter(t -> t.overdueAt(now)).count();
        return new Counts(open.size() - circulation, circulation, overdue);
    }

    /** The supervision page: overdue and near-due tasks the user oversees, with their urgings. */
    public List<SupervisionRow> supervision(CurrentUser user) {
        List<SupervisionService.Supervised> supervised = supervision.supervised(user);
        Names names = new Names();
        Map<String, TodoRow> rows = openItems(supervised.stream().map(SupervisionService.Supervised::task).toList(), names)
                .stream().map(Item::row).collect(Collectors.toMap(TodoRow::taskId, Function.identity()));
        return supervised.stream().map(s -> {
            Urging urging = s.urging();
            List<SupervisionRow.Entry> urgings = s.records().stream().map(r -> new SupervisionRow.Entry(r.getUrgedAt(),
                    SupervisionService.SYSTEM.equals(r.getUrgedBy()) ? null : names.of(r.getUrgedBy()),
                    r.isAutomatic(), r.isEscalated(), names.join(r.recipientList()), r.getMessage())).toList();
            return new SupervisionRow(rows.get(s.task().taskId()), names.join(s.handlers()),
                    s.handlers().contains(user.username()), s.urgeCount(),
                    urging == null ? 0 : urging.getReminderCount(), urging != null && urging.isEscalated(),
                    urging == null ? null : names.join(urging.escalatedToList()), urgings);
        }).toList();
    }

    /** The filter values found among the rows: kinds, urgencies (most urgent last), units. */
    public FilterOptions options(List<TodoRow> rows) {
        List<Description> about = rows.stream().map(TodoRow::about).filter(Objects::nonNull).toList();
        return new FilterOptions(
                about.stream().map(Description::type).filter(Objects::nonNull).distinct().sorted().toList(),
                about.stream().filter(d -> d.urgency() != null)
                        .sorted(Comparator.comparingInt(Description::urgencyLevel)).map(Description::urgency)
                        .distinct().toList(),
                about.stream().map(Description::unitName).filter(Objects::nonNull).distinct().sorted().toList());
    }

    /** Descriptions by business key, each key asked of the first describer that supports it. */
    Map<String, Description> describe(Collection<String> businessKeys) {
        Map<TodoDescriber, List<String>> byDescriber = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(businessKeys)) {
            if (key == null) {
                continue;
            }
            describers.stream().filter(d -> d.supports(key)).findFirst()
                    .ifPresent(d -> byDescriber.computeIfAbsent(d, k -> new ArrayList<>()).add(key));
        }
        Map<String, Description> descriptions = new HashMap<>();
        byDescriber.forEach((describer, keys) -> descriptions.putAll(describer.describe(keys)));
        return descriptions;
    }

    private List<Item> openItems(List<TodoTask> open, Names names) {
        Map<String, Description> about = describe(open.stream().map(TodoTask::businessKey).toList());
        return open.stream().map(t -> new Item(t.businessKey(), row(t.taskId(), t.processInstanceId(), t.name(),
                about.get(t.businessKey()), names.of(t.delegatedFrom()), names.of(t.addedSignerFor()), t.candidate(),
                t.created(), t.due(), null))).toList();
    }

    private TodoRow row(String taskId, String processInstanceId, String step, Description about, String delegatedFrom,
                        String addedSignerFor, boolean candidate, Instant since, Instant due, Instant ended) {
        Instant now = clock.instant();
        boolean overdue = due != null && due.isBefore(now);
        boolean nearDue = due != null && !overdue && due.isBefore(now.plus(properties.nearDueWindow()));
        LocalDate deadline = due != null ? LocalDate.ofInstant(due, clock.getZone())
                : about == null ? null : about.deadline();
        return new TodoRow(taskId, processInstanceId, step, about, delegatedFrom, addedSignerFor, candidate, since, due,
                ended, overdue, nearDue, deadline);
    }

    /** A row and the business key ({@code <module>:<id>}) of what it is about, or null when the process has none. */
    public record Item(String businessKey, TodoRow row) {
    }

    public record Counts(long todo, long circulation, long overdue) {
    }

    public record Page(List<TodoRow> rows, Counts counts) {
    }

    public record FilterOptions(List<String> types, List<String> urgencies, List<String> units) {
    }

    /** People's names for one page, each looked up once. */
    private final class Names {

        private final Map<String, String> known = new HashMap<>();

        String of(String username) {
            return username == null ? null : known.computeIfAbsent(username,
                    u -> directory.nameOf(u));
        }

        String join(List<String> usernames) {
            return usernames.stream().map(this::of).collect(Collectors.joining("、"));
        }
    }
}
