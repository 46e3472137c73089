package org.zhengtong.regulation.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.regulation.internal.RegulationForm;
import org.zhengtong.regulation.internal.RegulationKind;
import org.zhengtong.regulation.internal.RegulationQuery;
import org.zhengtong.regulation.internal.RegulationService;
import org.zhengtong.regulation.internal.RegulationStatus;
import org.zhengtong.regulation.internal.RepealForm;
import org.zhengtong.regulation.internal.Scope;
import org.zhengtong.regulation.internal.Views;

/**
 * 规章制度 and 政策法规 ({@code /regulations}): the catalogue with its filters, a regulation's page (text, links
 * between versions, attachments; for its unit's managers 修订, 废止, 修改 and 上传附件), and the form for a new
 * regulation or a revision ({@code /regulations/new?revises=}). Refusals show the page again: 400 for invalid input,
 * 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/regulations")
class RegulationController {

    private final RegulationService regulations;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final Clock clock;

    RegulationController(RegulationService regulations, RequestTransactions requests, Refusals refusals,
                         Clock clock) {
        this.regulations = regulations;
        this.requests = requests;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) RegulationKind kind,
                @RequestParam(required = false) RegulationStatus status,
                @RequestParam(required = false) String issuer, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        RegulationQuery query = new RegulationQuery(kind, status, issuer, year, q);
        model.addAttribute("query", query);
        model.addAttribute("found", regulations.search(query, page));
        model.addAttribute("kinds", RegulationKind.values());
        model.addAttribute("statuses", RegulationStatus.values());
        model.addAttribute("mayManage", regulations.mayManage());
        model.addAttribute("previous", link(query, Math.max(page - 1, 0)));
        model.addAttribute("next", link(query, page + 1));
        return "regulation/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) RegulationKind kind, @RequestParam(required = false) Long revises,
                   Model model) {
        requireManager();
        RegulationForm form;
        if (revises != null) {
            Views.RegulationView old = regulations.view(revises);
            Views.RegulationRow r = old.regulation();
            form = new RegulationForm(r.kind(), r.scope(), r.title(), r.issuer(), null, LocalDate.now(clock), null,
                    null, old.body(), r.classification());
        } else {
            form = new RegulationForm(kind == null ? RegulationKind.INTERNAL : kind, null, null, null, null,
                    LocalDate.now(clock), null, null, null, Classification.UNCLASSIFIED);
        }
        return form(model, form, null, revises);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") RegulationForm form, BindingResult result,
                  @RequestParam(required = false) Long revises, @RequestKey String key, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, null, revises);
        }
        long id;
        try {
            id = requests.createOnce(RegulationForm.REQUEST_KIND, key,
                    () -> revises == null ? regulations.create(form) : regulations.revise(revises, form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form, null, revises);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.saved", locale));
        return "redirect:/regulations/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return show(id, model, new RepealForm(LocalDate.now(clock), null));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Views.RegulationView view = requireManager(id);
        Views.RegulationRow r = view.regulation();
        return form(model, new RegulationForm(r.kind(), r.scope(), r.title(), r.issuer(), r.docNumber(),
                r.issuedOn(), r.effectiveOn(), r.repealedOn(), view.body(), r.classification()), id, null);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RegulationForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, id, null);
        }
        try {
            requests.act(() -> regulations.update(id, form), () -> null);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form, id, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.saved", locale));
        return "redirect:/regulations/" + id;
    }

    @PostMapping("/{id}/repeal")
    String repeal(@PathVariable long id, @Valid @ModelAttribute("repeal") RepealForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return show(id, model, form);
        }
        try {
            requests.act(() -> regulations.repeal(id, form), () -> null);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return show(id, model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.repealed", locale));
        return "redirect:/regulations/" + id;
    }

    @PostMapping("/{id}/files")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            requests.act(() -> regulations.attach(id, file), () -> null);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            model.addAttribute("fileError", refusals.message(e.messageKey(), locale, e.arguments()));
            return show(id, model, new RepealForm(LocalDate.now(clock), null));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.attached", locale));
        return "redirect:/regulations/" + id;
    }

    @PostMapping("/{id}/files/{fileId}/delete")
    String detach(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect, Locale locale) {
        requests.act(() -> regulations.detach(id, fileId), () -> null);
        redirect.addFlashAttribute("flashMessage", refusals.message("regulation.detached", locale));
        return "redirect:/regulations/" + id;
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId) {
        Views.Download file = regulations.download(id, fileId);
        return Downloads.inline(file.name(), file.size(), file.content());
    }

    private String show(long id, Model model, RepealForm repeal) {
        model.addAttribute("view", regulations.view(id));
        model.addAttribute("repeal", repeal);
        return "regulation/show";
    }

    private String form(Model model, RegulationForm form, Long id, Long revises) {
        model.addAttribute("form", form);
        model.addAttribute("regulationId", id);
        model.addAttribute("revises", revises == null ? null : regulations.view(revises).regulation());
        model.addAttribute("kinds", RegulationKind.values());
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("classifications", Classification.values());
        return "regulation/form";
    }

    /** The regulation, for a manager of its unit; 404 for one she may not read, 403 for a mere reader. */
    private Views.RegulationView requireManager(long id) {
        Views.RegulationView view = regulations.view(id);
        if (!view.mayManage()) {
            throw new AccessDeniedException("not a manager of the unit");
        }
        return view;
    }

    private void requireManager() {
        if (!regulations.mayManage()) {
            throw new AccessDeniedException("no regulation manager");
        }
    }

    private static String link(RegulationQuery q, int page) {
        return UriComponentsBuilder.fromPath("/regulations").queryParamIfPresent("kind",
                        Optional.ofNullable(q.kind()))
                .queryParamIfPresent("status", Optional.ofNullable(q.status()))
                .queryParamIfPresent("issuer", Optional.ofNullable(q.issuer()).filter(s -> !s.isBlank()))
                .queryParamIfPresent("year", Optional.ofNullable(q.year()))
                .queryParamIfPresent("q", Optional.ofNullable(q.text()).filter(s -> !s.isBlank()))
                .queryParam("page", page).encode().build().toUriString();
    }
}
