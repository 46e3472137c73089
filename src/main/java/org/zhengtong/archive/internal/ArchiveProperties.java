package org.zhengtong.archive.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.archive.*}.
 *
 * @param problemClasses 问题 classes offered beside the departments as 机构(问题), code → name (default ZH=综合)
 * @param maxBorrowDays  the longest 借阅 one may ask for (default 30 days)
 */
@ConfigurationProperties("zhengtong.archive")
record ArchiveProperties(Map<String, String> problemClasses, Integer maxBorrowDays) {

    Map<String, String> problemClassesOrDefault() {
        if (problemClasses == null || problemClasses.isEmpty()) {
            Map<String, String> defaults = new LinkedHashMap<>();
            defaults.put("ZH", "综合");
            return defaults;
        }
        return new LinkedHashMap<>(problemClasses);
    }

    int maxBorrowDaysOrDefault() {
        return maxBorrowDays == null || maxBorrowDays < 1 ? 30 : maxBorrowDays;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ArchiveProperties.class)
    static class Config {
    }
}
