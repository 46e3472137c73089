package org.zhengtong.calendar.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.calendar.EntryType;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;

/**
 * 个人日程: a person's own entries and the calendars shared with her. Every method opens what it is given through
 * {@link CalendarAccess}: the owner reads and changes, a reader reads (private entries only as busy), nobody else
 * does anything. Changes are audited by id, never by content.
 */
@Service
@Validated
@Transactional
public class MyCalendar {

    /** The longest period one query covers. */
    public static final int MAX_QUERY_DAYS = 400;
    /** The longest single occurrence. */
    static final int MAX_ENTRY_DAYS = 366;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private final CalendarEntryRepository entries;
    private final CalendarAccess access;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    MyCalendar(CalendarEntryRepository entries, CalendarAccess access, MessageSource messages, AuditLog audit,
               Clock clock) {
        this.entries = entries;
        this.access = access;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current person's username (refused for an account that is no person). */
    @Transactional(readOnly = true)
    public String me() {
        return access.owner();
    }

    /** Whose calendar the current person may read as {@code of}: herself or one shared with her. */
    @Transactional(readOnly = true)
    public String readable(String of) {
        return access.readable(of);
    }

    /**
     * The occurrences in a calendar (one's own, or {@code of} shared with one) between from and to, of one type
     * and containing the text in title, location or description, if given; in order of start.
     */
    @Transactional(readOnly = true)
    public List<Occurrence> occurrences(String of, LocalDateTime from, LocalDateTime to, EntryType type,
                                        String text) {
        checkPeriod(from, to);
        String owner = access.readable(of);
        boolean masked = !owner.equals(access.owner());
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return expand(entries.inPeriod(owner, from, to), from, to, masked).stream()
                .filter(o -> type == null || o.type() == type)
                .filter(o -> needle == null || contains(o.title(), needle) || contains(o.location(), needle)
                        || contains(o.description(), needle))
                .toList();
    }

    /** The occurrences of one owner's calendar as she sees them, without an access check: for the home tile. */
    @Transactional(readOnly = true)
    public List<Occurrence> ownOccurrences(String owner, LocalDateTime from, LocalDateTime to) {
        return expand(entries.inPeriod(owner, from, to), from, to, false);
    }

    @Transactional(readOnly = true)
    public CalendarEntry entry(long id) {
        return access.readableEntry(id);
    }

    /** The entry for its owner to change, refused when another module keeps it. */
    @Transactional(readOnly = true)
    public CalendarEntry ownEntry(long id) {
        return access.ownEntry(id);
    }

    /** One occurrence of a readable entry, as its reader sees it; refused when the entry has none that day. */
    @Transactional(readOnly = true)
    public Occurrence occurrence(long id, LocalDate date) {
        CalendarEntry entry = access.readableEntry(id);
        LocalDate day = date == null ? entry.getStartsAt().toLocalDate() : date;
        checkOccurs(entry, day);
        boolean masked = !entry.getOwner().equals(access.owner());
        return occurrenceOf(entry, day, masked);
    }

    /** Whether the readable entry is private and shown to the current person only as busy. */
    @Transactional(readOnly = true)
    public boolean masked(CalendarEntry entry) {
        return entry.isPrivateEntry() && !entry.getOwner().equals(access.owner());
    }

    public long create(@Valid EntryForm form) {
        CalendarEntry entry = new CalendarEntry(access.owner(), null, clock.instant());
        fill(entry, form.cleaned());
        long id = entries.save(entry).getId();
        audit.success("CALENDAR_CHANGE", "calendarEntry", id, "create");
        return id;
    }

    /** An entry of an import, already validated; the import is audited as one. */
    CalendarEntry save(EntryForm form) {
        CalendarEntry entry = new CalendarEntry(access.owner(), null, clock.instant());
        fill(entry, form.cleaned());
        return entries.save(entry);
    }

    public void update(long id, @Valid EntryForm form) {
        CalendarEntry entry = editable(id);
        fill(entry, form.cleaned());
        audit.success("CALENDAR_CHANGE", "calendarEntry", id, "update");
    }

    public void delete(long id) {
        entries.delete(editable(id));
        audit.success("CALENDAR_CHANGE", "calendarEntry", id, "delete");
    }

    /** The occurrence of that date no longer takes place (an exception of the series). */
    public void cancelOccurrence(long id, LocalDate date) {
        CalendarEntry entry = repeating(id, date);
        entry.change(OccurrenceChange.cancel(date));
        audit.success("CALENDAR_CHANGE", "calendarEntry", id, "cancel " + date);
    }

    /** The occurrence of that date moved or edited; the rest of the series stays. */
    public void changeOccurrence(long id, LocalDate date, @Valid OccurrenceForm form) {
        CalendarEntry entry = repeating(id, date);
        LocalDateTime[] times = times(entry.isAllDay(), form.startDate(), form.startTime(), form.endDate(),
                form.endTime());
        entry.change(OccurrenceChange.move(date, times[0], times[1], clean(form.title()), clean(form.location()),
                clean(form.description())));
        audit.success("CALENDAR_CHANGE", "calendarEntry", id, "change " + date);
    }

    /** The occurrence of that date as the series has it again. */
    public void restoreOccurrence(long id, LocalDate date) {
        CalendarEntry entry = repeating(id, date);
        entry.restore(date);
        audit.success("CALENDAR_CHANGE", "calendarEntry", id, "restore " + date);
    }

    /** The form showing an entry as it is, for editing. */
    @Transactional(readOnly = true)
    public EntryForm form(long id) {
        CalendarEntry e = editable(id);
        Recurrence r = e.recurrence();
        LocalDate lastDay = e.isAllDay() ? e.getEndsAt().toLocalDate().minusDays(1) : e.getEndsAt().toLocalDate();
        return new EntryForm(e.getType(), e.getTitle(), e.getLocation(), e.getDescription(), e.isAllDay(),
                e.getStartsAt().toLocalDate(), e.isAllDay() ? null : e.getStartsAt().toLocalTime(), lastDay,
                e.isAllDay() ? null : e.getEndsAt().toLocalTime(), e.isPrivateEntry(),
                List.copyOf(e.getReminders()), r.frequency(), r.interval(),
                r.weekdays().stream().sorted().toList(), r.until(), r.count());
    }

    // ---------------------------------------------------------------------------------------------------------------

    CalendarEntry editable(long id) {
        CalendarEntry entry = access.ownEntry(id);
        if (entry.isFromSource()) {
            throw new BusinessRuleException("calendar.error.fromSource");
        }
        return entry;
    }

    private CalendarEntry repeating(long id, LocalDate date) {
        CalendarEntry entry = editable(id);
        if (!entry.isRepeating()) {
            throw new BusinessRuleException("calendar.error.notRepeating");
        }
        checkOccurs(entry, date);
        return entry;
    }

    private static void checkOccurs(CalendarEntry entry, LocalDate date) {
        if (date == null || date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR
                || !entry.recurrence().occursOn(entry.getStartsAt().toLocalDate(), date)) {
            throw new BusinessRuleException("calendar.error.noOccurrence", String.valueOf(date));
        }
    }

    /** Checks the form's rules beyond its constraints and writes it into the entry. */
    void fill(CalendarEntry entry, EntryForm form) {
        LocalDateTime[] times = times(form.allDay(), form.startDate(), form.startTime(), form.endDate(),
                form.endTime());
        if (form.reminders().size() > EntryForm.MAX_REMINDERS || form.reminders().stream()
                .anyMatch(m -> m == null || m < 0 || m > EntryForm.MAX_REMINDER_MINUTES)) {
            throw new BusinessRuleException("calendar.error.reminder", String.valueOf(EntryForm.MAX_REMINDERS),
                    String.valueOf(EntryForm.MAX_REMINDER_MINUTES));
        }
        Recurrence recurrence = recurrence(form, times[0].toLocalDate());
        entry.fill(form.type(), form.title(), form.location(), form.description(), form.allDay(), times[0], times[1],
                form.privateEntry(), form.reminders(), recurrence, null);
    }

    /** Start and end of an occurrence as the form gives them: all day from 00:00 to 00:00 after the last day. */
    static LocalDateTime[] times(boolean allDay, LocalDate startDate, LocalTime startTime, LocalDate endDate,
                                 LocalTime endTime) {
        if (startDate == null || endDate == null) {
            throw new BusinessRuleException("calendar.error.startRequired");
        }
        for (LocalDate date : List.of(startDate, endDate)) {
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new BusinessRuleException("calendar.error.dateRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
            }
        }
        LocalDateTime start;
        LocalDateTime end;
        if (allDay) {
            start = startDate.atStartOfDay();
            end = endDate.plusDays(1).atStartOfDay();
        } else {
            if (startTime == null || endTime == null) {
                throw new BusinessRuleException("calendar.error.timeRequired");
            }
            start = startDate.atTime(startTime.withSecond(0).withNano(0));
            end = endDate.atTime(endTime.withSecond(0).withNano(0));
        }
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("calendar.error.endBeforeStart");
        }
        if (Duration.between(start, end).toDays() > MAX_ENTRY_DAYS) {
            throw new BusinessRuleException("calendar.error.tooLong", String.valueOf(MAX_ENTRY_DAYS));
        }
        return new LocalDateTime[] {start, end};
    }

    private static Recurrence recurrence(EntryForm form, LocalDate first) {
        Repeat frequency = form.repeat() == null ? Repeat.NONE : form.repeat();
        if (frequency == Repeat.NONE) {
            return Recurrence.none();
        }
        if (form.until() != null && form.count() != null) {
            throw new BusinessRuleException("calendar.error.untilAndCount");
        }
        if (form.until() != null && form.until().isBefore(first)) {
            throw new BusinessRuleException("calendar.error.untilBeforeStart");
        }
        if (form.until() != null && form.until().getYear() > MAX_YEAR) {
            throw new BusinessRuleException("calendar.error.dateRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        Set<DayOfWeek> days = form.weekdays() == null || form.weekdays().isEmpty() ? Set.of()
                : EnumSet.copyOf(form.weekdays());
        if (frequency == Repeat.WEEKLY && !days.isEmpty() && !days.contains(first.getDayOfWeek())) {
            // the first occurrence is the start; a weekly series on other weekdays starts on one of them
            throw new BusinessRuleException("calendar.error.startNotOnWeekday");
        }
        return new Recurrence(frequency, form.interval() == null ? 1 : form.interval(), days, form.until(),
                form.count());
    }

    private static void checkPeriod(LocalDateTime from, LocalDateTime to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new BusinessRuleException("calendar.error.period");
        }
        if (Duration.between(from, to).toDays() > MAX_QUERY_DAYS) {
            throw new BusinessRuleException("calendar.error.periodTooLong", String.valueOf(MAX_QUERY_DAYS));
        }
    }

    /** The occurrences of the entries overlapping [from, to), in order of start. */
    List<Occurrence> expand(List<CalendarEntry> list, LocalDateTime from, LocalDateTime to, boolean masked) {
        List<Occurrence> found = new ArrayList<>();
        for (CalendarEntry entry : list) {
            Duration length = Duration.between(entry.getStartsAt(), entry.getEndsAt());
            LocalDate first = entry.getStartsAt().toLocalDate();
            for (LocalDate date : entry.recurrence().dates(first, from.minus(length).toLocalDate(),
                    to.toLocalDate())) {
                Occurrence occurrence = occurrenceOf(entry, date, masked);
                if (occurrence != null && occurrence.start().isBefore(to) && occurrence.end().isAfter(from)
                        && entry.changeOf(date).map(c -> c.getStartsAt() == null).orElse(true)) {
                    found.add(occurrence);
                }
            }
            // moved occurrences, wherever their original date lies
            for (OccurrenceChange change : entry.getChanges()) {
                if (!change.isCancelled() && change.getStartsAt() != null && change.getStartsAt().isBefore(to)
                        && change.getEndsAt().isAfter(from)) {
                    found.add(occurrenceOf(entry, change.getOriginalDate(), masked));
                }
            }
        }
        found.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::entryId));
        return found;
    }

    /** The occurrence of that original date, or null when cancelled. */
    Occurrence occurrenceOf(CalendarEntry entry, LocalDate date, boolean masked) {
        OccurrenceChange change = entry.changeOf(date).orElse(null);
        if (change != null && change.isCancelled()) {
            return null;
        }
        Duration length = Duration.between(entry.getStartsAt(), entry.getEndsAt());
        LocalDateTime start = date.atTime(entry.getStartsAt().toLocalTime());
        LocalDateTime end = start.plus(length);
        String title = entry.getTitle();
        String location = entry.getLocation();
        String description = entry.getDescription();
        if (change != null) {
            start = change.getStartsAt() == null ? start : change.getStartsAt();
            end = change.getEndsAt() == null ? end : change.getEndsAt();
            title = change.getTitle() == null ? title : change.getTitle();
            location = change.getLocation();
            description = change.getDescription();
        }
        boolean busyOnly = masked && entry.isPrivateEntry();
        if (busyOnly) {
            title = messages.getMessage("calendar.busy", null, LocaleContextHolder.getLocale());
            location = null;
            description = null;
        }
        return new Occurrence(entry.getId(), date, start, end, entry.isAllDay(), entry.getType(), title, location,
                description, entry.isPrivateEntry(), busyOnly, entry.isRepeating(), change != null,
                entry.getOwner(), entry.isFromSource(), busyOnly ? null : entry.getSourceLink());
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
