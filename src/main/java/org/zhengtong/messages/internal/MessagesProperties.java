package org.zhengtong.messages.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.messages.*} (defaults in application.yml).
 *
 * @param maxLength    the longest message, in characters (default 2000); a longer one is refused, nothing saved
 * @param awayAfter    a person with a page open who has done nothing for this long shows as away (default 5 min)
 * @param maxGroupSize the most people in a group conversation, its creator included (default 50)
 * @param pageSize     how many messages a conversation page shows at once, and older ones on request (default 30)
 */
@ConfigurationProperties("zhengtong.messages")
public record MessagesProperties(int maxLength, Duration awayAfter, int maxGroupSize, int pageSize) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MessagesProperties.class)
    static class Config {
    }
}
