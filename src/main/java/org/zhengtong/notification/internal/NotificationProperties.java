package org.zhengtong.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.notification.*} (defaults in application.yml; the mail server is {@code spring.mail.*}).
 *
 * @param mailFrom the sender of notification e-mails
 * @param baseUrl  the address people open the application at, for the links in e-mails
 */
@ConfigurationProperties("zhengtong.notification")
record NotificationProperties(String mailFrom, String baseUrl) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    static class Config {
    }
}
