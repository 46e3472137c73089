package org.zhengtong.calendar.internal;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How the calendar's pages say reminders, repeats and times: {@code ${@calendarTexts.reminder(15)}}. */
@Component("calendarTexts")
public class CalendarTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    CalendarTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** 开始时, 提前 15 分钟, 提前 2 小时, 提前 1 天. */
    public String reminder(int minutes) {
        if (minutes == 0) {
            return text("calendar.reminder.atStart");
        }
        if (minutes % 1440 == 0) {
            return text("calendar.reminder.days", minutes / 1440);
        }
        if (minutes % 60 == 0) {
            return text("calendar.reminder.hours", minutes / 60);
        }
        return text("calendar.reminder.minutes", minutes);
    }

    /** 每 2 周（周一、周三），至 2027-06-30. */
    public String repeat(CalendarEntry entry) {
        Recurrence r = entry.recurrence();
        if (!r.repeats()) {
            return text("calendar.repeat.NONE");
        }
        Locale locale = LocaleContextHolder.getLocale();
        String text = text("calendar.repeat.every." + r.frequency(), r.interval());
        if (!r.weekdays().isEmpty()) {
            text += text("calendar.repeat.on", r.weekdays().stream().sorted()
                    .map(d -> d.getDisplayName(TextStyle.SHORT, locale)).collect(Collectors.joining("、")));
        }
        if (r.until() != null) {
            text += text("calendar.repeat.until", DAY.format(r.until()));
        }
        if (r.count() != null) {
            text += text("calendar.repeat.count", r.count());
        }
        return text;
    }

    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, LocaleContextHolder.getLocale());
    }

    /** 2026-12-07 09:00–10:00, 2026-12-07 – 2026-12-08 (全天). */
    public String when(Occurrence o) {
        if (o.allDay()) {
            String days = o.lastDay().equals(o.start().toLocalDate()) ? DAY.format(o.start())
                    : DAY.format(o.start()) + " – " + DAY.format(o.lastDay());
            return days + " " + text("calendar.allDay");
        }
        if (o.start().toLocalDate().equals(o.end().toLocalDate())) {
            return DAY.format(o.start()) + " " + TIME.format(o.start()) + "–" + TIME.format(o.end());
        }
        return DAY.format(o.start()) + " " + TIME.format(o.start()) + " – " + DAY.format(o.end()) + " "
                + TIME.format(o.end());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
