package org.zhengtong.sharedfile.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhengtong.sharedfile.*}.
 *
 * @param quota       what a unit's library may hold, all versions counted, unless its manager set its own
 * @param maxFileSize the largest file one may upload (the whole request is limited by spring.servlet.multipart.*)
 */
@ConfigurationProperties("zhengtong.sharedfile")
record SharedFileProperties(DataSize quota, DataSize maxFileSize) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SharedFileProperties.class)
    static class Config {
    }
}
