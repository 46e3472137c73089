package org.zhengtong.platform.internal.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.ConcurrentSessionControlAuthenticationStrategy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.zhengtong.platform.internal.web.DatabaseOutage;

/**
 * Two filter chains: {@code /api/**} (HTTP Basic or the console's session, JSON errors) and the console (form
 * login). Both share lockout, the pending-login-step gate, CSRF for cookie sessions and the security headers.
 * Redirects are relative, so a forged {@code Host} header never chooses where the browser goes.
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

    /**
     * Passwords first, the account's state after: only someone who gave an account's right password learns that it
     * is locked or disabled; to anyone else an unknown, a locked and a disabled account answer alike.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    // sessions and filter chains belong to the web server; a command run without one needs only the encoder
    @Bean
    @ConditionalOnWebApplication
    SpringSessionBackedSessionRegistry<? extends Session> sessionRegistry(
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages, LocaleResolver locales, ObjectMapper json)
            throws Exception {
        ApiRefusals refusals = new ApiRefusals(messages, locales, json);
        ApiSecurityContextRepository contexts = new ApiSecurityContextRepository();
        http.securityMatcher("/api/**")
            // verifying a seal is open to anyone who holds the file (it changes nothing, so no CSRF token either)
            .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/verify").permitAll()
                    .anyRequest().authenticated())
            .securityContext(context -> context.securityContextRepository(contexts))
            .httpBasic(basic -> basic.authenticationEntryPoint(refusals).securityContextRepository(contexts))
            .requestCache(cache -> cache.requestCache(new NullRequestCache()))
            // another site cannot forge credentials, only a browser's cookie: a request may go without the token only
            // when HTTP Basic authenticated it (a Basic header never falls back to the session, see the repository)
            .csrf(csrf -> csrf.ignoringRequestMatchers(ApiSecurityContextRepository::carriesBasicCredentials)
                    .ignoringRequestMatchers("/api/v1/verify"))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
            .addFilterBefore(new PendingLoginStepFilter(), AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain consoleChain(HttpSecurity http, SettingsService settings,
                                     SpringSessionBackedSessionRegistry<? extends Session> sessionRegistry) throws Exception {
        ExceptionMappingAuthenticationFailureHandler refusedLogin = new ExceptionMappingAuthenticationFailureHandler();
        refusedLogin.setDefaultFailureUrl("/login?error");
        refusedLogin.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));
        AuthenticationFailureHandler failureHandler = (request, response, failure) -> {
            if (DatabaseOutage.causes(failure)) {
                throw failure; // not a wrong password: the outage handling answers 503
            }
            refusedLogin.onAuthenticationFailure(request, response, failure);
        };

        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error",
                        "/actuator/health", "/actuator/health/**", "/verify").permitAll()
                // a calendar subscription is opened by the token in its address (calendar programs do not log in)
                .requestMatchers(HttpMethod.GET, "/calendar/feed/*").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login")
                    .successHandler(new LoginSuccessHandler(settings))
                    .failureHandler(failureHandler)
                    .withObjectPostProcessor(new ObjectPostProcessor<LoginUrlAuthenticationEntryPoint>() {
                        @Override
                        public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
                            // "/login", not "http://<whatever the Host header said>/login"
                            entryPoint.setFavorRelativeUris(true);
                            return entryPoint;
                        }
                    })
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
            .addFilterBefore(new PendingLoginStepFilter(), AuthorizationFilter.class)
            // idle time is the servlet container's real time, like the session's own timeout, not the application clock
            .addFilterBefore(new IdleTimeoutFilter(Clock.systemUTC()), PendingLoginStepFilter.class);
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
                // DENY unless the response says otherwise: a PDF previewed in a frame of a page of ours
                // (Downloads.framed). Spring's own writer would overwrite that.
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("X-Frame-Options")) {
                        response.setHeader("X-Frame-Options", "DENY");
                    }
                })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
    }
}
