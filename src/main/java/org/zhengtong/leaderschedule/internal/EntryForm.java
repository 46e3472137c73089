package org.zhengtong.leaderschedule.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An entry of a leader's schedule as the page and the API send it. A TIMED entry gives {@code start} and {@code end};
 * an ALL_DAY one {@code date} and, for several days, {@code endDate}; a MORNING or AFTERNOON one {@code date}.
 * Times are local in the application's zone; people (leader, 陪同) by username.
 */
public record EntryForm(
        @NotBlank(message = "{leaderschedule.validation.leader}") @Size(max = 40, message = "{validation.size}")
        String leader,
        @NotNull(message = "{validation.required}") DayPart dayPart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @Size(max = 200, message = "{validation.size}") String place,
        @NotBlank(message = "{leaderschedule.validation.activity}") @Size(max = 500, message = "{validation.size}")
        String activity,
        @Size(max = 20, message = "{leaderschedule.validation.companions}")
        List<@Size(max = 40, message = "{validation.size}") String> companions,
        @Size(max = 1000, message = "{validation.size}") String note,
        @NotNull(message = "{validation.required}") Visibility visibility,
        @Min(value = 0, message = "{leaderschedule.validation.reminder}")
        @Max(value = 10080, message = "{leaderschedule.validation.reminder}") Integer reminderMinutes) {

    /** What a creation claims its idempotency key for. */
    public static final String REQUEST_KIND = "leaderschedule.entry";
}
