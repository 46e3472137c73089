package org.zhengtong.personnel.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
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
import org.zhengtong.personnel.internal.Audience;
import org.zhengtong.personnel.internal.Education;
import org.zhengtong.personnel.internal.FieldVisibility;
import org.zhengtong.personnel.internal.PersonnelField;
import org.zhengtong.personnel.internal.PersonnelForm;
import org.zhengtong.personnel.internal.PersonnelImport;
import org.zhengtong.personnel.internal.PersonnelLeaders;
import org.zhengtong.personnel.internal.PersonnelQueries;
import org.zhengtong.personnel.internal.PersonnelQuery;
import org.zhengtong.personnel.internal.PersonnelService;
import org.zhengtong.personnel.internal.PoliticalStatus;
import org.zhengtong.personnel.internal.RecordView;
import org.zhengtong.personnel.internal.Sex;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.Refusals;

/**
 * 人事管理 ({@code /personnel}): the combined query and its export for everyone of a unit; a record's page with its
 * photo and history; for the personnel office the form, the photo upload, the import and the named leaders; for the
 * security administrator who sees which field. Every field a reader may not see is left out by the services.
 * Refusals show the page again: 400 for invalid input, 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/personnel")
class PersonnelController {

    private static final int EMPTY_PERIODS = 2;

    private final PersonnelService personnel;
    private final PersonnelQueries queries;
    private final PersonnelImport imports;
    private final PersonnelLeaders leaders;
    private final FieldVisibility visibility;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final Clock clock;

    PersonnelController(PersonnelService personnel, PersonnelQueries queries, PersonnelImport imports,
                        PersonnelLeaders leaders, FieldVisibility visibility, RequestTransactions requests,
                        Refusals refusals, Clock clock) {
        this.personnel = personnel;
        this.queries = queries;
        this.imports = imports;
        this.leaders = leaders;
        this.visibility = visibility;
        this.requests = requests;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("query") PersonnelQuery query, BindingResult result,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response,
                Locale locale) {
        Audience audience = personnel.audience();
        choices(model);
        model.addAttribute("mayManage", personnel.isOffice());
        model.addAttribute("shown", shown(audience));
        if (result.hasErrors()) {
            refusals.invalid(response);
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "query");
            model.addAttribute("query", PersonnelQuery.all());
            model.addAttribute("error", refusals.message("personnel.validation.query", locale));
            return "personnel/list";
        }
        Page<RecordView> found = queries.search(query, page, "page");
        model.addAttribute("page", found);
        model.addAttribute("previous", link(query, "/personnel", Math.max(page - 1, 0)));
        model.addAttribute("next", link(query, "/personnel", page + 1));
        model.addAttribute("exportLink", link(query, "/personnel/export", -1));
        return "personnel/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@Valid @ModelAttribute("query") PersonnelQuery query, BindingResult result,
                                  Locale locale) {
        if (result.hasErrors()) {
            throw new BusinessRuleException("personnel.validation.query");
        }
        String name = refusals.message("personnel.export.fileName", locale, LocalDate.now(clock).toString());
        return Downloads.attachment(name, queries.export(query, locale));
    }

    @GetMapping("/new")
    String newForm(Model model) {
        requireOffice();
        return form(model, new PersonnelForm(), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") PersonnelForm form, BindingResult result, @RequestKey String key,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireOffice();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, null);
        }
        long id;
        try {
            id = requests.createOnce(PersonnelForm.REQUEST_KIND, key, () -> personnel.create(form), i -> i);
        } catch (BusinessRuleException e) {
            reject(result, e, response);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("personnel.created", locale));
        return "redirect:/personnel/" + id;
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("record", personnel.view(id, "page"));
        model.addAttribute("mayManage", personnel.isOffice());
        return "personnel/show";
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(model, personnel.form(id), id);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") PersonnelForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        personnel.form(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, id);
        }
        try {
            requests.act(() -> personnel.update(id, form), () -> id);
        } catch (BusinessRuleException e) {
            reject(result, e, response);
            return form(model, form, id);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("personnel.saved", locale));
        return "redirect:/personnel/" + id;
    }

    /** The photo: the personnel office uploads it on the record's page; refusals come back on the page. */
    @PostMapping("/{id:\\d+}/photo")
    String uploadPhoto(@PathVariable long id, @RequestParam(required = false) MultipartFile photo, Model model,
                       HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws IOException {
        personnel.form(id);
        if (photo == null || photo.isEmpty()) {
            model.addAttribute("photoError", refusals.invalid("personnel.error.photoNeeded", locale, response));
            return show(id, model);
        }
        try (InputStream in = photo.getInputStream()) {
            requests.act(() -> personnel.photo(id, photo.getOriginalFilename(), in), () -> id);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            model.addAttribute("photoError", refusals.message(e.messageKey(), locale, e.arguments()));
            return show(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("personnel.photoSaved", locale));
        return "redirect:/personnel/" + id;
    }

    @GetMapping("/{id:\\d+}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        PersonnelService.StoredPhoto photo = personnel.openPhoto(id);
        return Downloads.inline(photo.name(), photo.content());
    }

    @GetMapping("/{id:\\d+}/history")
    String history(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("record", personnel.view(id, "history"));
        model.addAttribute("changes", personnel.history(id, locale));
        return "personnel/history";
    }

    @GetMapping("/import")
    String importForm() {
        requireOffice();
        return "personnel/import";
    }

    @PostMapping("/import")
    String importWorkbook(@RequestParam(required = false) MultipartFile file, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, Locale locale)
            throws IOException {
        requireOffice();
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", refusals.invalid("personnel.import.fileNeeded", locale, response));
            return "personnel/import";
        }
        PersonnelImport.Report report;
        try (InputStream in = file.getInputStream()) {
            report = imports.importWorkbook(in, locale);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e.messageKey(), locale, e.arguments()));
            return "personnel/import";
        }
        if (!report.succeeded()) {
            refusals.invalid(response);
            model.addAttribute("report", report);
            return "personnel/import";
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("personnel.import.done", locale,
                report.imported()));
        return "redirect:/personnel";
    }

    @GetMapping("/leaders")
    String leadersPage(Model model) {
        model.addAttribute("named", leaders.named());
        model.addAttribute("people", personnel.people());
        return "personnel/leaders";
    }

    @PostMapping("/leaders")
    String nameLeaders(@RequestParam(name = "leader", required = false) List<String> named, Model model,
                       HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            requests.act(() -> leaders.name(named == null ? List.of() : named), () -> 0);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e.messageKey(), locale, e.arguments()));
            return leadersPage(model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("personnel.leaders.saved", locale));
        return "redirect:/personnel/leaders";
    }

    @GetMapping("/visibility")
    String visibilityPage(Model model) {
        if (!visibility.maySet()) {
            throw new AccessDeniedException("only the security administrator");
        }
        model.addAttribute("audiences", visibility.audiences());
        model.addAttribute("fields", PersonnelField.values());
        model.addAttribute("levels", Audience.values());
        return "personnel/visibility";
    }

    @PostMapping("/visibility")
    String setVisibility(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                         RedirectAttributes redirect, Locale locale) {
        Map<PersonnelField, Audience> requested = new EnumMap<>(PersonnelField.class);
        for (PersonnelField field : PersonnelField.values()) {
            String value = params.get("field." + field.name());
            if (value != null && !value.isBlank()) {
                try {
                    requested.put(field, Audience.valueOf(value));
                } catch (IllegalArgumentException e) {
                    throw new BusinessRuleException("personnel.error.audience");
                }
            }
        }
        try {
            requests.act(() -> visibility.set(requested), () -> 0);
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e.messageKey(), locale, e.arguments()));
            return visibilityPage(model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("personnel.visibility.saved", locale));
        return "redirect:/personnel/visibility";
    }

    private String form(Model model, PersonnelForm form, Long id) {
        List<PersonnelForm.Period> periods = new ArrayList<>(form.getWorkHistory());
        for (int i = 0; i < EMPTY_PERIODS; i++) {
            periods.add(new PersonnelForm.Period());
        }
        form.setWorkHistory(periods);
        model.addAttribute("form", form);
        model.addAttribute("recordId", id);
        model.addAttribute("departments", personnel.departments());
        model.addAttribute("people", personnel.people());
        choices(model);
        return "personnel/form";
    }

    private void choices(Model model) {
        model.addAttribute("departments", personnel.departments());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("politicalStatuses", PoliticalStatus.values());
        model.addAttribute("educations", Education.values());
    }

    /** The fields the current user sees, by name, for the page to show its filters and columns. */
    private Map<String, Boolean> shown(Audience audience) {
        Map<PersonnelField, Audience> audiences = visibility.audiences();
        Map<String, Boolean> shown = new HashMap<>();
        audiences.forEach((field, level) -> shown.put(field.name(), audience.covers(level)));
        return shown;
    }

    private void reject(BindingResult form, BusinessRuleException e, HttpServletResponse response) {
        refusals.reject(form, e, response);
        response.setStatus(e.status().value());
    }

    private void requireOffice() {
        if (!personnel.isOffice()) {
            throw new AccessDeniedException("not the personnel office");
        }
    }

    private static String link(PersonnelQuery q, String path, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        param(b, "departmentId", q.departmentId());
        param(b, "name", q.name());
        param(b, "sex", q.sex());
        param(b, "ethnicity", q.ethnicity());
        param(b, "politicalStatus", q.politicalStatus());
        param(b, "education", q.education());
        param(b, "title", q.title());
        param(b, "post", q.post());
        param(b, "school", q.school());
        param(b, "idNumber", q.idNumber());
        if (page >= 0) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder b, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value);
        }
    }
}
