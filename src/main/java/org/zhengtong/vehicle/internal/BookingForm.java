package org.zhengtong.vehicle.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** A 用车申请 as the page and the API send it: times in the application's zone. */
@Schema(name = "VehicleBookingForm")
public record BookingForm(
        TripScope scope,
        @NotNull(message = "{vehicle.validation.period}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime startsAt,
        @NotNull(message = "{vehicle.validation.period}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime endsAt,
        @NotBlank(message = "{vehicle.validation.destination}") @Size(max = 200, message = "{validation.size}")
        String destination,
        @NotNull(message = "{vehicle.validation.passengers}") @Min(value = 1, message = "{vehicle.validation.passengers}")
        @Max(value = 60, message = "{vehicle.validation.passengers}") Integer passengers,
        @NotBlank(message = "{vehicle.validation.reason}") @Size(max = 500, message = "{validation.size}")
        String reason) {

    /** What a booking claims its idempotency key for. */
    public static final String REQUEST_KIND = "vehicle.booking";

    public TripScope scopeOrDefault() {
        return scope == null ? TripScope.LOCAL : scope;
    }
}
