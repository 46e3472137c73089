package org.zhengtong.platform.internal;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The message bundles: every {@code i18n/<name>.properties} on the class path (with its {@code <name>_en.properties}),
 * found by a wildcard, so a module brings its texts in its own bundle without editing a central list
 * (docs/architecture.md, Conventions); a key lives in one bundle only. The other {@code spring.messages.*} settings
 * (encoding, fallback, cache) apply as in Spring Boot's own message source, which this one replaces.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    static final String PATTERN = "classpath*:i18n/*.properties";

    /** A base bundle's file name, without a locale suffix ({@code document}, not {@code document_en}). */
    private static final Pattern BASE = Pattern.compile("([a-z0-9-]+)\\.properties");

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) throws IOException {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames(new PathMatchingResourcePatternResolver()).toArray(String[]::new));
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    /** The base names ({@code i18n/document}) of the bundles on the class path, sorted. */
    static List<String> basenames(ResourcePatternResolver resolver) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Resource resource : resolver.getResources(PATTERN)) {
            Matcher base = BASE.matcher(String.valueOf(resource.getFilename()));
            if (base.matches()) {
                names.add("i18n/" + base.group(1));
            }
        }
        return List.copyOf(names);
    }
}
