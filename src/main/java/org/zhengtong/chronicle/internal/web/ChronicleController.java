package org.zhengtong.chronicle.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import org.zhengtong.chronicle.internal.Category;
import org.zhengtong.chronicle.internal.ChronicleDocuments;
import org.zhengtong.chronicle.internal.ChronicleService;
import org.zhengtong.chronicle.internal.ChronicleViews;
import org.zhengtong.chronicle.internal.EntryForm;
import org.zhengtong.chronicle.internal.LinkKind;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.Workflow;

/**
 * 大事记 ({@code /chronicles}): the unit's published chronicle of a year by month, with its PDF and Word exports;
 * 报送 and 我的报送; an entry's page (the review's task actions and trail; 修改并重新报送 when returned); the office's
 * view of every entry of the year with 发布; the city's chronicle, where the city office takes units' published
 * entries in. Refusals show the form again: 400 for invalid input, 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/chronicles")
class ChronicleController {

    private final ChronicleService chronicles;
    private final ChronicleDocuments documents;
    private final ChronicleViews views;
    private final CurrentUsers currentUsers;
    private final TaskActions taskActions;
    private final Workflow workflow;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final Clock clock;

    ChronicleController(ChronicleService chronicles, ChronicleDocuments documents, ChronicleViews views,
                        CurrentUsers currentUsers, TaskActions taskActions, Workflow workflow,
                        RequestTransactions requests, Refusals refusals, Clock clock) {
        this.chronicles = chronicles;
        this.documents = documents;
        this.views = views;
        this.currentUsers = currentUsers;
        this.taskActions = taskActions;
        this.workflow = workflow;
        this.requests = requests;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = currentUsers.current();
        ChronicleService.Period period = chronicles.yearOrThis(year);
        model.addAttribute("months", views.months(chronicles.published(period, user), user));
        common(model, period, user);
        model.addAttribute("owner", user.unitName());
        model.addAttribute("city", false);
        return "chronicle/year";
    }

    @GetMapping("/city")
    String city(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = currentUsers.current();
        ChronicleService.Period period = chronicles.yearOrThis(year);
        model.addAttribute("months", views.months(chronicles.city(period, user), user));
        common(model, period, user);
        model.addAttribute("owner", documents.cityName());
        model.addAttribute("city", true);
        model.addAttribute("collectable", chronicles.mayCollectCity(user)
                ? views.views(chronicles.collectable(period, user), user) : null);
        return "chronicle/year";
    }

    private void common(Model model, ChronicleService.Period period, CurrentUser user) {
        int year = period.from().getYear();
        model.addAttribute("year", year);
        model.addAttribute("previousYear", year - 1);
        model.addAttribute("nextYear", year < LocalDate.now(clock).getYear() ? year + 1 : null);
        model.addAttribute("mayManage", chronicles.mayManage(user));
    }

    @GetMapping("/mine")
    String mine(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("entries", views.views(chronicles.mine(user), user));
        return "chronicle/mine";
    }

    @GetMapping("/manage")
    String manage(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = currentUsers.current();
        ChronicleService.Period period = chronicles.yearOrThis(year);
        model.addAttribute("entries", views.views(chronicles.unitEntries(period, user), user));
        model.addAttribute("year", period.from().getYear());
        return "chronicle/manage";
    }

    @PostMapping("/publish")
    String publish(@RequestParam int year, RedirectAttributes redirect, Locale locale) {
        int published = chronicles.publish(year, currentUsers.current());
        redirect.addFlashAttribute("flashMessage", refusals.message("chronicle.published", locale, published, year));
        return "redirect:/chronicles/manage?year=" + year;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, EntryForm.empty(LocalDate.now(clock)), null);
    }

    @PostMapping
    String submit(@ModelAttribute("form") EntryForm form, BindingResult result, @RequestKey String key, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, null);
        }
        long id;
        try {
            id = requests.createOnce(EntryForm.REQUEST_KIND, key,
                    () -> chronicles.submit(form, currentUsers.current()), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            response.setStatus(e.status().value());
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("chronicle.submitted", locale));
        return "redirect:/chronicles/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        ChronicleViews.View entry = views.view(chronicles.readable(id, user), user);
        model.addAttribute("entry", entry);
        model.addAttribute("mayCollectCity", chronicles.mayCollectCity(user));
        model.addAttribute("panel", entry.processInstanceId() == null ? null
                : taskActions.panel("chronicle:" + id, entry.processInstanceId()));
        model.addAttribute("trail", entry.processInstanceId() == null ? java.util.List.of()
                : workflow.trail(entry.processInstanceId()));
        return "chronicle/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        ChronicleViews.View entry = views.view(chronicles.readable(id, user), user);
        if (!entry.editable()) {
            throw new BusinessRuleException("chronicle.error.notEditable");
        }
        return form(model, chronicles.form(id, user), id);
    }

    @PostMapping("/{id}")
    String resubmit(@PathVariable long id, @ModelAttribute("form") EntryForm form, BindingResult result,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, id);
        }
        try {
            requests.act(() -> chronicles.resubmit(id, form, currentUsers.current()), () -> id);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            response.setStatus(e.status().value());
            return form(model, form, id);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("chronicle.resubmitted", locale));
        return "redirect:/chronicles/" + id;
    }

    @PostMapping("/{id}/city")
    String include(@PathVariable long id, @RequestParam(defaultValue = "true") boolean included,
                   @RequestParam(required = false) Integer year, RedirectAttributes redirect, Locale locale) {
        chronicles.includeInCity(id, included, currentUsers.current());
        redirect.addFlashAttribute("flashMessage", refusals.message(
                included ? "chronicle.city.included" : "chronicle.city.excluded", locale));
        return year == null ? "redirect:/chronicles/" + id : "redirect:/chronicles/city?year=" + year;
    }

    @GetMapping("/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ChronicleDocuments.File file = documents.unit(year, from, to, ChronicleDocuments.Format.of(format),
                currentUsers.current());
        return Downloads.attachment(file.name(), file.content());
    }

    @GetMapping("/city/export.{format}")
    ResponseEntity<byte[]> exportCity(@PathVariable String format, @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ChronicleDocuments.File file = documents.city(year, from, to, ChronicleDocuments.Format.of(format),
                currentUsers.current());
        return Downloads.attachment(file.name(), file.content());
    }

    private String form(Model model, EntryForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("entryId", id);
        model.addAttribute("categories", Category.values());
        model.addAttribute("linkKinds", LinkKind.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "chronicle/form";
    }
}
