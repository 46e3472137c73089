package org.zhengtong.platform.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /**
     * All "now" in the application comes from here, so tests can move time (lockout expiry, deadlines). It ticks in
     * microseconds, what the database keeps: an answer built right after a save shows the same times as one read
     * back later (a retried creating request's).
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemDefaultZone(), Duration.ofNanos(1_000));
    }
}
