package org.zhengtong.platform.internal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Until the application is ready (migrations, process deployment and the demo city done: {@link ReadinessState}),
 * the port is open but nothing behind it works yet. Every request but the health probes and static files gets 503
 * with a Chinese message and {@code Retry-After} instead of a login prompt or an engine error: problem JSON for the
 * API, a page that reloads itself for the console. Runs before the session and security filters, which need the
 * database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NotReadyFilter extends OncePerRequestFilter {

    private static final List<String> ALWAYS_SERVED = List.of("/actuator/", "/webjars/", "/css/", "/js/",
            "/favicon.ico");
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ApplicationAvailability availability;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;
    private final ITemplateEngine templates;

    NotReadyFilter(ApplicationAvailability availability, MessageSource messages, LocaleResolver locales,
                   ObjectMapper json, ITemplateEngine templates) {
        this.availability = availability;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.templates = templates;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || ALWAYS_SERVED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    messages.getMessage("starting.message", null, locale));
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale);
        templates.process("starting", page, response.getWriter());
    }
}
