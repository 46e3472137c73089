package org.zhengtong.vehicle.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A car as the fleet manager enters it: the plate as written (湘L·A1234 or 湘LA1234), the due dates optional. */
public record CarForm(
        @NotBlank(message = "{vehicle.validation.plate}") @Size(max = 10, message = "{validation.size}") String plate,
        @NotNull(message = "{vehicle.validation.type}") CarType type,
        @Size(max = 50, message = "{validation.size}") String model,
        @NotNull(message = "{vehicle.validation.seats}") @Min(value = 1, message = "{vehicle.validation.seats}")
        @Max(value = 60, message = "{vehicle.validation.seats}") Integer seats,
        @NotNull(message = "{vehicle.validation.status}") CarStatus status,
        @NotNull(message = "{vehicle.validation.mileage}") @Min(value = 0, message = "{vehicle.validation.mileage}")
        @Max(value = Car.MAX_MILEAGE, message = "{vehicle.validation.mileage}") Integer mileage,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate maintenanceDue,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate insuranceDue,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectionDue) {

    /** What creating a car claims its idempotency key for. */
    public static final String REQUEST_KIND = "vehicle.car";

    public static CarForm empty() {
        return new CarForm(null, CarType.SEDAN, null, 5, CarStatus.AVAILABLE, 0, null, null, null);
    }
}
