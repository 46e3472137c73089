package org.zhengtong.search.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.search.*} (defaults in application.yml; {@code zhengtong.search.rebuild=true} is a one-off switch
 * read by the owners' rebuild runners).
 *
 * @param indexDir the Lucene index, a cache rebuilt from the owners' tables
 */
@ConfigurationProperties("zhengtong.search")
record SearchProperties(Path indexDir) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SearchProperties.class)
    static class Config {
    }
}
