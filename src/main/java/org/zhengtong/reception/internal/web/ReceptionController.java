package org.zhengtong.reception.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.Refusals;
import org.zhengtong.reception.internal.CostForm;
import org.zhengtong.reception.internal.MealKind;
import org.zhengtong.reception.internal.ReceptionForm;
import org.zhengtong.reception.internal.ReceptionLevel;
import org.zhengtong.reception.internal.ReceptionQueries;
import org.zhengtong.reception.internal.ReceptionQuery;
import org.zhengtong.reception.internal.ReceptionService;
import org.zhengtong.reception.internal.ReceptionStatus;
import org.zhengtong.reception.internal.ReceptionView;
import org.zhengtong.workflow.TaskActions;

/**
 * 接待管理 ({@code /receptions}): the combined query with its export, the statistics, registering and changing a
 * reception in 登记, its page with the approval's task actions, submitting, taking back, cancelling and the costs
 * (接待清单). Refusals show the page again: 400 for invalid input, 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/receptions")
class ReceptionController {

    private static final int EMPTY_ROWS = 3;

    private final ReceptionService receptions;
    private final ReceptionQueries queries;
    private final TaskActions taskActions;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final Clock clock;

    ReceptionController(ReceptionService receptions, ReceptionQueries queries, TaskActions taskActions,
                        RequestTransactions requests, Refusals refusals, Clock clock) {
        this.receptions = receptions;
        this.queries = queries;
        this.taskActions = taskActions;
        this.requests = requests;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("query") ReceptionQuery query, BindingResult result,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response,
                Locale locale) {
        model.addAttribute("levels", ReceptionLevel.values());
        model.addAttribute("statuses", ReceptionStatus.values());
        model.addAttribute("departments", receptions.departments());
        model.addAttribute("mayManage", receptions.mayManage());
        if (result.hasErrors()) {
            refusals.invalid(response);
            // the unit's receptions may be read only by those the query admits: ask once, for the 403
            queries.search(ReceptionQuery.all(), 0);
            // a date that could not be read leaves no query to show again
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "query");
            model.addAttribute("query", ReceptionQuery.all());
            model.addAttribute("error", refusals.message("reception.validation.query", locale));
            return "reception/list";
        }
        try {
            Page<ReceptionView> found = queries.search(query, page);
            model.addAttribute("page", found);
            model.addAttribute("previous", link(query, "/receptions", Math.max(page - 1, 0)));
            model.addAttribute("next", link(query, "/receptions", page + 1));
            model.addAttribute("exportLink", link(query, "/receptions/export", -1));
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
        }
        return "reception/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@Valid @ModelAttribute("query") ReceptionQuery query, BindingResult result,
                                  Locale locale) {
        if (result.hasErrors()) {
            throw new BusinessRuleException("reception.validation.query");
        }
        String name = refusals.message("reception.export.fileName", locale, LocalDate.now(clock).toString());
        return Downloads.attachment(name, queries.export(query, locale));
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      Model model, HttpServletResponse response, Locale locale) {
        try {
            model.addAttribute("stats", queries.statistics(from, to));
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            model.addAttribute("from", from);
            model.addAttribute("to", to);
        }
        return "reception/statistics";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        requireManager();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(9);
        ReceptionForm form = new ReceptionForm();
        form.setArrivalAt(start);
        form.setDepartureAt(start.plusHours(8));
        form.setLevel(ReceptionLevel.COUNTY);
        return form(model, form, null);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") ReceptionForm form, BindingResult result, @RequestKey String key,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, null);
        }
        long id;
        try {
            id = requests.createOnce(ReceptionForm.REQUEST_KIND, key, () -> receptions.register(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("reception.registered", locale));
        return "redirect:/receptions/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ReceptionView reception = receptions.view(id);
        model.addAttribute("reception", reception);
        model.addAttribute("mayManage", receptions.mayManage());
        model.addAttribute("panel", taskActions.panel(reception.businessKey(), reception.processInstanceId()));
        model.addAttribute("history", receptions.approvalHistory(id));
        if (!model.containsAttribute("costs")) {
            model.addAttribute("costs", new CostForm(orZero(reception.mealCost()),
                    orZero(reception.accommodationCost()), orZero(reception.transportCost()),
                    orZero(reception.otherCost()), reception.costNote()));
        }
        return "reception/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(model, receptions.form(id), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ReceptionForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        receptions.view(id);
        requireManager();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, id);
        }
        try {
            receptions.update(id, form);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form, id);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("reception.saved", locale));
        return "redirect:/receptions/" + id;
    }

    @PostMapping("/{id}/letter")
    String letter(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            receptions.view(id);
            redirect.addFlashAttribute("flashError", refusals.message("reception.error.letterMissing", locale));
            return "redirect:/receptions/" + id;
        }
        try (InputStream in = file.getInputStream()) {
            receptions.attachLetter(id, file.getOriginalFilename(), in);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("reception.letterAttached", locale));
        return "redirect:/receptions/" + id;
    }

    @GetMapping("/{id}/letter")
    ResponseEntity<byte[]> downloadLetter(@PathVariable long id) {
        ReceptionService.Letter letter = receptions.letter(id);
        return Downloads.attachment(letter.name(), letter.content());
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        boolean approval = receptions.submit(id);
        redirect.addFlashAttribute("flashMessage",
                refusals.message(approval ? "reception.submitted" : "reception.arranged", locale));
        return "redirect:/receptions/" + id;
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        receptions.reopen(id);
        redirect.addFlashAttribute("flashMessage", refusals.message("reception.reopened", locale));
        return "redirect:/receptions/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
                  Locale locale) {
        receptions.cancel(id, reason);
        redirect.addFlashAttribute("flashMessage", refusals.message("reception.cancelled", locale));
        return "redirect:/receptions/" + id;
    }

    @PostMapping("/{id}/costs")
    String costs(@PathVariable long id, @Valid @ModelAttribute("costs") CostForm costs, BindingResult result,
                 Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return show(id, model);
        }
        try {
            receptions.recordCosts(id, costs);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return show(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("reception.costsRecorded", locale));
        return "redirect:/receptions/" + id;
    }

    private String form(Model model, ReceptionForm form, Long id) {
        pad(form);
        model.addAttribute("form", form);
        model.addAttribute("receptionId", id);
        model.addAttribute("levels", ReceptionLevel.values());
        model.addAttribute("mealKinds", MealKind.values());
        model.addAttribute("departments", receptions.departments());
        model.addAttribute("colleagues", receptions.colleagues());
        return "reception/form";
    }

    /** A few empty rows under the filled ones, for the page without script. */
    private static void pad(ReceptionForm form) {
        form.setMembers(new ArrayList<>(form.getMembers()));
        form.setMeals(new ArrayList<>(form.getMeals()));
        form.setAgenda(new ArrayList<>(form.getAgenda()));
        for (int i = 0; i < EMPTY_ROWS; i++) {
            form.getMembers().add(new ReceptionForm.MemberRow());
            form.getMeals().add(new ReceptionForm.MealRow());
            form.getAgenda().add(new ReceptionForm.AgendaRow());
        }
    }

    private void requireManager() {
        if (!receptions.mayManage()) {
            throw new AccessDeniedException("not a reception desk");
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String link(ReceptionQuery query, String path, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (query.from() != null) {
            uri.queryParam("from", query.from());
        }
        if (query.to() != null) {
            uri.queryParam("to", query.to());
        }
        if (query.visitingUnit() != null && !query.visitingUnit().isBlank()) {
            uri.queryParam("visitingUnit", query.visitingUnit());
        }
        if (query.level() != null) {
            uri.queryParam("level", query.level());
        }
        if (query.hostDepartmentId() != null) {
            uri.queryParam("hostDepartmentId", query.hostDepartmentId());
        }
        if (query.status() != null) {
            uri.queryParam("status", query.status());
        }
        if (query.text() != null && !query.text().isBlank()) {
            uri.queryParam("text", query.text());
        }
        if (page >= 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
