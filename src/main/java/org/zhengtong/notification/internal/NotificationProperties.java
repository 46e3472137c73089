package org.zhengtong.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.notification.*} (defaults in application.yml; the mail server is {@code spring.mail.*}).
 *
 * @param mailFrom the sender of notification e-mails
 * @param baseUrl  the address people open the application at, for the links in e-mails
 * @param sms      the HTTP SMS gateway; without its url short messages go to the log
 */
@ConfigurationProperties("zhengtong.notification")
record NotificationProperties(String mailFrom, String baseUrl, Sms sms) {

    /**
     * @param url     where a message is posted as JSON {@code {"mobile": …, "text": …}}; blank for none
     * @param token   sent as {@code Authorization: Bearer <token>} when not blank
     * @param timeout how long the gateway may take to answer
     */
    record Sms(String url, String token, java.time.Duration timeout) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    static class Config {
    }
}
