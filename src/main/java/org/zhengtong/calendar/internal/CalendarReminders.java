package org.zhengtong.calendar.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;

/**
 * 日程提醒: every minute ({@code zhengtong.calendar.reminder-cron}), on one node at a time, reminds the owners of the
 * occurrences whose reminder time has come since the last run — in the notification list, and as pop-up, e-mail or
 * SMS as each chose for {@code CALENDAR}. The job keeps how far it has reminded ({@code calendar_reminder_mark}), so
 * after a restart it goes on from there (at most {@code reminder-catch-up} back); each reminder carries a key of
 * entry, occurrence start and offset, so a run repeated after a failure never reminds twice.
 */
@Component
public class CalendarReminders {

    private static final Logger log = LoggerFactory.getLogger(CalendarReminders.class);
    private static final String MARK = "reminders";
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    /** A first run, or one after the clock went back, looks this far back. */
    private static final Duration FIRST_LOOK_BACK = Duration.ofMinutes(1);

    private final CalendarEntryRepository entries;
    private final MyCalendar calendar;
    private final Notifications notifications;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CalendarProperties properties;

    CalendarReminders(CalendarEntryRepository entries, MyCalendar calendar, Notifications notifications,
                      MessageSource messages, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                      Clock clock, CalendarProperties properties) {
        this.entries = entries;
        this.calendar = calendar;
        this.notifications = notifications;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(cron = "${zhengtong.calendar.reminder-cron}")
    @SchedulerLock(name = "calendar-reminders", lockAtMostFor = "PT5M")
    public void run() {
        fireDueReminders();
    }

    /** Sends the reminders due since the last run, up to now, in one transaction: how many were due. */
    synchronized int fireDueReminders() {
        Integer due = transactions.execute(status -> fire());
        return due == null ? 0 : due;
    }

    private int fire() {
        Instant now = clock.instant();
        Instant mark = jdbc.query("select reminded_up_to from calendar_reminder_mark where name = ?",
                (rs, row) -> rs.getTimestamp(1).toInstant(), MARK).stream().findFirst().orElse(null);
        Instant from;
        if (mark == null || mark.isAfter(now)) {
            from = now.minus(FIRST_LOOK_BACK);
        } else if (mark.isBefore(now.minus(properties.reminderCatchUp()))) {
            log.warn("calendar reminders last ran at {}; those due before {} are dropped", mark,
                    now.minus(properties.reminderCatchUp()));
            from = now.minus(properties.reminderCatchUp());
        } else {
            from = mark;
        }
        ZoneId zone = clock.getZone();
        // an occurrence whose reminder is due now starts at most a week (the largest offset) later; an all-day one
        // counts back from 08:00 of its day
        LocalDateTime windowStart = LocalDateTime.ofInstant(from, zone).minusDays(1);
        LocalDateTime windowEnd = LocalDateTime.ofInstant(now, zone)
                .plusMinutes(EntryForm.MAX_REMINDER_MINUTES).plusDays(1);
        int due = 0;
        for (CalendarEntry entry : entries.withRemindersInPeriod(windowStart, windowEnd)) {
            for (Occurrence occurrence : calendar.expand(List.of(entry), windowStart, windowEnd, false)) {
                LocalDateTime base = occurrence.allDay()
                        ? occurrence.start().toLocalDate().atTime(ICalendars.ALL_DAY_REMINDER_BASE)
                        : occurrence.start();
                for (int minutes : entry.getReminders()) {
                    Instant at = base.minusMinutes(minutes).atZone(zone).toInstant();
                    if (at.isAfter(from) && !at.isAfter(now)) {
                        remind(entry, occurrence, minutes);
                        due++;
                    }
                }
            }
        }
        if (jdbc.update("update calendar_reminder_mark set reminded_up_to = ? where name = ?",
                Timestamp.from(now), MARK) == 0) {
            jdbc.update("insert into calendar_reminder_mark (name, reminded_up_to) values (?, ?)", MARK,
                    Timestamp.from(now));
        }
        return due;
    }

    private void remind(CalendarEntry entry, Occurrence occurrence, int minutes) {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String when = occurrence.allDay()
                ? messages.getMessage("calendar.reminder.allDay", new Object[] {
                        SHOWN_DAY.format(occurrence.start())}, locale)
                : SHOWN.format(occurrence.start()) + " – " + SHOWN.format(occurrence.end());
        String body = occurrence.location() == null ? when
                : messages.getMessage("calendar.reminder.at", new Object[] {when, occurrence.location()}, locale);
        notifications.sendOnce(ReminderKind.CALENDAR,
                "calendar:" + entry.getId() + ":" + KEY_TIME.format(occurrence.start()) + ":" + minutes,
                entry.getOwner(),
                messages.getMessage("calendar.reminder.title", new Object[] {occurrence.title()}, locale), body,
                "/calendar/entries/" + entry.getId() + "?date=" + occurrence.date());
    }
}
