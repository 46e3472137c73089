package org.zhengtong.platform.internal.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DatabaseOutageConfiguration {

    /** Outside the session filter (and so outside the security filters), inside the character encoding filter. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(UnavailableAnswer unavailable) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(unavailable));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
