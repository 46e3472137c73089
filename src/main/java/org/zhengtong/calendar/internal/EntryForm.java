package org.zhengtong.calendar.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.calendar.EntryType;

/**
 * A calendar entry as its owner writes it (an unticked box, absent, is false), on the page, through the API or from an .ics file: dates and times local
 * in the application's zone; an all-day entry needs no times and its end date is its last day. Reminders are minutes
 * before the start (all day: before 08:00 of the day). A repeat of NONE ignores the repeat fields.
 */
public record EntryForm(
        @NotNull(message = "{validation.required}") EntryType type,
        @NotBlank(message = "{calendar.error.titleRequired}") @Size(max = 200, message = SIZE) String title,
        @Size(max = 200, message = SIZE) String location,
        @Size(max = 2000, message = SIZE) String description,
        Boolean allDay,
        @NotNull(message = "{calendar.error.startRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
        @NotNull(message = "{calendar.error.endRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
        Boolean privateEntry,
        @Size(max = MAX_REMINDERS, message = "{calendar.error.tooManyReminders}")
        List<@NotNull @Min(value = 0, message = RANGE) @Max(value = MAX_REMINDER_MINUTES, message = RANGE) Integer> reminders,
        Repeat repeat,
        @Min(value = 1, message = RANGE) @Max(value = 99, message = RANGE) Integer interval,
        List<DayOfWeek> weekdays,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
        @Min(value = 1, message = RANGE) @Max(value = 999, message = RANGE) Integer count) {

    private static final String SIZE = "{validation.size}";
    private static final String RANGE = "{validation.range}";
    public static final int MAX_REMINDERS = 5;
    /** A week. */
    public static final int MAX_REMINDER_MINUTES = 10080;
    /** The offsets the page offers. */
    public static final List<Integer> REMINDER_CHOICES = List.of(0, 5, 10, 15, 30, 60, 120, 1440, 2880, 10080);

    /** What a new entry claims its idempotency key for. */
    public static final String REQUEST_KIND = "calendar.entry";

    /** Blank text becomes absent, text is trimmed, and the repeat fields are the defaults where not given. */
    public EntryForm cleaned() {
        boolean wholeDay = Boolean.TRUE.equals(allDay);
        return new EntryForm(type, clean(title), clean(location), clean(description), wholeDay, startDate,
                wholeDay ? null : startTime, endDate, wholeDay ? null : endTime, Boolean.TRUE.equals(privateEntry),
                reminders == null ? List.of() : reminders.stream().distinct().sorted().toList(),
                repeat == null ? Repeat.NONE : repeat, interval == null ? 1 : interval,
                weekdays == null ? List.of() : List.copyOf(weekdays), until, count);
    }

    public static EntryForm startingAt(LocalDate date, LocalTime start, LocalTime end, boolean allDay,
                                       LocalDate endDate) {
        return new EntryForm(EntryType.PERSONAL, null, null, null, allDay, date, start, endDate, end, false,
                List.of(15), Repeat.NONE, 1, List.of(), null, null);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
