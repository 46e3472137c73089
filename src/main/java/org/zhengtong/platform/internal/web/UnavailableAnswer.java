package org.zhengtong.platform.internal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

/**
 * The one way the filters that stand before the session and security say "not now" (starting up, database out of
 * reach): 503 with {@code Retry-After} and a Chinese message, as problem JSON under {@code /api} and as a page of
 * the console elsewhere. Neither a login prompt nor an engine error.
 */
@Component
@ConditionalOnWebApplication
class UnavailableAnswer {

    /** How soon a client may try again: start-up steps and database outages are usually a matter of seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final ViewResolver views;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    UnavailableAnswer(@Qualifier("thymeleafViewResolver") ViewResolver views, MessageSource messages,
                      LocaleResolver locales, ObjectMapper json) {
        this.views = views;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Answers 503 with the message of {@code messageKey}; the console sees {@code view} with status and message. */
    void write(HttpServletRequest request, HttpServletResponse response, String messageKey, String view)
            throws IOException, ServletException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(messageKey, null, locale);
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
            views.resolveViewName(view, locale).render(
                    Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "message", message), request, response);
        } catch (Exception e) {
            throw new ServletException("could not render the page " + view, e);
        }
    }
}
