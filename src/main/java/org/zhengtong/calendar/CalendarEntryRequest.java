package org.zhengtong.calendar;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An entry another module keeps in a person's calendar, such as a meeting in each attendee's: one entry per source
 * and owner, which the owner sees but edits only at its source (the link).
 *
 * @param source          what the entry stands for, as {@code <module>:<id>} ({@code meeting:42}); at most 100 characters
 * @param owner           whose calendar (a username of a person of the organization)
 * @param start           local date and time in the application's zone ({@code zhengtong.time-zone}); for an all-day
 *                        entry the first day at 00:00
 * @param end             after {@code start}; for an all-day entry 00:00 of the day after the last
 * @param reminderMinutes offsets before the start at which the owner is reminded (0 to 10080), may be empty
 * @param link            the source's page inside the application, or null
 */
public record CalendarEntryRequest(String source, String owner, EntryType type, String title, String location,
                                   String description, LocalDateTime start, LocalDateTime end, boolean allDay,
                                   List<Integer> reminderMinutes, String link) {
}
