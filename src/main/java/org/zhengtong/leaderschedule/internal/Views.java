package org.zhengtong.leaderschedule.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the pages, the API and the exports show of the leaders' schedules: only what the reader may see. */
public final class Views {

    private Views() {
    }

    /** A person of the organization by username and name. */
    public record PersonName(String username, String name) {
    }

    /**
     * An entry as its reader sees it; {@code editable} when she keeps the leader's schedule, and only then the
     * clashes (the leader's other entries and calendar entries — meetings — overlapping it).
     */
    public record EntryView(long id, long unitId, String leader, String leaderName, DayPart dayPart,
                            LocalDateTime start, LocalDateTime end, String place, String activity,
                            List<PersonName> companions, String note, Visibility visibility,
                            Integer reminderMinutes, boolean editable, List<Clash> clashes, long version) {

        public String companionNames() {
            return String.join("、", companions.stream().map(PersonName::name).toList());
        }
    }

    /**
     * Something else the leader has at the time: another entry of his schedule ({@code entryId}) or an entry of his
     * calendar ({@code type}: MEETING, OFFICIAL …, {@code title} null for a private one).
     */
    public record Clash(Long entryId, String type, String title, LocalDateTime start, LocalDateTime end) {
    }

    /**
     * The week of a unit's leaders as the reader may see it (领导活动安排表): a row per leader in the organization's
     * order, a column per day from Monday, each split into 上午 and 下午.
     */
    public record WeekTable(long unitId, String unitName, String title, String week, String previousWeek,
                            String nextWeek, LocalDate monday, List<LocalDate> days, List<LeaderRow> rows) {
    }

    /** A leader's week; {@code editable} when the reader keeps his schedule. */
    public record LeaderRow(String username, String name, String position, boolean editable, List<DayCells> days) {
    }

    public record DayCells(LocalDate date, List<CellEntry> morning, List<CellEntry> afternoon) {
    }

    /**
     * An entry in a half-day cell: {@code time} as "09:00–10:30" (or with one end only, when it runs into another
     * day; empty for an all-day or half-day entry, named by {@code dayPart}); {@code clash} only for its editors.
     */
    public record CellEntry(long id, DayPart dayPart, String time, String activity, String place,
                            String companions, Visibility visibility, boolean clash) {
    }

    /** A leader's setting: who keeps his schedule and who reads it beyond the defaults. */
    public record Setting(String leader, String leaderName, String position, List<PersonName> editors,
                          List<PersonName> viewers) {
    }
}
