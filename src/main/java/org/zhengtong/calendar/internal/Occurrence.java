package org.zhengtong.calendar.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.zhengtong.calendar.EntryType;

/**
 * One occurrence of an entry as a reader sees it: the entry's own for a single entry, one date of a repeating one
 * (its original date names it, even when moved). For a reader of a shared calendar a private entry is only busy: no
 * title but 忙碌, no location, no description.
 */
public record Occurrence(long entryId, LocalDate date, LocalDateTime start, LocalDateTime end, boolean allDay,
                         EntryType type, String title, String location, String description, boolean privateEntry,
                         boolean busyOnly, boolean repeating, boolean changed, String owner, boolean fromSource,
                         String sourceLink) {

    /** The last day an all-day occurrence covers (its end is 00:00 of the day after). */
    public LocalDate lastDay() {
        return allDay ? end.toLocalDate().minusDays(1) : end.toLocalDate();
    }
}
