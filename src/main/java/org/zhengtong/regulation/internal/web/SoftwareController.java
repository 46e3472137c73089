package org.zhengtong.regulation.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.regulation.internal.RegulationService;
import org.zhengtong.regulation.internal.Scope;
import org.zhengtong.regulation.internal.SoftwareForm;
import org.zhengtong.regulation.internal.SoftwareService;
import org.zhengtong.regulation.internal.SoftwareVersionForm;
import org.zhengtong.regulation.internal.Views;

/**
 * 常用软件 ({@code /software}): the entries with their latest version and its SHA-256, an entry's page with every
 * version, the managers' forms for a new entry and a new version; installers always download as attachments.
 */
@Controller
@RequestMapping("/software")
class SoftwareController {

    private final SoftwareService software;
    private final RegulationService regulations;
    private final RequestTransactions requests;
    private final Refusals refusals;

    SoftwareController(SoftwareService software, RegulationService regulations, RequestTransactions requests,
                       Refusals refusals) {
        this.software = software;
        this.regulations = regulations;
        this.requests = requests;
        this.refusals = refusals;
    }

    @GetMapping
    String list(Model model) {
        return list(model, new SoftwareForm(null, "Windows", Scope.UNIT, null, null, null));
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SoftwareForm form, BindingResult result,
                  @RequestParam(required = false) MultipartFile file, @RequestKey String key, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (!regulations.mayManage()) {
            throw new AccessDeniedException("no regulation manager");
        }
        if (result.hasErrors()) {
            refusals.invalid(response);
            return list(model, form);
        }
        long id;
        try {
            id = requests.createOnce(SoftwareForm.REQUEST_KIND, key, () -> software.create(form, file), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return list(model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.saved", locale));
        return "redirect:/software/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return show(id, model, new SoftwareVersionForm(null, null));
    }

    @PostMapping("/{id}/versions")
    String addVersion(@PathVariable long id, @Valid @ModelAttribute("version") SoftwareVersionForm form,
                      BindingResult result, @RequestParam(required = false) MultipartFile file,
                      @RequestKey String key, Model model, HttpServletResponse response,
                      RedirectAttributes redirect, Locale locale) {
        if (!software.view(id).mayManage()) {
            throw new AccessDeniedException("not a manager of the unit");
        }
        if (result.hasErrors()) {
            refusals.invalid(response);
            return show(id, model, form);
        }
        try {
            requests.createOnce(SoftwareVersionForm.REQUEST_KIND, key, () -> software.addVersion(id, form, file),
                    i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return show(id, model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.software.versionUploaded", locale));
        return "redirect:/software/" + id;
    }

    @GetMapping("/{id}/versions/{versionId}/download")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long versionId) {
        Views.Download file = software.download(id, versionId);
        return Downloads.attachment(file.name(), file.size(), file.content());
    }

    private String list(Model model, SoftwareForm form) {
        model.addAttribute("entries", software.list());
        model.addAttribute("mayManage", regulations.mayManage());
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("form", form);
        return "regulation/software";
    }

    private String show(long id, Model model, SoftwareVersionForm form) {
        model.addAttribute("entry", software.view(id));
        model.addAttribute("version", form);
        return "regulation/software-show";
    }
}
