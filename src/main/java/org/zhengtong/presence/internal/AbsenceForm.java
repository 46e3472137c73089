package org.zhengtong.presence.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 外出登记 as the page and the API send it: times in the application's zone, the stand-in (代办人) by username or
 * empty for none.
 */
public record AbsenceForm(
        @NotNull(message = "{validation.required}") AbsenceKind kind,
        @NotNull(message = "{presence.validation.leavesAt}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime leavesAt,
        @NotNull(message = "{presence.validation.expectedReturnAt}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime expectedReturnAt,
        @NotBlank(message = "{presence.validation.reason}") @Size(max = 200, message = "{validation.size}") String reason,
        @Size(max = 100, message = "{validation.size}") String destination,
        @Size(max = 40, message = "{validation.size}")
        @Pattern(regexp = "^$|[0-9+\\-() ]{5,30}", message = "{validation.phone}") String contactPhone,
        @Size(max = 100, message = "{validation.size}") String standInUsername) {

    /** What a registration claims its idempotency key for. */
    public static final String REQUEST_KIND = "presence.absence";
}
