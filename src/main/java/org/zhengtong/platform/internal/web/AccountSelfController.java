package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.account.TwoFactorService;
import org.zhengtong.platform.internal.security.LoginStep;
import org.zhengtong.platform.internal.security.Totp;

/** The user's own account: password change (forced after an initial or reset password) and TOTP enrolment. */
@Controller
@RequestMapping("/account")
class AccountSelfController {

    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private final MessageSource messages;

    AccountSelfController(AccountService accounts, TwoFactorService twoFactor, MessageSource messages) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.messages = messages;
    }

    @GetMapping("/password")
    String passwordForm(HttpSession session, Model model) {
        model.addAttribute("forced", LoginStep.pending(session) == LoginStep.PASSWORD_CHANGE);
        return "account/password";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String confirmation, HttpSession session, Model model, Locale locale,
                          RedirectAttributes redirect, Authentication authentication, HttpServletRequest request,
                          HttpServletResponse response) {
        try {
            accounts.changeOwnPassword(currentPassword, newPassword, confirmation, request.getRemoteAddr());
        } catch (LockedException e) {
            return LockedOut.endSession(request, response, authentication);
        } catch (BusinessRuleException e) {
            model.addAttribute("forced", LoginStep.pending(session) == LoginStep.PASSWORD_CHANGE);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "account/password";
        }
        LoginStep.complete(session, LoginStep.PASSWORD_CHANGE);
        redirect.addFlashAttribute("flashMessage", messages.getMessage("account.password.changed", null, locale));
        LoginStep next = LoginStep.pending(session);
        return "redirect:" + (next == null ? "/" : next.page());
    }

    @GetMapping("/totp")
    String totp(Authentication authentication, Model model) {
        boolean enabled = twoFactor.isEnabled(authentication.getName());
        model.addAttribute("enabled", enabled);
        if (!enabled) {
            String secret = twoFactor.beginEnrolment(authentication.getName());
            model.addAttribute("secret", secret);
            model.addAttribute("uri", Totp.otpauthUri("ZhengTong", authentication.getName(), secret));
        }
        return "account/totp";
    }

    @PostMapping("/totp")
    String confirmTotp(@RequestParam String code, Authentication authentication, HttpSession session, Locale locale,
                       RedirectAttributes redirect) {
        try {
            twoFactor.confirmEnrolment(authentication.getName(), code);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/account/totp";
        }
        LoginStep.complete(session, LoginStep.TOTP_ENROLMENT);
        redirect.addFlashAttribute("flashMessage", messages.getMessage("account.totp.enabled", null, locale));
        LoginStep next = LoginStep.pending(session);
        return "redirect:" + (next == null ? "/" : next.page());
    }
}
