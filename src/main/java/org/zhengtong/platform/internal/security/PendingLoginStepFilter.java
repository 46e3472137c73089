package org.zhengtong.platform.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a logged-in user on the page of their pending login step (TOTP code, TOTP enrolment, password change)
 * until it is done. API calls with HTTP Basic cannot do these steps and are refused while one is due.
 */
class PendingLoginStepFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            LoginStep pending = request.getHeader("Authorization") != null
                    ? basicAuthBlocker(principal)
                    : LoginStep.pending(request.getSession(false));
            if (pending != null && !isAllowedDuring(pending, request)) {
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN, "login step pending: " + pending);
                } else {
                    response.sendRedirect(request.getContextPath() + pending.page());
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static LoginStep basicAuthBlocker(AccountPrincipal principal) {
        if (principal.totpEnabled()) {
            return LoginStep.TOTP_CODE;
        }
        return principal.mustChangePassword() ? LoginStep.PASSWORD_CHANGE : null;
    }

    private static boolean isAllowedDuring(LoginStep step, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(step.page()) || path.equals("/logout") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/error");
    }
}
