package org.zhengtong.vehicle.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.vehicle.*}.
 *
 * @param reminderCron when the sweep looks for cars whose maintenance, insurance or annual inspection falls due
 *                     ({@code -} switches it off); each due date is reminded once per fleet manager
 * @param reminderDays how many days before a due date the fleet managers are reminded (default 30)
 * @param pageSize     rows per page of the unit's bookings (default 20)
 */
@ConfigurationProperties("zhengtong.vehicle")
record VehicleProperties(String reminderCron, Integer reminderDays, Integer pageSize) {

    int reminderDaysOrDefault() {
        return reminderDays == null || reminderDays < 0 ? 30 : Math.min(reminderDays, 365);
    }

    int pageSizeOrDefault() {
        return pageSize == null || pageSize < 1 ? 20 : Math.min(pageSize, 200);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(VehicleProperties.class)
    static class Config {
    }
}
