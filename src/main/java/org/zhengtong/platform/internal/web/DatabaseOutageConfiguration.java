package org.zhengtong.platform.internal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    /** Outside the session filter (and so outside the security filters), inside the character encoding filter. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
            @Qualifier("thymeleafViewResolver") ViewResolver views, MessageSource messages, LocaleResolver locales,
            ObjectMapper json) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(views, messages, locales, json));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
