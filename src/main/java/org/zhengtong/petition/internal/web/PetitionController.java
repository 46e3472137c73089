package org.zhengtong.petition.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.zhengtong.petition.internal.Channel;
import org.zhengtong.petition.internal.Petition;
import org.zhengtong.petition.internal.PetitionForm;
import org.zhengtong.petition.internal.PetitionService;
import org.zhengtong.petition.internal.PetitionStatistics;
import org.zhengtong.petition.internal.PetitionStatus;
import org.zhengtong.petition.internal.PetitionView;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.TaskActions;

/**
 * 信访管理 ({@code /petitions}): the office's list of its unit's cases and a handler's own, registration with 查重,
 * a case's page (petitioner, matter, deadlines, earlier and similar cases, the units and their reports, files, the
 * reply, the extension, the printed forms, the process with the kit's task actions) and the statistics. Refusals
 * show the page again: 400 for invalid input, 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/petitions")
class PetitionController {

    private final PetitionService petitions;
    private final PetitionStatistics statistics;
    private final TaskActions taskActions;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final Clock clock;

    PetitionController(PetitionService petitions, PetitionStatistics statistics, TaskActions taskActions,
                       RequestTransactions requests, Refusals refusals, Clock clock) {
        this.petitions = petitions;
        this.statistics = statistics;
        this.taskActions = taskActions;
        this.requests = requests;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) PetitionStatus status,
                @RequestParam(required = false) String matter, @RequestParam(required = false) String text,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int minePage,
                Model model) {
        boolean office = petitions.isOffice();
        model.addAttribute("office", office);
        model.addAttribute("statuses", PetitionStatus.values());
        model.addAttribute("matters", petitions.matterNames());
        model.addAttribute("status", status);
        model.addAttribute("matter", matter);
        model.addAttribute("text", text);
        if (office) {
            Page<Petition> found = petitions.search(status, matter, text, page);
            model.addAttribute("page", found);
            model.addAttribute("previous", link(status, matter, text, Math.max(page - 1, 0)));
            model.addAttribute("next", link(status, matter, text, page + 1));
        }
        Page<Petition> mine = petitions.mine(minePage);
        model.addAttribute("mine", mine);
        model.addAttribute("minePrevious", "/petitions?minePage=" + Math.max(minePage - 1, 0));
        model.addAttribute("mineNext", "/petitions?minePage=" + (minePage + 1));
        return "petition/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parent, Model model) {
        requireOffice();
        PetitionForm form = new PetitionForm();
        form.setChannel(Channel.LETTER);
        form.setReceivedOn(LocalDate.now(clock));
        if (parent != null) {
            PetitionView earlier = petitions.view(parent);
            form.setParentId(parent);
            form.setName(earlier.petitioner().name());
            form.setIdNumber(earlier.petitioner().idNumber());
            form.setPhone(earlier.petitioner().phone());
            form.setAddress(earlier.petitioner().address());
            form.setMatterCode(earlier.matterCode());
            form.setSummary(earlier.summary());
            form.setComplainedUnitIds(new java.util.ArrayList<>(earlier.complainedUnits().stream()
                    .map(PetitionView.UnitName::id).toList()));
        }
        return form(model, form, null);
    }

    @PostMapping("/new/check")
    String check(@Valid @ModelAttribute("form") PetitionForm form, BindingResult result, Model model,
                 HttpServletResponse response) {
        requireOffice();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, null);
        }
        return form(model, form, petitions.check(form));
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") PetitionForm form, BindingResult result, @RequestKey String key,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireOffice();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, null);
        }
        long id;
        try {
            id = requests.createOnce(PetitionForm.REQUEST_KIND, key, () -> petitions.register(form), i -> i);
        } catch (BusinessRuleException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            response.setStatus(e.status().value());
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("petition.registered", locale));
        return "redirect:/petitions/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        PetitionView petition = petitions.view(id);
        model.addAttribute("c", petition);
        model.addAttribute("related", petitions.related(id));
        model.addAttribute("history", petitions.history(id));
        model.addAttribute("officeOf", petitions.isOfficeOf(id));
        model.addAttribute("panel", taskActions.panel(petition.businessKey(), petition.processInstanceId()));
        return "petition/show";
    }

    @PostMapping("/{id}/files")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            petitions.view(id);
            redirect.addFlashAttribute("flashError", refusals.message("petition.error.fileMissing", locale));
            return "redirect:/petitions/" + id;
        }
        try (InputStream in = file.getInputStream()) {
            petitions.attach(id, file.getOriginalFilename(), in);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("petition.fileAttached", locale));
        return "redirect:/petitions/" + id;
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        PetitionService.Download file = petitions.file(id, fileId);
        return Downloads.inline(file.name(), file.content());
    }

    @GetMapping("/{id}/pdf/{kind}")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String kind) {
        PetitionService.Download pdf = petitions.pdf(id, kind);
        return Downloads.inline(pdf.name(), pdf.content());
    }

    @PostMapping("/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text, Model model,
                 HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            petitions.draftReply(id, text);
        } catch (BusinessRuleException e) {
            return refused(id, e, model, response, locale);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("petition.replySaved", locale));
        return "redirect:/petitions/" + id;
    }

    @PostMapping("/{id}/extension")
    String extension(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                     HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            petitions.requestExtension(id, reason);
        } catch (BusinessRuleException e) {
            return refused(id, e, model, response, locale);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("petition.extensionRequested", locale));
        return "redirect:/petitions/" + id;
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      Model model, HttpServletResponse response, Locale locale) {
        try {
            model.addAttribute("stats", statistics.of(from, to));
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("channels", Channel.values());
        return "petition/statistics";
    }

    /** The case's page again with the refusal's message and its status (400 or 409); nothing was saved. */
    private String refused(long id, BusinessRuleException e, Model model, HttpServletResponse response,
                           Locale locale) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e.messageKey(), locale, e.arguments()));
        return show(id, model);
    }

    private String form(Model model, PetitionForm form, List<?> related) {
        model.addAttribute("form", form);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("matters", petitions.enabledMatters());
        model.addAttribute("units", petitions.units());
        model.addAttribute("related", related);
        return "petition/form";
    }

    private void requireOffice() {
        if (!petitions.isOffice()) {
            throw new AccessDeniedException("not a petition office");
        }
    }

    private static String link(PetitionStatus status, String matter, String text, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/petitions");
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (matter != null && !matter.isBlank()) {
            uri.queryParam("matter", matter);
        }
        if (text != null && !text.isBlank()) {
            uri.queryParam("text", text);
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
