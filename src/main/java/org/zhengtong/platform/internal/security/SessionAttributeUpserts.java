package org.zhengtong.platform.internal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session at once (a double-click on a form) both store the same session attribute, such as the
 * redirect's flash message. With Spring Session's plain insert the later one fails on the attributes' primary key
 * and answers 500 for work that was saved. An upsert lets the later write win instead: PostgreSQL's
 * {@code ON CONFLICT} through Spring Session's own customizer, H2's {@code MERGE … KEY}. The two saves already take
 * turns on the session's row, which each request updates first (its last access), so the later one sees the
 * earlier one's attribute.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME,"
            + " ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(
            @Value("${spring.datasource.url}") String url) {
        DatabaseDriver database = DatabaseDriver.fromJdbcUrl(url);
        return repository -> {
            switch (database) {
                case POSTGRESQL -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
                case H2 -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
                default -> {
                    // the product runs on H2 and PostgreSQL; any other database keeps the plain insert
                }
            }
        };
    }
}
