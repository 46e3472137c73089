package org.zhengtong.platform.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready (migrations, process deployment and the demo city done: {@link ReadinessState}),
 * the port is open but nothing behind it works yet. Every request but the health probes and static files gets 503
 * with a Chinese message and {@code Retry-After} instead of a login prompt or an engine error: problem JSON for the
 * API, a page that reloads itself for the console. Runs before the session and security filters, which need the
 * database.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NotReadyFilter extends OncePerRequestFilter {

    private static final List<String> ALWAYS_SERVED = List.of("/actuator/", "/webjars/", "/css/", "/js/",
            "/favicon.ico");

    private final ApplicationAvailability availability;
    private final UnavailableAnswer unavailable;

    NotReadyFilter(ApplicationAvailability availability, UnavailableAnswer unavailable) {
        this.availability = availability;
        this.unavailable = unavailable;
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
        unavailable.write(request, response, "starting.message", "starting");
    }
}
