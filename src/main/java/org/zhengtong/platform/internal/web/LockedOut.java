package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * For a session whose account is locked (too many wrong TOTP codes or current passwords): the session ends and the
 * login page says the account is locked. Its holder has given the right password, so telling them is no leak.
 */
final class LockedOut {

    private LockedOut() {
    }

    static String endSession(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?locked";
    }
}
