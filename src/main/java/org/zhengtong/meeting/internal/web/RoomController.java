package org.zhengtong.meeting.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.zhengtong.meeting.internal.BookingForm;
import org.zhengtong.meeting.internal.BookingService;
import org.zhengtong.meeting.internal.MeetingRoom;
import org.zhengtong.meeting.internal.RoomBooking;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.TaskActions;

/**
 * 会议室 pages: the rooms one sees, a manager's room form, the week and day occupancy, booking a room (a clash
 * refused on the page) and a booking's page with its approval's task actions.
 */
@Controller
@RequestMapping("/meetings")
class RoomController {

    private final RoomService rooms;
    private final BookingService bookings;
    private final TaskActions taskActions;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final Clock clock;

    RoomController(RoomService rooms, BookingService bookings, TaskActions taskActions, RequestTransactions requests,
                   Refusals refusals, CurrentUsers currentUsers, OrgDirectory directory, Clock clock) {
        this.rooms = rooms;
        this.bookings = bookings;
        this.taskActions = taskActions;
        this.requests = requests;
        this.refusals = refusals;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/rooms")
    String rooms(Model model) {
        model.addAttribute("rooms", rooms.visible());
        model.addAttribute("manager", rooms.manager());
        model.addAttribute("unit", currentUsers.current().unitId());
        model.addAttribute("names", names(rooms.visible().stream().map(MeetingRoom::getKeeper).toList()));
        model.addAttribute("myBookings", bookings.mine().stream().limit(20).toList());
        model.addAttribute("roomNames", roomNames());
        return "meeting/rooms";
    }

    @GetMapping("/rooms/new")
    String newRoom(Model model) {
        requireManager();
        return roomForm(model, new RoomPageForm(), null);
    }

    @PostMapping("/rooms")
    String createRoom(@Valid @ModelAttribute("form") RoomPageForm form, BindingResult result,
                      @RequestKey String key, Model model, HttpServletResponse response,
                      RedirectAttributes redirect, Locale locale) {
        requireManager();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return roomForm(model, form, null);
        }
        try {
            requests.createOnce("meeting.room.page", key, () -> rooms.create(form.toForm()), id -> id);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return roomForm(model, form, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.roomSaved", locale));
        return "redirect:/meetings/rooms";
    }

    @GetMapping("/rooms/{id:\\d+}/edit")
    String editRoom(@PathVariable long id, Model model) {
        MeetingRoom room = rooms.room(id);
        requireManager();
        return roomForm(model, RoomPageForm.of(room), id);
    }

    @PostMapping("/rooms/{id:\\d+}")
    String updateRoom(@PathVariable long id, @Valid @ModelAttribute("form") RoomPageForm form, BindingResult result,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        rooms.room(id);
        requireManager();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return roomForm(model, form, id);
        }
        try {
            requests.act(() -> rooms.update(id, form.toForm()), () -> id);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return roomForm(model, form, id);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.roomSaved", locale));
        return "redirect:/meetings/rooms";
    }

    /** The room's photo: a manager uploads it on the room's page; refusals come back on the page (400/409). */
    @PostMapping("/rooms/{id:\\d+}/photo")
    String uploadPhoto(@PathVariable long id, @RequestParam(required = false) MultipartFile photo, Model model,
                       HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws IOException {
        MeetingRoom room = rooms.room(id);
        requireManager();
        if (photo == null || photo.isEmpty()) {
            model.addAttribute("photoError", refusals.invalid("meeting.error.photoNeeded", locale, response));
            return roomForm(model, RoomPageForm.of(room), id);
        }
        try (InputStream in = photo.getInputStream()) {
            requests.act(() -> rooms.photo(id, photo.getOriginalFilename(), in), () -> id);
        } catch (BusinessRuleException e) {
            model.addAttribute("photoError", refusals.conflict(e, locale, response));
            return roomForm(model, RoomPageForm.of(room), id);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.photoSaved", locale));
        return "redirect:/meetings/rooms/" + id + "/edit";
    }

    /** Shown to whoever may see the room; the content type is the server's (JPEG or PNG, checked on upload). */
    @GetMapping("/rooms/{id:\\d+}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) throws IOException {
        MeetingRoom room = rooms.room(id);
        if (room.getPhotoKey() == null) {
            throw new NotFoundException("meetingRoomPhoto", id);
        }
        try (InputStream in = rooms.openPhoto(room)) {
            return Downloads.inline(room.getPhotoName(), in.readAllBytes());
        }
    }

    private String roomForm(Model model, RoomPageForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("roomId", id);
        model.addAttribute("photoShown", id != null && rooms.room(id).getPhotoKey() != null);
        Long unit = currentUsers.current().unitId();
        model.addAttribute("people", unit == null ? List.of() : directory.people(unit));
        model.addAttribute("units", directory.units().stream().filter(u -> !Long.valueOf(u.id()).equals(unit))
                .toList());
        return "meeting/room-form";
    }

    private void requireManager() {
        if (!rooms.manager()) {
            throw new AccessDeniedException("not a keeper of meeting rooms");
        }
    }

    // ------------------------------------------------------------------ occupancy

    record Block(RoomBooking booking, String bookedByName) {
    }

    record RoomWeek(MeetingRoom room, List<List<Block>> days) {
    }

    @GetMapping("/rooms/occupancy")
    String occupancy(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                     Model model) {
        LocalDate first;
        int length;
        if (day != null) {
            first = day;
            length = 1;
        } else {
            first = (week == null ? LocalDate.now(clock) : week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            length = 7;
        }
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            days.add(first.plusDays(i));
        }
        List<RoomBooking> found = bookings.occupancy(first.atStartOfDay(), first.plusDays(length).atStartOfDay());
        Map<String, String> names = names(found.stream().map(RoomBooking::getBookedBy).toList());
        List<RoomWeek> grid = new ArrayList<>();
        for (MeetingRoom room : rooms.visible()) {
            List<List<Block>> cells = new ArrayList<>();
            for (LocalDate date : days) {
                LocalDateTime from = date.atStartOfDay();
                LocalDateTime to = date.plusDays(1).atStartOfDay();
                cells.add(found.stream().filter(b -> b.getRoomId().equals(room.getId())
                                && b.getStartsAt().isBefore(to) && b.getEndsAt().isAfter(from))
                        .map(b -> new Block(b, names.get(b.getBookedBy()))).toList());
            }
            grid.add(new RoomWeek(room, cells));
        }
        model.addAttribute("days", days);
        model.addAttribute("grid", grid);
        model.addAttribute("dayView", day != null);
        model.addAttribute("first", first);
        model.addAttribute("previous", day != null ? "/meetings/rooms/occupancy?day=" + first.minusDays(1)
                : "/meetings/rooms/occupancy?week=" + first.minusWeeks(1));
        model.addAttribute("next", day != null ? "/meetings/rooms/occupancy?day=" + first.plusDays(1)
                : "/meetings/rooms/occupancy?week=" + first.plusWeeks(1));
        model.addAttribute("today", LocalDate.now(clock));
        return "meeting/occupancy";
    }

    // ------------------------------------------------------------------ booking

    @GetMapping("/rooms/{id:\\d+}/book")
    String bookForm(@PathVariable long id, Model model) {
        MeetingRoom room = rooms.room(id);
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(9);
        return bookForm(model, room, start, start.plusHours(1), null, null);
    }

    @PostMapping("/rooms/{id:\\d+}/book")
    String book(@PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
                @RequestParam(required = false) String purpose, @RequestKey String key, Model model,
                HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        MeetingRoom room = rooms.room(id);
        long booking;
        try {
            booking = requests.createOnce(BookingForm.REQUEST_KIND + ".page", key,
                    () -> bookings.book(new BookingForm(id, start, end, purpose)), b -> b);
        } catch (BusinessRuleException e) {
            return bookForm(model, room, start, end, purpose, refusals.conflict(e, locale, response));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.booked", locale));
        return "redirect:/meetings/bookings/" + booking;
    }

    private String bookForm(Model model, MeetingRoom room, LocalDateTime start, LocalDateTime end, String purpose,
                            String error) {
        model.addAttribute("room", room);
        model.addAttribute("start", start);
        model.addAttribute("end", end);
        model.addAttribute("purpose", purpose);
        model.addAttribute("error", error);
        return "meeting/book";
    }

    @GetMapping("/bookings/{id:\\d+}")
    String booking(@PathVariable long id, Model model) {
        RoomBooking booking = bookings.visible(id);
        model.addAttribute("b", booking);
        model.addAttribute("room", rooms.room(booking.getRoomId()));
        model.addAttribute("bookedByName", directory.nameOf(booking.getBookedBy()));
        model.addAttribute("mayCancel", booking.getMeetingId() == null
                && booking.getStatus() == RoomBooking.Status.CONFIRMED
                && (booking.getBookedBy().equals(currentUsers.current().username()) || rooms.manager()));
        model.addAttribute("panel", taskActions.panel(booking.businessKey(), booking.getProcessInstanceId()));
        return "meeting/booking";
    }

    @PostMapping("/bookings/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
                  Locale locale) {
        try {
            requests.act(() -> bookings.cancel(id), () -> id);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return booking(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.bookingCancelled", locale));
        return "redirect:/meetings/bookings/" + id;
    }

    private Map<Long, String> roomNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        rooms.visible().forEach(r -> names.put(r.getId(), r.getName()));
        return names;
    }

    private Map<String, String> names(List<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        usernames.stream().filter(u -> u != null).distinct().forEach(u -> names.put(u, directory.nameOf(u)));
        return names;
    }
}
