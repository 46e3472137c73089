package org.zhengtong.platform.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** All "now" in the application comes from here, so tests can move time (lockout expiry, deadlines). */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
