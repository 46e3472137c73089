package org.zhengtong.calendar.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.calendar.*} (defaults in application.yml).
 *
 * @param reminderCron     when the reminder job looks for reminders that have come due (every minute by default)
 * @param reminderCatchUp  how far back the job still sends reminders it missed while no node ran it (one hour by
 *                         default); older ones are dropped rather than sent late
 */
@ConfigurationProperties("zhengtong.calendar")
public record CalendarProperties(String reminderCron, Duration reminderCatchUp) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    static class Config {
    }
}
