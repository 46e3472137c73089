package org.zhengtong.document.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhengtong.document.*} (defaults in application.yml).
 *
 * @param maxUploadSize the largest attachment or scan (below the server's multipart cap)
 */
@ConfigurationProperties("zhengtong.document")
public record DocumentProperties(DataSize maxUploadSize) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DocumentProperties.class)
    static class Config {
    }
}
