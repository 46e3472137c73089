package org.zhengtong.calendar.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** One occurrence of a repeating entry moved or edited: its new dates and times, title, location and description. */
public record OccurrenceForm(
        @NotBlank(message = "{calendar.error.titleRequired}") @Size(max = 200, message = SIZE) String title,
        @Size(max = 200, message = SIZE) String location,
        @Size(max = 2000, message = SIZE) String description,
        @NotNull(message = "{calendar.error.startRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
        @NotNull(message = "{calendar.error.endRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime) {

    private static final String SIZE = "{validation.size}";
}
