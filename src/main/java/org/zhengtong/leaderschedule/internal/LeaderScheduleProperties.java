package org.zhengtong.leaderschedule.internal;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.leaderschedule.*} (defaults in application.yml).
 *
 * @param morningStart    when a 上午 entry begins (08:30)
 * @param morningEnd      when it ends (12:00)
 * @param afternoonStart  when a 下午 entry begins (14:30)
 * @param afternoonEnd    when it ends (18:00)
 * @param reminderMinutes the reminder a new entry offers by default, minutes before its start (30)
 */
@ConfigurationProperties("zhengtong.leaderschedule")
public record LeaderScheduleProperties(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
                                       LocalTime afternoonEnd, int reminderMinutes) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LeaderScheduleProperties.class)
    static class Config {
    }
}
