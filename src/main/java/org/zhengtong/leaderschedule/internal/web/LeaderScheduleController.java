package org.zhengtong.leaderschedule.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.zhengtong.leaderschedule.internal.DayPart;
import org.zhengtong.leaderschedule.internal.EntryForm;
import org.zhengtong.leaderschedule.internal.LeaderScheduleProperties;
import org.zhengtong.leaderschedule.internal.LeaderSchedules;
import org.zhengtong.leaderschedule.internal.Views.WeekTable;
import org.zhengtong.leaderschedule.internal.Visibility;
import org.zhengtong.leaderschedule.internal.WeekDownloads;
import org.zhengtong.leaderschedule.internal.Weeks;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.Refusals;

/**
 * 领导日程安排 ({@code /leaders/schedule}): the unit's week as the 领导活动安排表 (page, PDF, Excel), an entry, the
 * form of an entry for those who keep the leader's schedule, and the leaders' settings for the unit's office.
 * Refusals show the form again: 400 for invalid input, 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/leaders/schedule")
class LeaderScheduleController {

    private final LeaderSchedules schedules;
    private final WeekDownloads downloads;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final LeaderScheduleProperties properties;
    private final Clock clock;

    LeaderScheduleController(LeaderSchedules schedules, WeekDownloads downloads, RequestTransactions requests,
                             Refusals refusals, LeaderScheduleProperties properties, Clock clock) {
        this.schedules = schedules;
        this.downloads = downloads;
        this.requests = requests;
        this.refusals = refusals;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String week(@RequestParam(required = false)
                @Pattern(regexp = Weeks.PATTERN, message = "{leaderschedule.validation.week}") String week,
                @RequestParam(required = false) Long unit, Model model) {
        WeekTable table = schedules.week(unit, day(week));
        model.addAttribute("week", table);
        model.addAttribute("editableLeaders", schedules.editableLeaders());
        model.addAttribute("mayManage", schedules.mayManage());
        return "leaderschedule/week";
    }

    @GetMapping("/week.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false)
                               @Pattern(regexp = Weeks.PATTERN, message = "{leaderschedule.validation.week}") String week,
                               @RequestParam(required = false) Long unit) {
        return downloads.pdf(unit, day(week));
    }

    @GetMapping("/week.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false)
                                @Pattern(regexp = Weeks.PATTERN, message = "{leaderschedule.validation.week}") String week,
                                @RequestParam(required = false) Long unit) {
        return downloads.xlsx(unit, day(week));
    }

    @GetMapping("/entries/new")
    String newEntry(@RequestParam(required = false) String leader,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(required = false) DayPart dayPart, Model model) {
        LocalDate day = date != null ? date : LocalDate.now(clock);
        DayPart part = dayPart != null ? dayPart : DayPart.TIMED;
        model.addAttribute("form", new EntryForm(leader, part, day.atTime(9, 0), day.atTime(10, 0), day, null,
                null, null, List.of(), null, Visibility.PUBLIC, properties.reminderMinutes()));
        return form(model, null);
    }

    @PostMapping("/entries")
    String create(@Valid @ModelAttribute("form") EntryForm form, BindingResult result, @RequestKey String key,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            return invalid(result, model, response, locale, null);
        }
        long id;
        try {
            id = requests.createOnce(EntryForm.REQUEST_KIND, key, () -> schedules.create(form), Long::valueOf);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("leaderschedule.saved", locale));
        return "redirect:/leaders/schedule/entries/" + id;
    }

    @GetMapping("/entries/{id}")
    String entry(@PathVariable long id, Model model) {
        model.addAttribute("entry", schedules.entry(id));
        return "leaderschedule/entry";
    }

    @GetMapping("/entries/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", schedules.form(id));
        return form(model, id);
    }

    @PostMapping("/entries/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EntryForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            return invalid(result, model, response, locale, id);
        }
        try {
            requests.act(() -> schedules.update(id, form), () -> id);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, id);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("leaderschedule.saved", locale));
        return "redirect:/leaders/schedule/entries/" + id;
    }

    @PostMapping("/entries/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        var entry = schedules.entry(id);
        requests.act(() -> schedules.delete(id), () -> id);
        redirect.addFlashAttribute("flashMessage", refusals.message("leaderschedule.deleted", locale));
        return "redirect:/leaders/schedule?week=" + Weeks.of(entry.start().toLocalDate()) + "&unit=" + entry.unitId();
    }

    @GetMapping("/settings")
    String settings(Model model) {
        model.addAttribute("settings", schedules.settings(null));
        model.addAttribute("people", schedules.colleagues());
        return "leaderschedule/settings";
    }

    @PostMapping("/settings/{leader}")
    String updateSetting(@PathVariable String leader, @RequestParam(required = false) List<String> editors,
                         @RequestParam(required = false) List<String> viewers, Model model,
                         HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            requests.act(() -> schedules.updateSetting(leader, editors, viewers), () -> leader);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return settings(model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("leaderschedule.settingSaved", locale));
        return "redirect:/leaders/schedule/settings";
    }

    private LocalDate day(String week) {
        return week == null || week.isBlank() ? LocalDate.now(clock) : Weeks.monday(week);
    }

    private String invalid(BindingResult result, Model model, HttpServletResponse response, Locale locale, Long id) {
        refusals.invalid(response);
        if (result.getTarget() == null) {
            // a time or choice that could not be read leaves no form object to show again
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("form", new EntryForm(null, DayPart.TIMED, today.atTime(9, 0), today.atTime(10, 0),
                    today, null, null, null, List.of(), null, Visibility.PUBLIC, properties.reminderMinutes()));
            model.addAttribute("error", refusals.message("leaderschedule.validation.unreadable", locale));
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        model.addAttribute("entryId", id);
        model.addAttribute("leaders", schedules.editableLeaders());
        model.addAttribute("people", schedules.colleagues());
        model.addAttribute("dayParts", DayPart.values());
        model.addAttribute("visibilities", Visibility.values());
        return "leaderschedule/form";
    }
}
