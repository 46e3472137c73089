package org.zhengtong.regulation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhengtong.regulation.*}.
 *
 * @param maxInstallerSize the largest installer a 常用软件 version may upload (default 20MB; the whole request is
 *                         also capped by {@code spring.servlet.multipart.*})
 * @param maxAttachmentSize the largest attachment of a regulation (default 10MB)
 */
@ConfigurationProperties("zhengtong.regulation")
record RegulationProperties(DataSize maxInstallerSize, DataSize maxAttachmentSize) {

    DataSize installerLimit() {
        return maxInstallerSize == null ? DataSize.ofMegabytes(20) : maxInstallerSize;
    }

    DataSize attachmentLimit() {
        return maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RegulationProperties.class)
    static class Config {
    }
}
