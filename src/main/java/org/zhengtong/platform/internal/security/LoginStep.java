package org.zhengtong.platform.internal.security;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps a user must finish after the password before the console opens: the TOTP code, TOTP enrolment
 * (administrators, when required), the change of an initial or reset password. Kept in the session.
 */
public enum LoginStep {
    TOTP_CODE("/login/totp"),
    TOTP_ENROLMENT("/account/totp"),
    PASSWORD_CHANGE("/account/password");

    private static final String ATTRIBUTE = "zt.pendingLoginSteps";

    private final String page;

    LoginStep(String page) {
        this.page = page;
    }

    public String page() {
        return page;
    }

    public static void require(HttpSession session, List<LoginStep> steps) {
        session.setAttribute(ATTRIBUTE, new ArrayList<>(steps));
    }

    /** The first unfinished step, or null. */
    @SuppressWarnings("unchecked")
    public static LoginStep pending(HttpSession session) {
        if (session == null) {
            return null;
        }
        List<LoginStep> steps = (List<LoginStep>) session.getAttribute(ATTRIBUTE);
        return steps == null || steps.isEmpty() ? null : steps.get(0);
    }

    @SuppressWarnings("unchecked")
    public static void complete(HttpSession session, LoginStep step) {
        List<LoginStep> steps = (List<LoginStep>) session.getAttribute(ATTRIBUTE);
        if (steps != null) {
            steps.remove(step);
            // re-set so a session store that serializes attributes (Spring Session JDBC) sees the change
            session.setAttribute(ATTRIBUTE, steps);
        }
    }
}
