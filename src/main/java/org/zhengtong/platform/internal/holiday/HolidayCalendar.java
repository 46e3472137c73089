package org.zhengtong.platform.internal.holiday;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.WorkingDays;

/**
 * The holiday calendar and the working days counted on it. Only the days that differ from the plain week are stored;
 * a count reads the stored days of the span it needs at once. Every change is audited.
 */
@Service
@Transactional
public class HolidayCalendar implements WorkingDays {

    /** Longest span a count may cover: a deadline further than this is a mistake, not a deadline. */
    static final int MAX_DAYS = 3660;

    private final CalendarDayRepository days;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    HolidayCalendar(CalendarDayRepository days, CurrentUsers currentUsers, AuditLog audit, Clock clock) {
        this.days = days;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate date) {
        return working(date, days.findById(date).map(CalendarDay::getKind).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate plusWorkingDays(LocalDate date, int count) {
        if (count < 0 || count > MAX_DAYS / 2) {
            throw new IllegalArgumentException("working days out of range: " + count);
        }
        // at most about 2.4 calendar days per working day even around 春节 and 国庆; read a generous span once
        Map<LocalDate, CalendarDay.Kind> stored = stored(date, date.plusDays(count * 3L + 30));
        LocalDate day = date;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (working(day, stored.get(day))) {
                left--;
            }
        }
        return day;
    }

    @Override
    @Transactional(readOnly = true)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("span too long");
        }
        Map<LocalDate, CalendarDay.Kind> stored = stored(from, to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (working(day, stored.get(day))) {
                count++;
            }
        }
        return count;
    }

    /** The stored days of a year, in order. */
    @Transactional(readOnly = true)
    public List<CalendarDay> year(int year) {
        return days.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Sets a day as 法定节假日 (a weekday off) or as 调休上班 (a weekend worked). Refused when it would change nothing:
     * a holiday on a weekend or a working day on a weekday.
     */
    public void set(LocalDate date, CalendarDay.Kind kind, String name) {
        if (date == null || kind == null) {
            throw new BusinessRuleException("holiday.error.incomplete");
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > CalendarDay.MAX_NAME) {
            throw new BusinessRuleException("holiday.error.name", CalendarDay.MAX_NAME);
        }
        boolean weekend = weekend(date);
        if (kind == CalendarDay.Kind.HOLIDAY && weekend) {
            throw new BusinessRuleException("holiday.error.holidayOnWeekend");
        }
        if (kind == CalendarDay.Kind.WORKDAY && !weekend) {
            throw new BusinessRuleException("holiday.error.workdayOnWeekday");
        }
        CalendarDay day = days.findById(date).orElseGet(() -> new CalendarDay(date));
        day.set(kind, label, currentUsers.current().username(), clock.instant());
        days.save(day);
        audit.success("HOLIDAY_SET", "calendarDay", date, kind + " " + label);
    }

    /** Takes a day off the calendar: it counts as the plain week says again. */
    public void remove(LocalDate date) {
        CalendarDay day = days.findById(date)
                .orElseThrow(() -> new org.zhengtong.platform.NotFoundException("calendarDay", date));
        days.delete(day);
        audit.success("HOLIDAY_REMOVE", "calendarDay", date, day.getKind() + " " + day.getName());
    }

    private Map<LocalDate, CalendarDay.Kind> stored(LocalDate from, LocalDate to) {
        return days.findByDateBetweenOrderByDateAsc(from, to).stream()
                .collect(Collectors.toMap(CalendarDay::getDate, CalendarDay::getKind, (a, b) -> a));
    }

    private static boolean working(LocalDate day, CalendarDay.Kind stored) {
        if (stored != null) {
            return stored == CalendarDay.Kind.WORKDAY;
        }
        return !weekend(day);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
