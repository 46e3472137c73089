package org.zhengtong.calendar.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Categories;
import biweekly.property.Classification;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.ExceptionDates;
import biweekly.property.ICalProperty;
import biweekly.property.RecurrenceId;
import biweekly.property.Trigger;
import biweekly.util.ByDay;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.calendar.EntryType;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;

/**
 * iCalendar (.ics, RFC 5545) export, subscription feed and import of one's calendar. Times are written in UTC (the
 * application's zone decides the local ones), all-day entries as dates; repeats as RRULE, cancelled occurrences as
 * EXDATE, moved ones as events with RECURRENCE-ID, reminders as display alarms, private entries as CLASS:PRIVATE and
 * the type as CATEGORIES. An import is all or nothing: a file that is no iCalendar, too large, with too many events
 * or with one event the form would refuse (or a repeat rule the calendar cannot keep) saves nothing.
 */
@Service
public class ICalendars {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_EVENTS = 2000;
    /** The hour an all-day entry's reminders count back from. */
    static final LocalTime ALL_DAY_REMINDER_BASE = LocalTime.of(8, 0);
    private static final Logger log = LoggerFactory.getLogger(ICalendars.class);
    private static final String PRODUCT = "-//ZhengTong//Calendar//ZH";

    private final MyCalendar calendar;
    private final CalendarEntryRepository entries;
    private final CalendarSharing sharing;
    private final Validator validator;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    ICalendars(MyCalendar calendar, CalendarEntryRepository entries, CalendarSharing sharing, Validator validator,
               MessageSource messages, AuditLog audit, Clock clock) {
        this.calendar = calendar;
        this.entries = entries;
        this.sharing = sharing;
        this.validator = validator;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current person's whole calendar as iCalendar text in UTF-8. */
    @Transactional(readOnly = true)
    public byte[] export() {
        return write(calendar.me());
    }

    /** The calendar the subscription token opens, or null when the token is not (or no longer) current. */
    @Transactional(readOnly = true)
    public byte[] feed(String token) {
        return sharing.ownerOfToken(token).map(this::write).orElse(null);
    }

    private byte[] write(String owner) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT);
        ical.setName(messages.getMessage("calendar.title", null, Locale.CHINA));
        for (CalendarEntry entry : entries.findByOwnerOrderByStartsAtAscIdAsc(owner)) {
            VEvent event = event(entry, entry.getStartsAt(), entry.getEndsAt(), entry.getTitle(),
                    entry.getLocation(), entry.getDescription());
            Recurrence recurrence = entry.recurrence();
            if (recurrence.repeats()) {
                event.setRecurrenceRule(rule(entry, recurrence));
                ExceptionDates excluded = new ExceptionDates();
                entry.getChanges().stream().filter(OccurrenceChange::isCancelled)
                        .forEach(c -> excluded.getValues().add(occurrenceDate(entry, c.getOriginalDate())));
                if (!excluded.getValues().isEmpty()) {
                    event.addExceptionDates(excluded);
                }
            }
            ical.addEvent(event);
            for (OccurrenceChange change : entry.getChanges()) {
                if (!change.isCancelled()) {
                    Occurrence moved = calendar.occurrenceOf(entry, change.getOriginalDate(), false);
                    VEvent single = event(entry, moved.start(), moved.end(), moved.title(), moved.location(),
                            moved.description());
                    single.setRecurrenceId(new RecurrenceId(occurrenceDate(entry, change.getOriginalDate())));
                    ical.addEvent(single);
                }
            }
        }
        return Biweekly.write(ical).go().getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(CalendarEntry entry, LocalDateTime start, LocalDateTime end, String title, String location,
                         String description) {
        VEvent event = new VEvent();
        event.setUid("calendar-" + entry.getId() + "@zhengtong");
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setSummary(title);
        if (location != null) {
            event.setLocation(location);
        }
        if (description != null) {
            event.setDescription(description);
        }
        event.setDateStart(new DateStart(date(entry.isAllDay(), start)));
        event.setDateEnd(new DateEnd(date(entry.isAllDay(), end)));
        event.addCategories(messages.getMessage(entry.getType().messageKey(), null, Locale.CHINA));
        event.setClassification(entry.isPrivateEntry() ? Classification.private_() : Classification.public_());
        for (int minutes : entry.getReminders()) {
            long before = entry.isAllDay()
                    ? minutes - Duration.between(LocalTime.MIDNIGHT, ALL_DAY_REMINDER_BASE).toMinutes() : minutes;
            biweekly.util.Duration trigger = biweekly.util.Duration.builder().prior(before > 0)
                    .minutes((int) Math.abs(before)).build();
            event.addAlarm(VAlarm.display(new Trigger(trigger, Related.START), title));
        }
        return event;
    }

    private biweekly.util.Recurrence rule(CalendarEntry entry, Recurrence recurrence) {
        biweekly.util.Recurrence.Builder rule = new biweekly.util.Recurrence.Builder(switch (recurrence.frequency()) {
            case DAILY -> Frequency.DAILY;
            case WEEKLY -> Frequency.WEEKLY;
            default -> Frequency.MONTHLY;
        }).interval(recurrence.interval());
        if (!recurrence.weekdays().isEmpty()) {
            rule.byDay(recurrence.weekdays().stream().sorted().map(ICalendars::day).toList());
        }
        if (recurrence.until() != null) {
            rule.until(occurrenceDate(entry, recurrence.until()));
        }
        if (recurrence.count() != null) {
            rule.count(recurrence.count());
        }
        return rule.build();
    }

    /** The start of the occurrence of that date, as RECURRENCE-ID, EXDATE and UNTIL name it. */
    private ICalDate occurrenceDate(CalendarEntry entry, LocalDate date) {
        return date(entry.isAllDay(), date.atTime(entry.getStartsAt().toLocalTime()));
    }

    private ICalDate date(boolean allDay, LocalDateTime time) {
        if (allDay) {
            return new ICalDate(new DateTimeComponents(time.getYear(), time.getMonthValue(), time.getDayOfMonth()),
                    false);
        }
        return new ICalDate(Date.from(time.atZone(clock.getZone()).toInstant()), true);
    }

    // --- import ----------------------------------------------------------------------------------------------------

    /** Each event becomes a new entry of the current person: the number imported. */
    @Transactional
    public int importFile(byte[] file) {
        if (file == null || file.length == 0) {
            throw new BusinessRuleException("calendar.error.icsEmpty");
        }
        if (file.length > MAX_BYTES) {
            throw new BusinessRuleException("calendar.error.icsTooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        calendar.me();
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
            throw new BusinessRuleException("calendar.error.notIcs");
        }
        List<ICalendar> calendars;
        try {
            calendars = Biweekly.parse(text).all();
        } catch (RuntimeException e) {
            log.info("unreadable iCalendar upload", e);
            throw new BusinessRuleException("calendar.error.notIcs");
        }
        List<Parsed> events = new ArrayList<>();
        for (ICalendar ical : calendars) {
            for (VEvent event : ical.getEvents()) {
                if (events.size() == MAX_EVENTS) {
                    throw new BusinessRuleException("calendar.error.icsTooMany", String.valueOf(MAX_EVENTS));
                }
                events.add(new Parsed(events.size() + 1, ical, event));
            }
        }
        if (events.isEmpty()) {
            throw new BusinessRuleException("calendar.error.icsNoEvents");
        }
        // the series first, then the occurrences they have moved (RECURRENCE-ID), by UID
        Map<String, CalendarEntry> series = new LinkedHashMap<>();
        List<Parsed> moved = new ArrayList<>();
        int imported = 0;
        for (Parsed parsed : events) {
            if (parsed.event().getRecurrenceId() != null && uid(parsed.event()) != null) {
                moved.add(parsed);
                continue;
            }
            CalendarEntry entry = save(parsed, form(parsed));
            imported++;
            excludedDates(parsed, entry).forEach(date -> {
                if (entry.recurrence().occursOn(entry.getStartsAt().toLocalDate(), date)) {
                    entry.change(OccurrenceChange.cancel(date));
                }
            });
            if (uid(parsed.event()) != null) {
                series.putIfAbsent(uid(parsed.event()), entry);
            }
        }
        for (Parsed parsed : moved) {
            CalendarEntry entry = series.get(uid(parsed.event()));
            LocalDate original = local(parsed.ical(), parsed.event().getRecurrenceId(),
                    parsed.event().getRecurrenceId().getValue()).toLocalDate();
            EntryForm form = form(parsed);
            if (entry == null || !entry.isRepeating()
                    || !entry.recurrence().occursOn(entry.getStartsAt().toLocalDate(), original)) {
                save(parsed, form);
                imported++;
                continue;
            }
            LocalDateTime[] times = numbered(parsed, () -> MyCalendar.times(entry.isAllDay(), form.startDate(),
                    form.startTime(), form.endDate(), form.endTime()));
            entry.change(OccurrenceChange.move(original, times[0], times[1], form.title(), form.location(),
                    form.description()));
        }
        audit.success("CALENDAR_IMPORT", "calendar", imported, "iCalendar");
        return imported;
    }

    private record Parsed(int number, ICalendar ical, VEvent event) {
    }

    private CalendarEntry save(Parsed parsed, EntryForm form) {
        return numbered(parsed, () -> calendar.save(form));
    }

    /** A refusal of the calendar's rules, said of the event by its number. */
    private <T> T numbered(Parsed parsed, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (BusinessRuleException e) {
            throw new BusinessRuleException("calendar.error.icsEvent", String.valueOf(parsed.number()),
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                            LocaleContextHolder.getLocale()));
        }
    }

    /** The event as the form has it, refused with its number when the form or the calendar's rules would be. */
    private EntryForm form(Parsed parsed) {
        try {
            EntryForm form = read(parsed).cleaned();
            Set<ConstraintViolation<EntryForm>> violations = validator.validate(form);
            if (!violations.isEmpty()) {
                throw new BusinessRuleException("calendar.error.icsEvent", String.valueOf(parsed.number()), violations.stream()
                        .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                        .collect(Collectors.joining("；")));
            }
            return form;
        } catch (java.time.DateTimeException | ArithmeticException e) {
            log.info("unreadable time in an iCalendar upload", e);
            throw new BusinessRuleException("calendar.error.icsEvent", String.valueOf(parsed.number()),
                    messages.getMessage("calendar.error.icsUnreadable", null, LocaleContextHolder.getLocale()));
        } catch (BusinessRuleException e) {
            if (e.messageKey().equals("calendar.error.icsEvent")) {
                throw e;
            }
            throw new BusinessRuleException("calendar.error.icsEvent", String.valueOf(parsed.number()),
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                            LocaleContextHolder.getLocale()));
        }
    }

    private EntryForm read(Parsed parsed) {
        VEvent event = parsed.event();
        ICalendar ical = parsed.ical();
        if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
            throw new BusinessRuleException("calendar.error.icsNoStart");
        }
        ICalDate startValue = event.getDateStart().getValue();
        boolean allDay = !startValue.hasTime();
        LocalDateTime start = local(ical, event.getDateStart(), startValue);
        LocalDateTime end;
        if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
            end = local(ical, event.getDateEnd(), event.getDateEnd().getValue());
        } else if (event.getDuration() != null && event.getDuration().getValue() != null) {
            end = start.plus(Duration.ofMillis(event.getDuration().getValue().toMillis()));
        } else {
            end = allDay ? start.plusDays(1) : start.plusMinutes(30);
        }
        if (allDay && !end.isAfter(start)) {
            end = start.plusDays(1);
        }
        String title = text(event.getSummary());
        if (title == null || title.isBlank()) {
            title = messages.getMessage("calendar.untitled", null, LocaleContextHolder.getLocale());
        }
        boolean privateEntry = event.getClassification() != null
                && (event.getClassification().isPrivate() || event.getClassification().isConfidential());
        RuleFields rule = event.getRecurrenceRule() == null ? null : ruleFields(ical, event);
        LocalDate lastDay = allDay ? end.toLocalDate().minusDays(1) : end.toLocalDate();
        return new EntryForm(type(event), title, text(event.getLocation()), text(event.getDescription()), allDay,
                start.toLocalDate(), allDay ? null : start.toLocalTime(), lastDay,
                allDay ? null : end.toLocalTime(), privateEntry, reminders(event, allDay),
                rule == null ? Repeat.NONE : rule.frequency(), rule == null ? 1 : rule.interval(),
                rule == null ? List.of() : rule.weekdays(), rule == null ? null : rule.until(),
                rule == null ? null : rule.count());
    }

    private record RuleFields(Repeat frequency, int interval, List<DayOfWeek> weekdays, LocalDate until,
                              Integer count) {
    }

    /** DAILY, WEEKLY (on plain weekdays) and MONTHLY (on the start's day) only; anything more is refused. */
    private RuleFields ruleFields(ICalendar ical, VEvent event) {
        biweekly.util.Recurrence rule = event.getRecurrenceRule().getValue();
        if (rule == null || rule.getFrequency() == null) {
            throw new BusinessRuleException("calendar.error.icsRepeat");
        }
        Repeat frequency = switch (rule.getFrequency()) {
            case DAILY -> Repeat.DAILY;
            case WEEKLY -> Repeat.WEEKLY;
            case MONTHLY -> Repeat.MONTHLY;
            default -> throw new BusinessRuleException("calendar.error.icsRepeat");
        };
        boolean plain = rule.getBySecond().isEmpty() && rule.getByMinute().isEmpty() && rule.getByHour().isEmpty()
                && rule.getByMonthDay().isEmpty() && rule.getByYearDay().isEmpty() && rule.getByWeekNo().isEmpty()
                && rule.getByMonth().isEmpty() && rule.getBySetPos().isEmpty()
                && (rule.getByDay().isEmpty() || frequency == Repeat.WEEKLY)
                && rule.getByDay().stream().allMatch(d -> d.getNum() == null && d.getDay() != null);
        if (!plain) {
            throw new BusinessRuleException("calendar.error.icsRepeat");
        }
        List<DayOfWeek> days = rule.getByDay().stream().map(d -> day(d.getDay())).distinct().toList();
        LocalDate until = null;
        if (rule.getUntil() != null) {
            ICalDate value = rule.getUntil();
            until = value.hasTime() ? LocalDateTime.ofInstant(value.toInstant(), clock.getZone()).toLocalDate()
                    : raw(value).toLocalDate();
        }
        int interval = rule.getInterval() == null ? 1 : rule.getInterval();
        return new RuleFields(frequency, interval, days, until, rule.getCount());
    }

    private List<LocalDate> excludedDates(Parsed parsed, CalendarEntry entry) {
        List<LocalDate> dates = new ArrayList<>();
        for (ExceptionDates exceptions : parsed.event().getExceptionDates()) {
            for (ICalDate value : exceptions.getValues()) {
                dates.add(local(parsed.ical(), exceptions, value).toLocalDate());
            }
        }
        return dates;
    }

    /** Minutes before the start of the display alarms relative to the start, as far as the form takes them. */
    private static List<Integer> reminders(VEvent event, boolean allDay) {
        Set<Integer> minutes = new TreeSet<>();
        for (VAlarm alarm : event.getAlarms()) {
            Trigger trigger = alarm.getTrigger();
            if (trigger == null || trigger.getDuration() == null || trigger.getRelated() == Related.END) {
                continue;
            }
            long before = trigger.getDuration().toMillis() / 60_000 * (trigger.getDuration().isPrior() ? 1 : -1);
            if (allDay) {
                before += Duration.between(LocalTime.MIDNIGHT, ALL_DAY_REMINDER_BASE).toMinutes();
            }
            if (before >= 0 && before <= EntryForm.MAX_REMINDER_MINUTES && minutes.size() < EntryForm.MAX_REMINDERS) {
                minutes.add((int) before);
            }
        }
        return List.copyOf(minutes);
    }

    private EntryType type(VEvent event) {
        for (Categories categories : event.getCategories()) {
            for (String name : categories.getValues()) {
                for (EntryType type : EntryType.values()) {
                    if (type.name().equalsIgnoreCase(name.strip())
                            || name.strip().equals(messages.getMessage(type.messageKey(), null, Locale.CHINA))
                            || name.strip().equalsIgnoreCase(messages.getMessage(type.messageKey(), null,
                            Locale.ENGLISH))) {
                        return type;
                    }
                }
            }
        }
        return EntryType.PERSONAL;
    }

    /** A date or date-time as a local time of the application's zone: a floating one as written. */
    private LocalDateTime local(ICalendar ical, ICalProperty property, ICalDate value) {
        if (!value.hasTime() || ical.getTimezoneInfo().isFloating(property)) {
            return raw(value);
        }
        Instant instant = value.toInstant();
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private LocalDateTime raw(ICalDate value) {
        DateTimeComponents c = value.getRawComponents();
        if (c == null) {
            return LocalDateTime.ofInstant(value.toInstant(), clock.getZone());
        }
        return LocalDateTime.of(c.getYear(), c.getMonth(), c.getDate(), value.hasTime() ? c.getHour() : 0,
                value.hasTime() ? c.getMinute() : 0, value.hasTime() ? c.getSecond() : 0);
    }

    private static String text(biweekly.property.TextProperty property) {
        return property == null ? null : property.getValue();
    }

    private static String uid(VEvent event) {
        return event.getUid() == null ? null : Objects.toString(event.getUid().getValue(), null);
    }

    private static biweekly.util.DayOfWeek day(DayOfWeek day) {
        return biweekly.util.DayOfWeek.valueOf(day.name());
    }

    private static DayOfWeek day(biweekly.util.DayOfWeek day) {
        return DayOfWeek.valueOf(day.name());
    }
}
