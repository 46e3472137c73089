package org.zhengtong.mail.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhengtong.mail.*} (defaults in application.yml; the SMTP server for outside addresses is {@code spring.mail.*}).
 *
 * @param maxAttachmentSize the largest file a mail may carry (default 20 MB)
 * @param outsideFrom       the sender address of mail to outside addresses; the writer's name is shown with it
 */
@ConfigurationProperties("zhengtong.mail")
public record MailProperties(DataSize maxAttachmentSize, String outsideFrom) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailProperties.class)
    static class Config {
    }
}
