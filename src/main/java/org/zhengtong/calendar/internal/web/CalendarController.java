package org.zhengtong.calendar.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.calendar.EntryType;
import org.zhengtong.calendar.internal.CalendarEntry;
import org.zhengtong.calendar.internal.CalendarSharing;
import org.zhengtong.calendar.internal.EntryForm;
import org.zhengtong.calendar.internal.MyCalendar;
import org.zhengtong.calendar.internal.Occurrence;
import org.zhengtong.calendar.internal.OccurrenceForm;
import org.zhengtong.calendar.internal.Repeat;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/**
 * 日程 ({@code /calendar}): the day, week and month views (FullCalendar, fed by {@code /calendar/events}), an entry,
 * its form and the form of one occurrence, and the query by period, type and text; one's own calendar or one shared
 * with one ({@code ?of=}). Refusals show the form again: 400 for invalid input, 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/calendar")
class CalendarController {

    private static final Map<String, String> VIEWS = Map.of("month", "dayGridMonth", "week", "timeGridWeek",
            "day", "timeGridDay", "list", "listWeek");

    private final MyCalendar calendar;
    private final CalendarSharing sharing;
    private final OrgDirectory directory;
    private final RequestTransactions transactions;
    private final Refusals refusals;
    private final Clock clock;

    CalendarController(MyCalendar calendar, CalendarSharing sharing, OrgDirectory directory,
                       RequestTransactions transactions, Refusals refusals, Clock clock) {
        this.calendar = calendar;
        this.sharing = sharing;
        this.directory = directory;
        this.transactions = transactions;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String index(@RequestParam(required = false) String of, @RequestParam(defaultValue = "week") String view,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 Model model) {
        String owner = calendar.readable(of);
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("owner", owner);
        model.addAttribute("own", owner.equals(calendar.me()));
        model.addAttribute("ownerName", directory.nameOf(owner));
        model.addAttribute("sharedWithMe", sharing.sharedWithMe());
        model.addAttribute("types", EntryType.values());
        model.addAttribute("view", VIEWS.getOrDefault(view, "timeGridWeek"));
        model.addAttribute("date", day);
        model.addAttribute("now", LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("weekStart", monday);
        // the week as a list, for browsers without JavaScript
        model.addAttribute("week", calendar.occurrences(owner, monday.atStartOfDay(),
                monday.plusDays(7).atStartOfDay(), null, null));
        return "calendar/index";
    }

    /** FullCalendar's event source: the occurrences between start and end, as local times of the application. */
    @GetMapping(path = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, Object>> events(@RequestParam(required = false) String of,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                     LocalDateTime start,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                     LocalDateTime end,
                                     @RequestParam(required = false) EntryType type,
                                     @RequestParam(required = false) String q) {
        return calendar.occurrences(of, start, end, type, q).stream().map(CalendarController::event).toList();
    }

    private static Map<String, Object> event(Occurrence o) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", o.entryId() + ":" + o.date());
        event.put("title", o.title());
        event.put("start", o.allDay() ? o.start().toLocalDate().toString() : o.start().toString());
        event.put("end", o.allDay() ? o.end().toLocalDate().toString() : o.end().toString());
        event.put("allDay", o.allDay());
        event.put("backgroundColor", o.type().colour());
        event.put("borderColor", o.type().colour());
        event.put("url", UriComponentsBuilder.fromPath("/calendar/entries/{id}").queryParam("date", o.date())
                .buildAndExpand(o.entryId()).toUriString());
        event.put("classNames", o.busyOnly() ? List.of("zt-busy") : List.of());
        return event;
    }

    @GetMapping("/new")
    String newEntry(@RequestParam(required = false) String start, @RequestParam(required = false) String end,
                    @RequestParam(defaultValue = "false") boolean allDay, Model model) {
        calendar.me();
        LocalDateTime from = parsed(start);
        LocalDateTime to = parsed(end);
        if (from == null) {
            from = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        }
        if (to == null || !to.isAfter(from)) {
            to = allDay ? from.plusDays(1) : from.plusHours(1);
        }
        EntryForm form = allDay
                ? EntryForm.startingAt(from.toLocalDate(), null, null, true, to.toLocalDate().minusDays(1)
                        .isBefore(from.toLocalDate()) ? from.toLocalDate() : to.toLocalDate().minusDays(1))
                : EntryForm.startingAt(from.toLocalDate(), from.toLocalTime(), to.toLocalTime(), false,
                        to.toLocalDate());
        return form(model, form, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") EntryForm form, BindingResult errors, @RequestKey String key,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (errors.hasErrors()) {
            return invalid(model, errors, null, response, locale);
        }
        long id;
        try {
            id = transactions.createOnce(EntryForm.REQUEST_KIND, key, () -> calendar.create(form), saved -> saved);
        } catch (BusinessRuleException e) {
            refusals.reject(errors, e, response);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("calendar.saved", locale));
        return "redirect:/calendar?date=" + form.startDate() + "#entry-" + id;
    }

    @GetMapping("/entries/{id}")
    String entry(@PathVariable long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 Model model) {
        CalendarEntry entry = calendar.entry(id);
        model.addAttribute("entry", entry);
        model.addAttribute("occurrence", calendar.occurrence(id, date));
        model.addAttribute("own", entry.getOwner().equals(calendar.me()));
        model.addAttribute("masked", calendar.masked(entry));
        model.addAttribute("ownerName", directory.nameOf(entry.getOwner()));
        return "calendar/entry";
    }

    @GetMapping("/entries/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(model, calendar.form(id), calendar.ownEntry(id));
    }

    @PostMapping("/entries/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EntryForm form, BindingResult errors,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        CalendarEntry entry = calendar.ownEntry(id);
        if (errors.hasErrors()) {
            return invalid(model, errors, entry, response, locale);
        }
        try {
            calendar.update(id, form);
        } catch (BusinessRuleException e) {
            refusals.reject(errors, e, response);
            return form(model, form, entry);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("calendar.saved", locale));
        return "redirect:/calendar/entries/" + id;
    }

    @PostMapping("/entries/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        calendar.delete(id);
        redirect.addFlashAttribute("flashMessage", refusals.message("calendar.deleted", locale));
        return "redirect:/calendar";
    }

    @GetMapping("/entries/{id}/occurrences/{date}/edit")
    String editOccurrence(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                          LocalDate date, Model model) {
        calendar.ownEntry(id);
        Occurrence o = calendar.occurrence(id, date);
        return occurrenceForm(model, new OccurrenceForm(o.title(), o.location(), o.description(),
                o.start().toLocalDate(), o.allDay() ? null : o.start().toLocalTime(), o.lastDay(),
                o.allDay() ? null : o.end().toLocalTime()), o);
    }

    @PostMapping("/entries/{id}/occurrences/{date}")
    String changeOccurrence(@PathVariable long id,
                            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            @Valid @ModelAttribute("form") OccurrenceForm form, BindingResult errors, Model model,
                            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        calendar.ownEntry(id);
        Occurrence o = calendar.occurrence(id, date);
        if (errors.hasErrors()) {
            refusals.invalid(response);
            if (errors.getTarget() == null) {
                model.addAttribute("error", refusals.message("calendar.error.unreadable", locale));
                return occurrenceForm(model, new OccurrenceForm(o.title(), o.location(), o.description(),
                        o.start().toLocalDate(), null, o.lastDay(), null), o);
            }
            return occurrenceForm(model, form, o);
        }
        try {
            calendar.changeOccurrence(id, date, form);
        } catch (BusinessRuleException e) {
            refusals.reject(errors, e, response);
            return occurrenceForm(model, form, o);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("calendar.saved", locale));
        return "redirect:/calendar/entries/" + id + "?date=" + date;
    }

    @PostMapping("/entries/{id}/occurrences/{date}/cancel")
    String cancelOccurrence(@PathVariable long id,
                            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            RedirectAttributes redirect, Locale locale) {
        calendar.cancelOccurrence(id, date);
        redirect.addFlashAttribute("flashMessage", refusals.message("calendar.occurrenceCancelled", locale));
        return "redirect:/calendar/entries/" + id;
    }

    @PostMapping("/entries/{id}/occurrences/{date}/restore")
    String restoreOccurrence(@PathVariable long id,
                             @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.restoreOccurrence(id, date);
        return "redirect:/calendar/entries/" + id + "?date=" + date;
    }

    /** 日程查询: a period (a month from today by default), a type and text. */
    @GetMapping("/search")
    String search(@RequestParam(required = false) String of,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) EntryType type, @RequestParam(required = false) String q,
                  Model model, HttpServletResponse response, Locale locale) {
        String owner = calendar.readable(of);
        LocalDate first = from == null ? LocalDate.now(clock) : from;
        LocalDate last = to == null ? first.plusMonths(1) : to;
        model.addAttribute("owner", owner);
        model.addAttribute("own", owner.equals(calendar.me()));
        model.addAttribute("ownerName", directory.nameOf(owner));
        model.addAttribute("sharedWithMe", sharing.sharedWithMe());
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("type", type);
        model.addAttribute("q", q);
        model.addAttribute("types", EntryType.values());
        try {
            model.addAttribute("results", calendar.occurrences(owner, first.atStartOfDay(),
                    last.plusDays(1).atStartOfDay(), type, q));
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", refusals.message(e.messageKey(), locale, e.arguments()));
            model.addAttribute("results", List.of());
        }
        return "calendar/search";
    }

    private String invalid(Model model, BindingResult errors, CalendarEntry entry, HttpServletResponse response,
                           Locale locale) {
        refusals.invalid(response);
        if (errors.getTarget() == null) {
            // a date, time or type that could not be read leaves no form object to show again
            model.addAttribute("error", refusals.message("calendar.error.unreadable", locale));
            return form(model, EntryForm.startingAt(LocalDate.now(clock), LocalTime.of(9, 0), LocalTime.of(10, 0),
                    false, LocalDate.now(clock)), entry);
        }
        return form(model, (EntryForm) errors.getTarget(), entry);
    }

    private String form(Model model, EntryForm form, CalendarEntry entry) {
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        model.addAttribute("types", EntryType.values());
        model.addAttribute("repeats", Repeat.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("reminderChoices", EntryForm.REMINDER_CHOICES);
        return "calendar/form";
    }

    private String occurrenceForm(Model model, OccurrenceForm form, Occurrence occurrence) {
        model.addAttribute("form", form);
        model.addAttribute("occurrence", occurrence);
        return "calendar/occurrence";
    }

    /** A date or date-time as FullCalendar writes it (2026-12-07, 2026-12-07T09:00:00Z), or null. */
    private static LocalDateTime parsed(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay();
            }
            return LocalDateTime.parse(text.substring(0, 19));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}
