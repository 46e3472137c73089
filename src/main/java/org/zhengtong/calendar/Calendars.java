package org.zhengtong.calendar;

import java.time.LocalDateTime;
import java.util.List;

/**
 * How other modules write into people's calendars. Entries are keyed by source and owner, so writing again replaces
 * and a listener that receives its event twice writes once. Such entries are read-only in the calendar; the owner
 * follows their link to the source.
 */
public interface Calendars {

    /** Writes the entry of this source into the owner's calendar, replacing the one there: the entry's id. */
    long put(CalendarEntryRequest request);

    /** Removes the source's entry from the owner's calendar, if there is one. */
    void remove(String source, String owner);

    /** Removes the source's entries from every calendar (a meeting cancelled). */
    void remove(String source);

    /**
     * The occurrences in the owner's calendar overlapping [from, to), repeats expanded, in order of start; private
     * entries without their title. No access check: the caller shows only what its own rules allow.
     */
    List<BusyTime> busy(String owner, LocalDateTime from, LocalDateTime to);
}
