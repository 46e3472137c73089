package org.zhengtong.vehicle.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.vehicle.internal.BookingForm;
import org.zhengtong.vehicle.internal.VehicleBookingService;
import org.zhengtong.vehicle.internal.BookingStatus;
import org.zhengtong.vehicle.internal.BookingView;
import org.zhengtong.vehicle.internal.FleetService;
import org.zhengtong.vehicle.internal.TripForms;
import org.zhengtong.vehicle.internal.TripScope;
import org.zhengtong.vehicle.internal.VehicleStatistics;
import org.zhengtong.workflow.TaskActions;

/**
 * 用车 ({@code /vehicle}): one's own bookings (and, for the fleet managers and the unit's leaders, the unit's, by
 * status), one's trips as a driver, a new booking, a booking's page with the approval's task actions (派车 is the
 * task panel's choice of car and driver), 出车 and 还车, cancelling, and the month's statistics with the export.
 * Refusals show the page again: 400 for invalid input, 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/vehicle")
class BookingController {

    private final VehicleBookingService bookings;
    private final FleetService fleet;
    private final VehicleStatistics statistics;
    private final TaskActions taskActions;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final Clock clock;

    BookingController(VehicleBookingService bookings, FleetService fleet, VehicleStatistics statistics,
                      TaskActions taskActions, RequestTransactions requests, Refusals refusals,
                      Clock clock) {
        this.bookings = bookings;
        this.fleet = fleet;
        this.statistics = statistics;
        this.taskActions = taskActions;
        this.requests = requests;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String home() {
        return "redirect:/vehicle/bookings";
    }

    @GetMapping("/bookings")
    String list(@RequestParam(required = false) BookingStatus status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("mine", bookings.mine());
        model.addAttribute("trips", bookings.myTrips());
        model.addAttribute("statuses", BookingStatus.values());
        model.addAttribute("status", status);
        if (bookings.mayReadUnit()) {
            Page<BookingView> unit = bookings.unit(status, page);
            model.addAttribute("unit", unit);
            model.addAttribute("previous", link(status, Math.max(page - 1, 0)));
            model.addAttribute("next", link(status, page + 1));
        }
        model.addAttribute("mayManage", bookings.mayManage());
        return "vehicle/bookings";
    }

    @GetMapping("/bookings/new")
    String newForm(Model model) {
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(9);
        return form(model, new BookingForm(TripScope.LOCAL, start, start.plusHours(4), null, 1, null));
    }

    @PostMapping("/bookings")
    String book(@Valid @ModelAttribute("form") BookingForm form, BindingResult result, @RequestKey String key,
                Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form);
        }
        long id;
        try {
            id = requests.createOnce(BookingForm.REQUEST_KIND, key, () -> bookings.book(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("vehicle.booked", locale));
        return "redirect:/vehicle/bookings/" + id;
    }

    @GetMapping("/bookings/{id}")
    String show(@PathVariable long id, Model model) {
        BookingView booking = bookings.view(id);
        model.addAttribute("booking", booking);
        model.addAttribute("panel", taskActions.panel(booking.businessKey(), booking.processInstanceId()));
        model.addAttribute("mayRecordTrip", bookings.mayRecordTrip(id));
        model.addAttribute("history", bookings.history(id));
        model.addAttribute("mayCancel", bookings.mayCancel(id));
        model.addAttribute("carMileage", booking.carId() == null ? null
                : String.valueOf(fleet.car(booking.carId()).mileage()));
        if (!model.containsAttribute("departure")) {
            model.addAttribute("departure", new TripForms.Departure(null));
        }
        if (!model.containsAttribute("back")) {
            model.addAttribute("back", new TripForms.Return(null, null, null, null));
        }
        return "vehicle/booking";
    }

    @PostMapping("/bookings/{id}/departure")
    String depart(@PathVariable long id, @Valid @ModelAttribute("departure") TripForms.Departure departure,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect,
                  Locale locale) {
        bookings.view(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return show(id, model);
        }
        try {
            bookings.depart(id, departure);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return show(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("vehicle.departed", locale));
        return "redirect:/vehicle/bookings/" + id;
    }

    @PostMapping("/bookings/{id}/return")
    String giveBack(@PathVariable long id, @Valid @ModelAttribute("back") TripForms.Return back,
                    BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect,
                    Locale locale) {
        bookings.view(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return show(id, model);
        }
        try {
            bookings.returned(id, back);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return show(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("vehicle.returned", locale));
        return "redirect:/vehicle/bookings/" + id;
    }

    @PostMapping("/bookings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
                  Locale locale) {
        bookings.cancel(id, reason);
        redirect.addFlashAttribute("flashMessage", refusals.message("vehicle.cancelled", locale));
        return "redirect:/vehicle/bookings/" + id;
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                      Model model, HttpServletResponse response, Locale locale) {
        try {
            model.addAttribute("report", statistics.month(month));
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
        }
        model.addAttribute("month", month == null ? YearMonth.now(clock) : month);
        return "vehicle/statistics";
    }

    @GetMapping("/statistics/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                  Locale locale) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        byte[] workbook = statistics.export(shown, locale);
        return Downloads.attachment(refusals.message("vehicle.export.fileName", locale, shown.toString()), workbook);
    }

    private String form(Model model, BookingForm form) {
        model.addAttribute("form", form);
        model.addAttribute("scopes", TripScope.values());
        model.addAttribute("cars", fleet.cars());
        return "vehicle/booking-form";
    }

    private static String link(BookingStatus status, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/vehicle/bookings");
        if (status != null) {
            uri.queryParam("status", status);
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
