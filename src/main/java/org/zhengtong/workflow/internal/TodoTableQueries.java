package org.zhengtong.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Clearance;
import org.zhengtong.workflow.TodoDescriber.Description;

/**
 * The to-do window's reads, all from the to-do table: a page of a tab, filtered and in the window's order, its
 * size, the filter values found in it, and the badges. The SQL is in bench/todo-table.md as well.
 */
@Component
class TodoTableQueries {

    private static final String DESCRIPTION = "p.described, p.title, p.title_clearance, p.number, p.type, p.urgency,"
            + " p.urgency_level, p.classification, p.unit_name, p.deadline, p.link";
    private static final String ITEMS = "select i.id as sort_id, i.task_id, i.process_instance_id, i.business_key,"
            + " i.step, i.candidate, i.delegated_from, i.added_signer_for, i.since, i.due, i.due_day, i.ended, "
            + DESCRIPTION + " from wf_todo_item i"
            + " join wf_todo_process p on p.process_instance_id = i.process_instance_id"
            + " where i.username = :user and i.kind = ";
    /** Overdue first, then the more urgent, the earlier due, the earlier arrived; the row id keeps pages stable. */
    private static final String OPEN_ORDER = " order by case when t.due < :now then 0 else 1 end,"
            + " t.urgency_level desc, t.due asc nulls last, t.since asc nulls last, t.sort_id asc";

    private final NamedParameterJdbcTemplate jdbc;
    private final TodoTable table;

    TodoTableQueries(NamedParameterJdbcTemplate jdbc, TodoTable table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** One page of a tab: open items in the window's order, done and started newest first (of the newest 200). */
    List<Line> lines(TodoWindow.Tab tab, String username, TodoFilter filter, Instant now, long offset, int limit) {
        table.writePending();
        MapSqlParameterSource parameters = parameters(username, filter, now).addValue("offset", offset)
                .addValue("limit", limit);
        String order = switch (tab) {
            case PENDING, CIRCULATION -> OPEN_ORDER;
            case DONE -> " order by t.ended desc, t.sort_id desc";
            case STARTED -> " order by t.since desc, t.sort_id desc";
        };
        return jdbc.query("select * from (" + base(tab) + ") t" + where(filter) + order
                + " limit :limit offset :offset", parameters, (rs, n) -> line(rs));
    }

    /** How many items of the tab pass the filter. */
    long count(TodoWindow.Tab tab, String username, TodoFilter filter, Instant now) {
        table.writePending();
        Long count = jdbc.queryForObject("select count(*) from (" + base(tab) + ") t" + where(filter),
                parameters(username, filter, now), Long.class);
        return count == null ? 0 : count;
    }

    /** The kinds, urgencies and units found in the tab, for its filters. */
    List<Description> kinds(TodoWindow.Tab tab, String username, Instant now) {
        table.writePending();
        return jdbc.query("select distinct t.type, t.urgency, t.urgency_level, t.unit_name from (" + base(tab) + ") t",
                parameters(username, TodoFilter.NONE, now), (rs, n) -> new Description(null, null,
                        rs.getString("type"), rs.getString("urgency"), rs.getInt("urgency_level"), null,
                        rs.getString("unit_name"), null, null));
    }

    /** The badges: open tasks besides 传阅, open 传阅, overdue among all open. */
    TodoWindow.Counts counts(String username, Instant now) {
        table.writePending();
        return jdbc.queryForObject("select"
                        + " count(case when activity_id is null or activity_id <> :circulate then 1 end) as todo,"
                        + " count(case when activity_id = :circulate then 1 end) as circulation,"
                        + " count(case when due < :now then 1 end) as overdue"
                        + " from wf_todo_item where username = :user and kind = '" + TodoTable.OPEN + "'",
                parameters(username, TodoFilter.NONE, now),
                (rs, n) -> new TodoWindow.Counts(rs.getLong("todo"), rs.getLong("circulation"), rs.getLong("overdue")));
    }

    private static String base(TodoWindow.Tab tab) {
        return switch (tab) {
            case PENDING -> ITEMS + "'" + TodoTable.OPEN + "'"
                    + " and (i.activity_id is null or i.activity_id <> :circulate)";
            case CIRCULATION -> ITEMS + "'" + TodoTable.OPEN + "' and i.activity_id = :circulate";
            case DONE -> ITEMS + "'" + TodoTable.DONE + "' order by i.ended desc, i.id desc"
                    + " limit " + TodoWindow.HISTORY_LIMIT;
            case STARTED -> "select p.process_instance_id as sort_id, cast(null as varchar(64)) as task_id,"
                    + " p.process_instance_id, p.business_key, p.current_steps as step, false as candidate,"
                    + " cast(null as varchar(255)) as delegated_from, cast(null as varchar(255)) as added_signer_for,"
                    + " p.started_at as since, cast(null as timestamp with time zone) as due,"
                    + " cast(null as date) as due_day, p.ended_at as ended, " + DESCRIPTION
                    + " from wf_todo_process p where p.initiator = :user"
                    + " order by p.started_at desc, p.process_instance_id desc limit " + TodoWindow.HISTORY_LIMIT;
        };
    }

    /** TodoFilter's conditions; the deadline is the step's due day, else the described deadline. */
    private static String where(TodoFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (TodoFilter.present(filter.type())) {
            conditions.add("t.type = :type");
        }
        if (TodoFilter.present(filter.urgency())) {
            conditions.add("t.urgency = :urgency");
        }
        if (TodoFilter.present(filter.unit())) {
            conditions.add("t.unit_name = :unit");
        }
        if (filter.from() != null) {
            conditions.add("coalesce(t.due_day, t.deadline) >= :from");
        }
        if (filter.to() != null) {
            conditions.add("coalesce(t.due_day, t.deadline) <= :to");
        }
        if (filter.overdueOnly()) {
            conditions.add("t.due < :now");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static MapSqlParameterSource parameters(String username, TodoFilter filter, Instant now) {
        return new MapSqlParameterSource()
                .addValue("user", username)
                .addValue("circulate", TodoWindow.CIRCULATE)
                .addValue("now", TodoTable.offset(now))
                .addValue("type", filter.type())
                .addValue("urgency", filter.urgency())
                .addValue("unit", filter.unit())
                .addValue("from", filter.from())
                .addValue("to", filter.to());
    }

    private static Line line(ResultSet rs) throws SQLException {
        Description about = !rs.getBoolean("described") ? null : new Description(rs.getString("title"),
                rs.getString("number"), rs.getString("type"), rs.getString("urgency"), rs.getInt("urgency_level"),
                rs.getString("classification"), rs.getString("unit_name"), rs.getObject("deadline", LocalDate.class),
                rs.getString("link"), Clearance.valueOf(rs.getString("title_clearance")));
        return new Line(rs.getString("task_id"), rs.getString("process_instance_id"), rs.getString("business_key"),
                rs.getString("step"), about, rs.getBoolean("candidate"), rs.getString("delegated_from"),
                rs.getString("added_signer_for"), TodoTable.instant(rs, "since"), TodoTable.instant(rs, "due"),
                TodoTable.instant(rs, "ended"));
    }

    /** An item as stored: the description in full (the window hides what the reader may not see), usernames. */
    record Line(String taskId, String processInstanceId, String businessKey, String step, Description about,
                boolean candidate, String delegatedFrom, String addedSignerFor, Instant since, Instant due,
                Instant ended) {
    }
}
