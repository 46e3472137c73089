package org.zhengtong.calendar.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * How an entry repeats, as iCalendar's RRULE says it for the three frequencies the calendar offers: every
 * {@code interval} days; every {@code interval} weeks on the given weekdays (the first occurrence's weekday if none);
 * every {@code interval} months on the first occurrence's day of the month (months without that day are skipped, as
 * RFC 5545 does). It ends on {@code until} (inclusive), after {@code count} occurrences, or never. The occurrences
 * are counted from the first, exceptions included, as RFC 5545 counts them.
 */
public record Recurrence(Repeat frequency, int interval, Set<DayOfWeek> weekdays, LocalDate until, Integer count) {

    /** No expansion walks further than this many occurrences (about 270 years of a daily entry). */
    static final int MAX_STEPS = 100_000;

    public Recurrence {
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        if (frequency != Repeat.WEEKLY) {
            weekdays = Set.of();
        }
        if (frequency == Repeat.NONE) {
            interval = 1;
            until = null;
            count = null;
        }
    }

    public static Recurrence none() {
        return new Recurrence(Repeat.NONE, 1, Set.of(), null, null);
    }

    public boolean repeats() {
        return frequency != Repeat.NONE;
    }

    /** The dates of the occurrences (their original dates) from {@code from} to {@code to}, both inclusive. */
    public List<LocalDate> dates(LocalDate first, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        Iterator<LocalDate> all = iterator(first);
        while (all.hasNext()) {
            LocalDate date = all.next();
            if (date.isAfter(to)) {
                break;
            }
            if (!date.isBefore(from)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** Whether an occurrence falls on this date. */
    public boolean occursOn(LocalDate first, LocalDate date) {
        return dates(first, date, date).contains(date);
    }

    /** The end of the last occurrence, or empty for a series without end. */
    public Optional<LocalDateTime> lastEnd(LocalDateTime start, LocalDateTime end) {
        if (!repeats()) {
            return Optional.of(end);
        }
        if (until == null && count == null) {
            return Optional.empty();
        }
        LocalDate last = start.toLocalDate();
        Iterator<LocalDate> all = iterator(start.toLocalDate());
        while (all.hasNext()) {
            last = all.next();
        }
        Duration length = Duration.between(start, end);
        return Optional.of(last.atTime(start.toLocalTime()).plus(length));
    }

    /** All occurrence dates in order, ending with until, count or {@link #MAX_STEPS}. */
    private Iterator<LocalDate> iterator(LocalDate first) {
        List<DayOfWeek> days = new ArrayList<>(weekdays.isEmpty() ? Set.of(first.getDayOfWeek()) : weekdays);
        days.sort(null);
        LocalDate weekStart = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Iterator<>() {
            private int period;
            private int dayIndex;
            private int produced;
            private int steps;
            private LocalDate next = advance();

            private LocalDate advance() {
                while (steps++ < MAX_STEPS) {
                    if (count != null && produced >= count) {
                        return null;
                    }
                    LocalDate candidate = candidate();
                    if (candidate == null) {
                        continue;
                    }
                    if (until != null && candidate.isAfter(until)) {
                        return null;
                    }
                    if (!candidate.isBefore(first)) {
                        produced++;
                        return candidate;
                    }
                }
                return null;
            }

            /** The next candidate date, or null for a month without the day. */
            private LocalDate candidate() {
                switch (frequency) {
                    case NONE -> {
                        if (period++ > 0) {
                            steps = MAX_STEPS;
                            return null;
                        }
                        return first;
                    }
                    case DAILY -> {
                        return first.plusDays((long) interval * period++);
                    }
                    case WEEKLY -> {
                        LocalDate date = weekStart.plusWeeks((long) interval * period)
                                .plusDays(days.get(dayIndex).getValue() - 1L);
                        if (++dayIndex == days.size()) {
                            dayIndex = 0;
                            period++;
                        }
                        return date;
                    }
                    default -> {
                        YearMonth month = YearMonth.from(first).plusMonths((long) interval * period++);
                        return month.isValidDay(first.getDayOfMonth()) ? month.atDay(first.getDayOfMonth()) : null;
                    }
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public LocalDate next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                LocalDate current = next;
                next = advance();
                return current;
            }
        };
    }
}
