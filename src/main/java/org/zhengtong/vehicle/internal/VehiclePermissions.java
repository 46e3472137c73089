package org.zhengtong.vehicle.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: the fleet manager of one's own unit keeps its cars and drivers, takes the 派车 step of its
 * bookings, records trips, reads all its bookings and the statistics (given to the unit administrators' role by the
 * migration; names in {@code i18n/vehicle.properties}).
 */
@Configuration(proxyBeanMethods = false)
class VehiclePermissions {

    static final String MANAGE = "VEHICLE_MANAGE";

    @Bean
    ModulePermissions vehicleModulePermissions() {
        return new ModulePermissions("vehicle", List.of(MANAGE));
    }
}
