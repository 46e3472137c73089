package org.zhengtong.platform.internal.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese by default; {@code ?lang=en} switches to English and a cookie remembers the choice; a language the
 * application does not have is ignored, not an error.
 *
 * <p>Static resources are mapped to their own paths only ({@code spring.web.resources.add-mappings=false} turns off
 * Spring Boot's catch-all {@code /**}): with the catch-all, the resource chain tried every link a page builds
 * ({@code /documents/42}, …) as a file in four classpath locations, and a miss is not cached — a to-do page with 200
 * rows spent most of its time looking for files in the jar (bench/README.md).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("zt-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new SupportedLanguageInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Switches only to a language the bundles have; anything else ({@code ?lang=1.5}, {@code ?lang=xx}) is ignored. */
    static final class SupportedLanguageInterceptor extends LocaleChangeInterceptor {

        private static final Set<String> LANGUAGES = Set.of("zh", "en");

        @Override
        protected Locale parseLocaleValue(String value) {
            Locale locale = super.parseLocaleValue(value);
            if (locale != null && !LANGUAGES.contains(locale.getLanguage())) {
                throw new IllegalArgumentException("unsupported language: " + value);
            }
            return locale;
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/favicon.ico", "/favicon.svg").addResourceLocations("classpath:/static/");
    }
}
