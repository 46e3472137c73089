package org.zhengtong.calendar.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.calendar.BusyTime;
import org.zhengtong.calendar.CalendarEntryRequest;
import org.zhengtong.calendar.Calendars;
import org.zhengtong.calendar.EntryType;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;

/**
 * The entries other modules keep in people's calendars, one per source and owner: written again, replaced. They
 * follow the calendar's rules (a person of the organization, an end after the start, the lengths of the columns).
 */
@Service
@Transactional
class SourceEntries implements Calendars {

    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("[a-z]+:[A-Za-z0-9_.:-]{1,90}");

    private final CalendarEntryRepository entries;
    private final OrgDirectory directory;
    private final Clock clock;
    private final MyCalendar calendar;

    SourceEntries(CalendarEntryRepository entries, OrgDirectory directory, Clock clock, MyCalendar calendar) {
        this.entries = entries;
        this.directory = directory;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public long put(CalendarEntryRequest request) {
        if (request.source() == null || !SOURCE.matcher(request.source()).matches()) {
            throw new IllegalArgumentException("a source is <module>:<id>, not " + request.source());
        }
        if (request.owner() == null || directory.person(request.owner()).isEmpty()) {
            throw new BusinessRuleException("calendar.error.noSuchPerson");
        }
        if (request.start() == null || request.end() == null || !request.end().isAfter(request.start())) {
            throw new BusinessRuleException("calendar.error.endBeforeStart");
        }
        if (request.link() != null && (!request.link().startsWith("/") || request.link().startsWith("//"))) {
            throw new IllegalArgumentException("a link is a path inside the application, not " + request.link());
        }
        List<Integer> reminders = request.reminderMinutes() == null ? List.of()
                : request.reminderMinutes().stream().filter(m -> m != null && m >= 0
                        && m <= EntryForm.MAX_REMINDER_MINUTES).distinct().limit(EntryForm.MAX_REMINDERS).toList();
        CalendarEntry entry = entries.findByOwnerAndSource(request.owner(), request.source())
                .orElseGet(() -> new CalendarEntry(request.owner(), request.source(), clock.instant()));
        entry.fill(request.type() == null ? EntryType.OTHER : request.type(), cut(request.title(), 200, "—"),
                cut(request.location(), 200, null), cut(request.description(), 2000, null), request.allDay(),
                request.start(), request.end(), false, reminders, Recurrence.none(),
                cut(request.link(), 300, null));
        return entries.save(entry).getId();
    }

    @Override
    public void remove(String source, String owner) {
        entries.findByOwnerAndSource(owner, source).ifPresent(entries::delete);
    }

    @Override
    public void remove(String source) {
        entries.deleteAll(entries.findBySource(source));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BusyTime> busy(String owner, LocalDateTime from, LocalDateTime to) {
        if (owner == null || from == null || to == null || !to.isAfter(from)) {
            return List.of();
        }
        List<CalendarEntry> list = entries.inPeriod(owner, from, to);
        Map<Long, CalendarEntry> byId = list.stream().collect(Collectors.toMap(CalendarEntry::getId, e -> e));
        return calendar.expand(list, from, to, true).stream().map(o -> new BusyTime(
                byId.get(o.entryId()).getSource(), o.type(), o.busyOnly() ? null : o.title(), o.start(), o.end(),
                o.allDay())).toList();
    }

    private static String cut(String text, int max, String blank) {
        if (text == null || text.isBlank()) {
            return blank;
        }
        String clean = text.strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
