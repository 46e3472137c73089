package org.zhengtong.platform.internal.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.ConcurrentSessionControlAuthenticationStrategy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: {@code /api/**} (HTTP Basic or the console's session, JSON errors) and the console (form
 * login). Both share lockout, the pending-login-step gate, CSRF for cookie sessions and the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets stored hashes move to a stronger encoder later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SpringSessionBackedSessionRegistry<? extends Session> sessionRegistry(
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages, LocaleResolver locales, ObjectMapper json)
            throws Exception {
        ApiRefusals refusals = new ApiRefusals(messages, locales, json);
        http.securityMatcher("/api/**")
            // verifying a seal is open to anyone who holds the file (it changes nothing, so no CSRF token either)
            .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/verify").permitAll()
                    .anyRequest().authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
            // requests carrying their own credentials cannot be forged by another site
            .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
                    .ignoringRequestMatchers("/api/v1/verify"))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
            .addFilterBefore(new PendingLoginStepFilter(), AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleChain(HttpSecurity http, SettingsService settings,
                                     SpringSessionBackedSessionRegistry<? extends Session> sessionRegistry) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failureHandler = new ExceptionMappingAuthenticationFailureHandler();
        failureHandler.setDefaultFailureUrl("/login?error");
        failureHandler.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));

        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error",
                        "/actuator/health", "/actuator/health/**", "/verify").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login")
                    .successHandler(new LoginSuccessHandler(settings))
                    .failureHandler(failureHandler)
                    .permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .sessionManagement(session -> session
                    .invalidSessionUrl("/login?timeout")
                    .withObjectPostProcessor(new ObjectPostProcessor<ConcurrentSessionControlAuthenticationStrategy>() {
                        @Override
                        public <O extends ConcurrentSessionControlAuthenticationStrategy> O postProcess(O strategy) {
                            strategy.setExceptionIfMaximumExceeded(false);
                            @SuppressWarnings("unchecked")
                            O perSettings = (O) new SettingsSessionLimit(sessionRegistry, settings);
                            return perSettings;
                        }
                    })
                    .maximumSessions(1)
                    .sessionRegistry(sessionRegistry)
                    .expiredUrl("/login?expired"))
            .addFilterBefore(new PendingLoginStepFilter(), AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    /** One active session per account by default; the oldest session expires when the limit is passed. */
    private static final class SettingsSessionLimit extends ConcurrentSessionControlAuthenticationStrategy {

        private final SettingsService settings;

        SettingsSessionLimit(SpringSessionBackedSessionRegistry<? extends Session> registry, SettingsService settings) {
            super(registry);
            this.settings = settings;
        }

        @Override
        protected int getMaximumSessionsForThisUser(org.springframework.security.core.Authentication authentication) {
            return settings.current().maxSessionsPerAccount();
        }
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
    }
}
