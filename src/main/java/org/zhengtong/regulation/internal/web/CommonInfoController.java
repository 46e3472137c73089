package org.zhengtong.regulation.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.regulation.internal.CommonInfoForm;
import org.zhengtong.regulation.internal.CommonInfoService;
import org.zhengtong.regulation.internal.InfoCategory;
import org.zhengtong.regulation.internal.RegulationService;
import org.zhengtong.regulation.internal.Scope;
import org.zhengtong.regulation.internal.Views;

/** 常用信息 ({@code /common-info}): the entries by category for everyone; the unit's managers add, edit and delete. */
@Controller
@RequestMapping("/common-info")
class CommonInfoController {

    private final CommonInfoService infos;
    private final RegulationService regulations;
    private final RequestTransactions requests;
    private final Refusals refusals;

    CommonInfoController(CommonInfoService infos, RegulationService regulations, RequestTransactions requests,
                         Refusals refusals) {
        this.infos = infos;
        this.regulations = regulations;
        this.requests = requests;
        this.refusals = refusals;
    }

    @GetMapping
    String list(@RequestParam(required = false) InfoCategory category, Model model) {
        return list(category, model, new CommonInfoForm(InfoCategory.PHONE, Scope.UNIT, null, null, null));
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CommonInfoForm form, BindingResult result, @RequestKey String key,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (!regulations.mayManage()) {
            throw new AccessDeniedException("no regulation manager");
        }
        if (result.hasErrors()) {
            refusals.invalid(response);
            return list(null, model, form);
        }
        try {
            requests.createOnce(CommonInfoForm.REQUEST_KIND, key, () -> infos.create(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return list(null, model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.saved", locale));
        return "redirect:/common-info";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Views.InfoView info = infos.view(id);
        if (!info.mayManage()) {
            throw new AccessDeniedException("not a manager of the entry's unit");
        }
        model.addAttribute("editing", id);
        return list(null, model, new CommonInfoForm(info.category(), info.scope(), info.title(), info.url(),
                info.text()));
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CommonInfoForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("editing", id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return list(null, model, form);
        }
        try {
            requests.act(() -> infos.update(id, form), () -> id);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return list(null, model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.saved", locale));
        return "redirect:/common-info";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        requests.act(() -> infos.delete(id), () -> null);
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.info.deleted", locale));
        return "redirect:/common-info";
    }

    private String list(InfoCategory category, Model model, CommonInfoForm form) {
        model.addAttribute("category", category);
        model.addAttribute("categories", InfoCategory.values());
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("infos", infos.list(category));
        model.addAttribute("mayManage", regulations.mayManage());
        model.addAttribute("form", form);
        return "regulation/common-info";
    }
}
