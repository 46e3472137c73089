package org.zhengtong.vehicle.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the driver (or the fleet manager) records of a trip: the odometer at 出车, and at 还车 with the fuel. */
public final class TripForms {

    private TripForms() {
    }

    @Schema(name = "VehicleTripDeparture")
    public record Departure(
            @NotNull(message = "{vehicle.validation.mileage}") @Min(value = 0, message = "{vehicle.validation.mileage}")
            @Max(value = Car.MAX_MILEAGE, message = "{vehicle.validation.mileage}") Integer mileage) {
    }

    @Schema(name = "VehicleTripReturn")
    public record Return(
            @NotNull(message = "{vehicle.validation.mileage}") @Min(value = 0, message = "{vehicle.validation.mileage}")
            @Max(value = Car.MAX_MILEAGE, message = "{vehicle.validation.mileage}") Integer mileage,
            @DecimalMin(value = "0", message = "{vehicle.validation.fuel}")
            @Digits(integer = 6, fraction = 2, message = "{vehicle.validation.fuel}") BigDecimal fuelLitres,
            @DecimalMin(value = "0", message = "{vehicle.validation.fuel}")
            @Digits(integer = 8, fraction = 2, message = "{vehicle.validation.fuel}") BigDecimal fuelCost,
            @Size(max = 500, message = "{validation.size}") String tripNote) {
    }

    /** 派车 through the API: the car, the driver and an opinion. */
    @Schema(name = "VehicleAssignment")
    public record Assignment(@NotNull(message = "{vehicle.validation.car}") Long carId,
                             @NotNull(message = "{vehicle.validation.driverChoice}") Long driverId,
                             @Size(max = 2000, message = "{validation.size}") String opinion) {
    }
}
