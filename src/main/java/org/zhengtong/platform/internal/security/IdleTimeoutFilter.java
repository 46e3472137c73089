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
 * page goes to the login page, a background request gets 401. The login adds the attribute; here it is only updated:
 * the sessions live in the database, where the page and its stream adding it at once both insert it, and one fails.
 */
class IdleTimeoutFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = "zt.lastActivity";

    /** At login: the person's activity starts now. */
    static void started(HttpSession session, Clock clock) {
        session.setAttribute(LAST_ACTIVITY, clock.millis());
    }
    /** Requests a page makes on its own. */
    static final Set<String> BACKGROUND = Set.of("/notifications/stream", "/notifications/badge", "/messages/badge");
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
        if (last == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean background = BACKGROUND.contains(request.getRequestURI().substring(request.getContextPath().length()));
        if (now - last > session.getMaxInactiveInterval() * 1000L) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (background) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?timeout");
            }
            return;
        }
        if (!background && now - last >= RECORD_EVERY_MILLIS) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        chain.doFilter(request, response);
    }
}
