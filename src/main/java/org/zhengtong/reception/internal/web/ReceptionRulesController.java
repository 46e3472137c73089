package org.zhengtong.reception.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Refusals;
import org.zhengtong.reception.internal.ApprovalRule;
import org.zhengtong.reception.internal.ReceptionRules;

/**
 * 接待审批规则 ({@code /receptions/rules}): the unit's rule for when a reception plan goes to approval, read by whoever
 * reads the unit's receptions, set by its reception desk. Refusals show the page again: 400 for input that is not a
 * rule or an amount, 409 for a rule broken, nothing saved.
 */
@Controller
@RequestMapping("/receptions/rules")
class ReceptionRulesController {

    /** The form as posted. */
    record RulesForm(ApprovalRule approval, BigDecimal approvalAmount) {
    }

    private final ReceptionRules rules;
    private final Refusals refusals;

    ReceptionRulesController(ReceptionRules rules, Refusals refusals) {
        this.rules = rules;
        this.refusals = refusals;
    }

    @GetMapping
    String show(Model model) {
        ReceptionRules.Rules current = rules.current();
        return page(model, current, new RulesForm(current.approval(), current.approvalAmount()));
    }

    @PostMapping
    String set(@ModelAttribute("form") RulesForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        ReceptionRules.Rules current = rules.current();
        if (!rules.mayChange()) {
            throw new AccessDeniedException("not a reception desk");
        }
        if (result.hasErrors()) {
            model.addAttribute("error", refusals.invalid("reception.rules.error.input", locale, response));
            return page(model, current, form);
        }
        try {
            rules.set(form.approval(), form.approvalAmount());
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return page(model, current, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("reception.rules.saved", locale));
        return "redirect:/receptions/rules";
    }

    private String page(Model model, ReceptionRules.Rules current, RulesForm form) {
        model.addAttribute("rules", current);
        model.addAttribute("form", form);
        model.addAttribute("approvals", ApprovalRule.values());
        model.addAttribute("mayChange", rules.mayChange());
        return "reception/rules";
    }
}
