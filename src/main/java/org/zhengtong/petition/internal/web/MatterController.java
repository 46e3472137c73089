package org.zhengtong.petition.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.petition.internal.MatterService;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Refusals;

/** 信访事项分类 ({@code /petitions/matters}): the code list, for the holders of {@code PETITION_ADMIN}. */
@Controller
@RequestMapping("/petitions/matters")
@PreAuthorize("hasAuthority('PETITION_ADMIN')")
class MatterController {

    private final MatterService matters;
    private final Refusals refusals;

    MatterController(MatterService matters, Refusals refusals) {
        this.matters = matters;
        this.refusals = refusals;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("matters", matters.all());
        return "petition/matters";
    }

    @PostMapping
    String save(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                @RequestParam(required = false) Integer sortOrder,
                @RequestParam(defaultValue = "false") boolean enabled, Model model, HttpServletResponse response,
                RedirectAttributes redirect, Locale locale) {
        try {
            matters.save(code, name, sortOrder, enabled);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e.messageKey(), locale, e.arguments()));
            return list(model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("petition.matter.saved", locale));
        return "redirect:/petitions/matters";
    }

    @PostMapping("/{code}/enabled")
    String enable(@PathVariable String code, @RequestParam(defaultValue = "false") boolean enabled,
                  RedirectAttributes redirect, Locale locale) {
        matters.enable(code, enabled);
        redirect.addFlashAttribute("flashMessage", refusals.message("petition.matter.saved", locale));
        return "redirect:/petitions/matters";
    }
}
