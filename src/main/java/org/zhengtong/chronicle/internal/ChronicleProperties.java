package org.zhengtong.chronicle.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.chronicle.*}.
 *
 * @param cityUnit the code of the unit whose office keeps the city's chronicle (市政府办公室, {@code szfb})
 */
@ConfigurationProperties("zhengtong.chronicle")
record ChronicleProperties(String cityUnit) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ChronicleProperties.class)
    static class Config {
    }
}
