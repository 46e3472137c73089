package org.zhengtong.forum.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.forum.*}.
 *
 * @param adminUnit the code of the unit whose {@code FORUM_MANAGE} holders keep the boards (市政府办公室, {@code szfb})
 * @param pageSize  how many threads a board's page and how many posts a thread's page shows
 */
@ConfigurationProperties("zhengtong.forum")
record ForumProperties(String adminUnit, int pageSize) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ForumProperties.class)
    static class Config {
    }
}
