package org.zhengtong.supplies.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.supplies.*}.
 *
 * @param pageSize rows per page of the unit's requests (default 20)
 */
@ConfigurationProperties("zhengtong.supplies")
record SuppliesProperties(Integer pageSize) {

    int pageSizeOrDefault() {
        return pageSize == null || pageSize < 1 ? 20 : Math.min(pageSize, 200);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SuppliesProperties.class)
    static class Config {
    }
}
