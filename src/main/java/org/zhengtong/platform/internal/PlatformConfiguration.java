package org.zhengtong.platform.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.FontProperties;
import org.zhengtong.platform.PlatformProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
class PlatformConfiguration {

    /**
     * All "now" in the application comes from here, so tests can move time (lockout expiry, deadlines); its zone is
     * the configured {@code zhengtong.time-zone}, whatever the server's, and it ticks in microseconds, what the
     * database keeps: an answer built right after a save shows the same times as one read back later (a retried
     * creating request's).
     */
    @Bean
    Clock clock(PlatformProperties properties) {
        return new MicrosecondClock(Clock.system(properties.timeZone()));
    }

    /** The fonts, bound once with the platform's settings, for every module that prints. */
    @Bean
    FontProperties fonts(PlatformProperties properties) {
        return properties.fonts();
    }
}
