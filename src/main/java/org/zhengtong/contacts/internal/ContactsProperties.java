package org.zhengtong.contacts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.contacts.*} (defaults in application.yml).
 *
 * @param phoneVisibility whose office phone numbers the directory shows (default {@code same-unit})
 */
@ConfigurationProperties("zhengtong.contacts")
public record ContactsProperties(PhoneVisibility phoneVisibility) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ContactsProperties.class)
    static class Config {
    }
}
