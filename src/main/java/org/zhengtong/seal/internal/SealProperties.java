package org.zhengtong.seal.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.seal.*} (defaults in application.yml). The keys' password ({@code key-password},
 * {@code key-password-file}) is the platform's setting, since backups carry it ({@code PlatformProperties.seal()}).
 *
 * @param tsaUrl          an outside RFC 3161 time-stamping authority; blank: the application's own
 * @param tsaCertificates a PEM file of the certificates an outside authority's stamps are trusted by; blank: none
 */
@ConfigurationProperties("zhengtong.seal")
record SealProperties(String tsaUrl, String tsaCertificates, Verify verify) {

    /**
     * @param maxConcurrent  verifications running at once; more are refused with 503 and Retry-After
     * @param trustedProxies reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client
     */
    record Verify(int maxConcurrent, List<String> trustedProxies) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SealProperties.class)
    static class Config {
    }
}
