package org.zhengtong.platform.internal.holiday;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Refusals;

/**
 * 节假日 ({@code /admin/holidays}): the system administrator keeps the year's 法定节假日 and 调休 working weekends, on
 * which every deadline counted in working days rests.
 */
@Controller
@RequestMapping("/admin/holidays")
@PreAuthorize("hasAuthority('HOLIDAY_MANAGE')")
class HolidayAdminController {

    private final HolidayCalendar calendar;
    private final Refusals refusals;
    private final Clock clock;

    HolidayAdminController(HolidayCalendar calendar, Refusals refusals, Clock clock) {
        this.calendar = calendar;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("days", calendar.year(shown));
        model.addAttribute("kinds", CalendarDay.Kind.values());
        return "admin/holidays";
    }

    @PostMapping
    String set(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @RequestParam(required = false) CalendarDay.Kind kind, @RequestParam(required = false) String name,
               Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            calendar.set(date, kind, name);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.message(e.messageKey(), locale, e.arguments()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(date == null ? null : date.getYear(), model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("holiday.saved", locale, date.toString()));
        return "redirect:/admin/holidays?year=" + date.getYear();
    }

    @PostMapping("/{date}/delete")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  RedirectAttributes redirect, Locale locale) {
        calendar.remove(date);
        redirect.addFlashAttribute("flashMessage", refusals.message("holiday.removed", locale, date.toString()));
        return "redirect:/admin/holidays?year=" + date.getYear();
    }
}
