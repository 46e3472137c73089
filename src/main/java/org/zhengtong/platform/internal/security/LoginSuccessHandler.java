package org.zhengtong.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After the password: set the idle timeout and send the user through any pending login steps. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final SettingsService settings;

    LoginSuccessHandler(SettingsService settings) {
        this.settings = settings;
        setDefaultTargetUrl("/");
        setAlwaysUseDefaultTargetUrl(true);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        SecuritySettings current = settings.current();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(current.idleTimeoutMinutes() * 60);
        IdleTimeoutFilter.started(session, Clock.systemUTC());
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        List<LoginStep> steps = new ArrayList<>();
        if (principal.totpEnabled()) {
            steps.add(LoginStep.TOTP_CODE);
        } else if (principal.administrator() && current.requireTotpForAdmins()) {
            steps.add(LoginStep.TOTP_ENROLMENT);
        }
        if (principal.mustChangePassword()) {
            steps.add(LoginStep.PASSWORD_CHANGE);
        }
        LoginStep.require(session, steps);
        if (steps.isEmpty()) {
            super.onAuthenticationSuccess(request, response, authentication);
        } else {
            getRedirectStrategy().sendRedirect(request, response, steps.get(0).page());
        }
    }
}
