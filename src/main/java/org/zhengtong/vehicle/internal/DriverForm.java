package org.zhengtong.vehicle.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A driver: a person of the unit by username, the licence class and a phone to reach him on the road. */
public record DriverForm(
        @NotBlank(message = "{vehicle.validation.driver}") @Size(max = 40, message = "{validation.size}") String username,
        @NotNull(message = "{vehicle.validation.licenceClass}") LicenceClass licenceClass,
        @NotBlank(message = "{vehicle.validation.phone}") @Size(max = 30, message = "{validation.size}")
        @Pattern(regexp = "[0-9+\\- ]{3,30}", message = "{vehicle.validation.phone}") String phone,
        Boolean active) {

    public static final String REQUEST_KIND = "vehicle.driver";

    public boolean activeOrDefault() {
        return active == null || active;
    }
}
