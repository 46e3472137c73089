package org.zhengtong;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.zhengtong.platform.PlatformProperties;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** Takes precedence over the application's system clock wherever a {@code Clock} is injected. */
    @Bean
    @Primary
    MutableClock testClock(PlatformProperties properties) {
        return new MutableClock(properties.timeZone());
    }
}
