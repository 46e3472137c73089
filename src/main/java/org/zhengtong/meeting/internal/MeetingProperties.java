package org.zhengtong.meeting.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.meeting.*} (defaults in application.yml).
 *
 * @param reminderMinutes  how long before the start attendees are reminded when the plan does not say (minutes)
 * @param signInBefore     how long before the start sign-in opens; it closes at the end
 * @param maxPaperSize     the largest 议题 paper one may upload, in bytes
 */
@ConfigurationProperties("zhengtong.meeting")
public record MeetingProperties(int reminderMinutes, Duration signInBefore, long maxPaperSize) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MeetingProperties.class)
    static class Config {
    }
}
