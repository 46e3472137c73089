package org.zhengtong.platform.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database out of reach is an outage, neither the user's fault (401, a login page) nor a bug (500): the answer
 * is 503 with {@code Retry-After} and a Chinese message, as the API's problem JSON or the product's error page,
 * wherever the failure happened — in a controller, while loading the session or the logged-in account, in the
 * security filters. Runs before the session filter so that it sees failures to load or save the session too.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final UnavailableAnswer unavailable;

    DatabaseOutageFilter(UnavailableAnswer unavailable) {
        this.unavailable = unavailable;
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
            response.reset();
            unavailable.write(request, response, "error.databaseUnavailable", "error");
        }
    }
}
