package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.internal.security.SecuritySettings;
import org.zhengtong.platform.internal.security.SettingsService;

/** 安全管理: the security administrator's start page and the security settings. */
@Controller
@RequestMapping("/admin/security")
class SecurityAdminController {

    private final SettingsService settings;
    private final Refusals refusals;

    SecurityAdminController(SettingsService settings, Refusals refusals) {
        this.settings = settings;
        this.refusals = refusals;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('ROLE_MANAGE','CLEARANCE_MANAGE','SETTINGS_MANAGE')")
    String index() {
        return "admin/security/index";
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('SETTINGS_MANAGE')")
    String settingsForm(Model model) {
        model.addAttribute("settings", settings.current());
        return "admin/security/settings";
    }

    @PostMapping("/settings")
    @PreAuthorize("hasAuthority('SETTINGS_MANAGE')")
    String updateSettings(@Valid @ModelAttribute("settings") SecuritySettings submitted, BindingResult result,
                          Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return "admin/security/settings";
        }
        settings.update(submitted);
        redirect.addFlashAttribute("flashMessage", refusals.message("security.settings.done.saved", locale));
        return "redirect:/admin/security/settings";
    }
}
