package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.platform.internal.account.TwoFactorService;
import org.zhengtong.platform.internal.security.LoginStep;

@Controller
class LoginController {

    private final TwoFactorService twoFactor;

    LoginController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/login/totp")
    String totpForm() {
        return "account/totp-login";
    }

    @PostMapping("/login/totp")
    String totp(@RequestParam String code, Authentication authentication, HttpSession session, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        if (LoginStep.pending(session) != LoginStep.TOTP_CODE) {
            return "redirect:/";
        }
        try {
            if (!twoFactor.verifyLogin(authentication.getName(), code, request.getRemoteAddr())) {
                model.addAttribute("error", true);
                return "account/totp-login";
            }
        } catch (LockedException e) {
            return LockedOut.endSession(request, response, authentication);
        }
        LoginStep.complete(session, LoginStep.TOTP_CODE);
        LoginStep next = LoginStep.pending(session);
        return "redirect:" + (next == null ? "/" : next.page());
    }
}
