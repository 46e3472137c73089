package org.zhengtong.platform.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The idle timeout counts what the person does, not what an open page does by itself: the pushed reminders' stream
 * and the bell's refresh would otherwise keep a forgotten session alive for ever. A session whose person did
 * nothing for longer than its idle timeout (set at login from the security settings) ends at its next request — a
 * page goes to the login page, a background request gets 401.
 */
class IdleTimeoutFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = "zt.lastActivity";
    /** Requests a page makes on its own. */
    static final Set<String> BACKGROUND = Set.of("/notifications/stream", "/notifications/badge");
    /** Recording activity at most this often spares a session write per request. */
    private static final long RECORD_EVERY_MILLIS = 30_000;

    private final Clock clock;

    IdleTimeoutFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getMaxInactiveInterval() <= 0) {
            chain.doFilter(request, response);
            return;
        }
        long now = clock.millis();
        Long last = (Long) session.getAttribute(LAST_ACTIVITY);
        boolean background = BACKGROUND.contains(request.getRequestURI().substring(request.getContextPath().length()));
        if (last != null && now - last > session.getMaxInactiveInterval() * 1000L) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (background) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?timeout");
            }
            return;
        }
        if (!background && (last == null || now - last >= RECORD_EVERY_MILLIS)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        chain.doFilter(request, response);
    }
}
