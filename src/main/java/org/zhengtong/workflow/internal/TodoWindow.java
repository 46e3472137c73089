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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoDescriber;
import org.zhengtong.workflow.TodoDescriber.Description;
import org.zhengtong.workflow.TodoTask;

/**
 * The to-do window (待办) over every module's processes, read from the to-do table (ADR 10) a page at a time: open
 * tasks overdue and urgent first, then by due date; done steps and started processes newest first. Titles a reader's
 * clearance does not cover are left out.
 */
@Service
public class TodoWindow {

    /** The 传阅 step of the processes: reading, not handling, so it has a tab of its own. */
    static final String CIRCULATE = "circulate";
    /** The done and started tabs show the newest this many. */
    static final int HISTORY_LIMIT = 200;
    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = HISTORY_LIMIT;

    public enum Tab { PENDING, DONE, STARTED, CIRCULATION }

    private final TodoTableQueries table;
    private final SupervisionService supervision;
    private final List<TodoDescriber> describers;
    private final OrgDirectory directory;
    private final SupervisionProperties properties;
    private final Clock clock;

    TodoWindow(TodoTableQueries table, SupervisionService supervision, List<TodoDescriber> describers,
               OrgDirectory directory, SupervisionProperties properties, Clock clock) {
        this.table = table;
        this.supervision = supervision;
        this.describers = describers;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** A page of a tab as the window shows it, with its size, the filter values of the whole tab and the badges. */
    public Page page(Tab tab, String username, TodoFilter filter, int page, int size) {
        Instant now = clock.instant();
        List<TodoRow> rows = items(tab, username, filter, page, size, now).stream().map(Item::row).toList();
        return new Page(rows, table.count(tab, username, filter, now), page, size, options(tab, username, now),
                table.counts(username, now));
    }

    /** A page of a tab's rows with the business key each is about, for clients that open the item themselves. */
    public List<Item> items(Tab tab, String username, TodoFilter filter, int page, int size) {
        return items(tab, username, filter, page, size, clock.instant());
    }

    /** How many rows of the tab pass the filter. */
    public long size(Tab tab, String username, TodoFilter filter) {
        return table.count(tab, username, filter, clock.instant());
    }

    private List<Item> items(Tab tab, String username, TodoFilter filter, int page, int size, Instant now) {
        Clearance clearance = directory.person(username).map(OrgDirectory.PersonRef::clearance).orElse(Clearance.NONE);
        Names names = new Names();
        boolean open = tab == Tab.PENDING || tab == Tab.CIRCULATION;
        return table.lines(tab, username, filter, now, (long) page * size, size).stream().map(line -> {
            Description about = line.about() == null ? null : line.about().visibleWith(clearance);
            TodoRow row = open
                    ? row(line.taskId(), line.processInstanceId(), line.step(), about, names.of(line.delegatedFrom()),
                            names.of(line.addedSignerFor()), line.candidate(), line.since(), line.due(), null, now)
                    : tab == Tab.DONE
                    ? row(line.taskId(), line.processInstanceId(), line.step(), about, null, null, false, null, null,
                            line.ended(), now)
                    : row(null, line.processInstanceId(), line.step(), about, null, null, false, line.since(), null,
                            line.ended(), now);
            return new Item(line.businessKey(), row);
        }).toList();
    }

    /** The badges of the tabs and the home page: open tasks, open 传阅, overdue among all open. */
    public Counts counts(String username) {
        return table.counts(username, clock.instant());
    }

    /** The filter values found in the whole tab: kinds, urgencies (most urgent last), units. */
    private FilterOptions options(Tab tab, String username, Instant now) {
        List<Description> kinds = table.kinds(tab, username, now);
        return new FilterOptions(
                kinds.stream().map(Description::type).filter(Objects::nonNull).distinct().sorted().toList(),
                kinds.stream().filter(d -> d.urgency() != null)
                        .sorted(Comparator.comparingInt(Description::urgencyLevel)).map(Description::urgency)
                        .distinct().toList(),
                kinds.stream().map(Description::unitName).filter(Objects::nonNull).distinct().sorted().toList());
    }

    /** The supervision page: overdue and near-due tasks the user oversees, with their urgings. */
    public List<SupervisionRow> supervision(CurrentUser user) {
        List<SupervisionService.Supervised> supervised = supervision.supervised(user);
        Names names = new Names();
        List<TodoTask> open = supervised.stream().map(SupervisionService.Supervised::task).toList();
        Map<String, Description> about = describe(open.stream().map(TodoTask::businessKey).toList());
        Instant now = clock.instant();
        Map<String, TodoRow> rows = open.stream().map(t -> row(t.taskId(), t.processInstanceId(), t.name(),
                        Optional.ofNullable(about.get(t.businessKey())).map(d -> d.visibleWith(user.clearance()))
                                .orElse(null),
                        names.of(t.delegatedFrom()), names.of(t.addedSignerFor()), t.candidate(), t.created(), t.due(),
                        null, now))
                .collect(Collectors.toMap(TodoRow::taskId, Function.identity(), (a, b) -> a));
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

    /** Descriptions by business key, each key asked of the first describer that supports it. */
    private Map<String, Description> describe(Collection<String> businessKeys) {
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

    private TodoRow row(String taskId, String processInstanceId, String step, Description about, String delegatedFrom,
                        String addedSignerFor, boolean candidate, Instant since, Instant due, Instant ended,
                        Instant now) {
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

    /** One page of a tab ({@code number} from 0), the whole tab's size and filter values, and the badges. */
    public record Page(List<TodoRow> rows, long total, int number, int size, FilterOptions options, Counts counts) {
    }

    public record FilterOptions(List<String> types, List<String> urgencies, List<String> units) {
    }

    /** People's names for one page, each looked up once. */
    private final class Names {

        private final Map<String, String> known = new HashMap<>();

        String of(String username) {
            return username == null ? null : known.computeIfAbsent(username, directory::nameOf);
        }

        String join(List<String> usernames) {
            return usernames.stream().map(this::of).collect(Collectors.joining("、"));
        }
    }
}
