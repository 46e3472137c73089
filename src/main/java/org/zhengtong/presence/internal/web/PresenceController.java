package org.zhengtong.presence.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.Refusals;
import org.zhengtong.presence.internal.AbsenceForm;
import org.zhengtong.presence.internal.AbsenceKind;
import org.zhengtong.presence.internal.AbsenceService;
import org.zhengtong.presence.internal.Whereabouts;
import org.zhengtong.workflow.Delegations;

/**
 * 外出登记 ({@code /presence}): one's own registrations, a new one and 返回登记; 本科室外出 for everyone in a
 * department; 外出情况查询 for leaders and department heads. Refusals show the page again: 400 for invalid input,
 * 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/presence")
class PresenceController {

    private final AbsenceService absences;
    private final Whereabouts whereabouts;
    private final Delegations delegations;
    private final CurrentUsers currentUsers;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final Clock clock;

    PresenceController(AbsenceService absences, Whereabouts whereabouts, Delegations delegations,
                       CurrentUsers currentUsers, RequestTransactions requests, Refusals refusals, Clock clock) {
        this.absences = absences;
        this.whereabouts = whereabouts;
        this.delegations = delegations;
        this.currentUsers = currentUsers;
        this.requests = requests;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", newForm());
        return page(model, currentUsers.current().username());
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") AbsenceForm form, BindingResult result, @RequestKey String key,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        String username = currentUsers.current().username();
        if (result.hasErrors()) {
            refusals.invalid(response);
            if (result.getTarget() == null) {
                // a time or kind that could not be read leaves no form object to show again
                model.addAttribute("form", newForm());
                model.addAttribute("error", refusals.message("presence.validation.unreadable", locale));
            }
            return page(model, username);
        }
        try {
            requests.createOnce(AbsenceForm.REQUEST_KIND, key, () -> absences.register(username, form),
                    Long::valueOf);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return page(model, username);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("presence.registered", locale));
        return "redirect:/presence";
    }

    @PostMapping("/{id}/return")
    String registerReturn(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        absences.registerReturn(id, currentUsers.current().username());
        redirect.addFlashAttribute("flashMessage", refusals.message("presence.returned", locale));
        return "redirect:/presence";
    }

    @GetMapping("/department")
    String department(Model model) {
        model.addAttribute("away", whereabouts.departmentAwayNow(currentUsers.current().username()));
        return "presence/department";
    }

    /** 外出情况查询 over the days {@code from} to {@code to}, today by default. */
    @GetMapping("/query")
    String query(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 Model model, HttpServletResponse response, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : today;
        LocalDate end = to != null ? to : start;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("staff", whereabouts.ofStaff(currentUsers.current().username(), start, end));
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
        }
        return "presence/query";
    }

    /** Out from now for two hours, without a stand-in. */
    private AbsenceForm newForm() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        return new AbsenceForm(AbsenceKind.OUT, now, now.plusHours(2), null, null, null, null);
    }

    private String page(Model model, String username) {
        model.addAttribute("kinds", AbsenceKind.values());
        model.addAttribute("standIns", delegations.possibleStandIns(username));
        model.addAttribute("absences", absences.mine(username));
        model.addAttribute("mayQuery", whereabouts.mayQuery(username));
        return "presence/index";
    }
}
