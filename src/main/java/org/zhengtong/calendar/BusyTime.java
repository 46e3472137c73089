package org.zhengtong.calendar;

import java.time.LocalDateTime;

/**
 * One occurrence in a person's calendar as another module sees it when it plans around her (领导日程 shows a
 * leader's meetings that clash with an entry): when, of which type, and from which source. A private entry of the
 * owner's shows as busy only: no title.
 *
 * @param source the entry's source ({@code meeting:42}), null for an entry the owner made herself
 * @param title  null for a private entry
 */
public record BusyTime(String source, EntryType type, String title, LocalDateTime start, LocalDateTime end,
                       boolean allDay) {
}
