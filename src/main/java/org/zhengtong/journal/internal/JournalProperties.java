package org.zhengtong.journal.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.journal.*}.
 *
 * @param pointsPerAdoption the points a unit scores for each adopted article in 信息报送 统计
 */
@ConfigurationProperties("zhengtong.journal")
record JournalProperties(int pointsPerAdoption) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(JournalProperties.class)
    static class Config {
    }
}
