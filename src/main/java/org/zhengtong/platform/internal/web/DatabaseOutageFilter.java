package org.zhengtong.platform.internal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

/**
 * The database out of reach is an outage, neither the user's fault (401, a login page) nor a bug (500): the answer
 * is 503 with {@code Retry-After} and a Chinese message, as the API's problem JSON or the product's error page,
 * wherever the failure happened — in a controller, while loading the session or the logged-in account, in the
 * security filters. Runs before the session filter so that it sees failures to load or save the session too.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    /** How soon a client may try again: the pool's connection timeout is a few seconds, outages usually short. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ViewResolver views;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    DatabaseOutageFilter(ViewResolver views, MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.views = views;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.causes(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                    failure.toString());
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage("error.databaseUnavailable", null, locale);
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, message);
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        // the layout puts the CSRF token into the page; loading it would need the session, which is in the database
        request.removeAttribute("_csrf");
        try {
            views.resolveViewName("error", locale).render(
                    Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "message", message), request, response);
        } catch (Exception e) {
            throw new ServletException("could not render the outage page", e);
        }
    }
}
