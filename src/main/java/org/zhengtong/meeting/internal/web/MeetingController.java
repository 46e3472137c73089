package org.zhengtong.meeting.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.platform.NotFoundException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.meeting.internal.Attendee;
import org.zhengtong.meeting.internal.BookingService;
import org.zhengtong.meeting.internal.Decision;
import org.zhengtong.meeting.internal.DecisionReport;
import org.zhengtong.meeting.internal.DecisionService;
import org.zhengtong.meeting.internal.Meeting;
import org.zhengtong.meeting.internal.MeetingKind;
import org.zhengtong.meeting.internal.MeetingProperties;
import org.zhengtong.meeting.internal.MeetingRoom;
import org.zhengtong.meeting.internal.MeetingQuery;
import org.zhengtong.meeting.internal.MeetingService;
import org.zhengtong.meeting.internal.MinutesService;
import org.zhengtong.meeting.internal.Paper;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.meeting.internal.Topic;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.QrCodes;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.TaskActions;

/**
 * 会议管理's meeting pages ({@code /meetings}): my meetings, planning and changing a plan, the meeting page (议题 and
 * papers, attendance, replies, the sign-in code, 纪要, 议定事项, the approvals' task actions), a 议定事项's page, and
 * signing in with the room's code. Refusals show the page again: 400 for invalid input, 409 for a broken rule.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private static final int PAGE_SIZE = 20;
    private static final int EMPTY_TOPICS = 3;

    private final MeetingService meetings;
    private final MeetingQuery query;
    private final MinutesService minutes;
    private final DecisionService decisions;
    private final RoomService rooms;
    private final BookingService bookings;
    private final TaskActions taskActions;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final MeetingProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    MeetingController(MeetingService meetings, MeetingQuery query, MinutesService minutes, DecisionService decisions, RoomService rooms,
                      BookingService bookings, TaskActions taskActions, RequestTransactions requests,
                      Refusals refusals, CurrentUsers currentUsers, OrgDirectory directory,
                      MeetingProperties properties, MessageSource messages, Clock clock) {
        this.query = query;
        this.meetings = meetings;
        this.minutes = minutes;
        this.decisions = decisions;
        this.rooms = rooms;
        this.bookings = bookings;
        this.taskActions = taskActions;
        this.requests = requests;
        this.refusals = refusals;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the list

    record Row(Meeting meeting, String place, String role) {
    }

    /**
     * The combined query of the list and the statistics (组合查询): period, kind, status, room and text, over the
     * meetings the person takes part in. An unreadable value (a kind that does not exist) is a 400.
     */
    record Filter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, MeetingKind kind,
                  Meeting.Status status, Long roomId, String q) {

        MeetingQuery.Criteria criteria() {
            return new MeetingQuery.Criteria(from, to, kind, roomId, null, null, status, q);
        }

        String link(String path, int page) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            java.util.Map.of("from", String.valueOf(from), "to", String.valueOf(to), "kind", String.valueOf(kind),
                            "status", String.valueOf(status), "roomId", String.valueOf(roomId), "q", String.valueOf(q))
                    .entrySet().stream().filter(e -> !e.getValue().equals("null") && !e.getValue().isBlank())
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> uri.queryParam(e.getKey(), e.getValue()));
            return uri.queryParam("page", page).encode().build().toUriString();
        }
    }

    @GetMapping
    String list(@ModelAttribute("filter") Filter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        String me = currentUsers.current().username();
        Page<Row> found = query.find(filter.criteria(), Math.max(page, 0), PAGE_SIZE).map(m -> new Row(m,
                meetings.place(m), me.equals(m.getOrganizer()) ? "organizer" : me.equals(m.getHost()) ? "host"
                : me.equals(m.getRecorder()) ? "recorder" : "attendee"));
        int number = found.getNumber();
        model.addAttribute("page", found);
        filterChoices(model);
        model.addAttribute("previous", filter.link("/meetings", Math.max(number - 1, 0)));
        model.addAttribute("next", filter.link("/meetings", number + 1));
        model.addAttribute("mayPlan", currentUsers.current().unitId() != null);
        return "meeting/list";
    }

    /** 会议统计: per kind and month, attendance of the meetings begun, and the 议定事项, for the same query. */
    @GetMapping("/statistics")
    String statistics(@ModelAttribute("filter") Filter filter, Model model) {
        model.addAttribute("statistics", query.statistics(filter.criteria()));
        filterChoices(model);
        return "meeting/statistics";
    }

    private void filterChoices(Model model) {
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("statuses", Meeting.Status.values());
        model.addAttribute("rooms", rooms.visible());
    }

    // ------------------------------------------------------------------ planning

    @GetMapping("/new")
    String newForm(Model model) {
        PlanForm form = new PlanForm();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(9);
        form.setStart(start);
        form.setEnd(start.plusHours(2));
        form.setReminderMinutes(properties.reminderMinutes());
        return form(model, form, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult result, @RequestKey String key,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, null);
        }
        long id;
        try {
            id = requests.createOnce("meeting.meeting.page", key, () -> meetings.create(form.toForm()), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.planned", locale));
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Meeting m = meetings.readable(id);
        return form(model, PlanForm.of(m, meetings.topics(m), meetings.invitees(m)), id);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        meetings.readable(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, id);
        }
        try {
            requests.act(() -> meetings.update(id, form.toForm()), () -> id);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form, id);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.saved", locale));
        return "redirect:/meetings/" + id;
    }

    record Choice(String value, String label) {
    }

    private String form(Model model, PlanForm form, Long id) {
        List<PlanForm.TopicRow> topics = new ArrayList<>(form.getTopics());
        for (int i = 0; i < EMPTY_TOPICS; i++) {
            topics.add(new PlanForm.TopicRow());
        }
        form.setTopics(topics);
        model.addAttribute("form", form);
        model.addAttribute("meetingId", id);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("classifications", Classification.values());
        CurrentUser user = currentUsers.current();
        List<OrgDirectory.PersonRef> people = user.unitId() == null ? List.of() : directory.people(user.unitId());
        model.addAttribute("people", people);
        model.addAttribute("rooms", freeRooms(form.getStart(), form.getEnd(), form.getRoomId()));
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<Choice> choices = new ArrayList<>();
        people.forEach(p -> choices.add(new Choice("PERSON:" + p.username(), p.name())));
        if (user.unitId() != null) {
            directory.departments(user.unitId()).forEach(d -> choices.add(new Choice("DEPARTMENT:" + d.id(),
                    messages.getMessage("meeting.page.choice.department", new Object[] {d.name()}, locale))));
        }
        directory.units().forEach(u -> choices.add(new Choice("UNIT:" + u.id(),
                messages.getMessage("meeting.page.choice.unit", new Object[] {u.name()}, locale))));
        directory.positions().forEach(p -> choices.add(new Choice("POSITION:" + p,
                messages.getMessage("meeting.page.choice.position", new Object[] {
                        messages.getMessage("position." + p, null, p, locale)}, locale))));
        model.addAttribute("choices", choices);
        return "meeting/form";
    }

    /** The rooms one may book, free in the period when it is known (the meeting's own room kept). */
    private List<MeetingRoom> freeRooms(LocalDateTime start, LocalDateTime end, Long keep) {
        Long unit = currentUsers.current().unitId();
        boolean period = start != null && end != null && end.isAfter(start)
                && java.time.Duration.between(start, end).toDays() <= 31;
        return rooms.visible().stream().filter(r -> r.bookableBy(unit))
                .filter(r -> !period || r.getId().equals(keep) || bookings.free(r.getId(), start, end)).toList();
    }

    /** The room choices for the period (htmx, as the start or end changes). */
    @GetMapping("/free-rooms")
    String freeRoomOptions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                           LocalDateTime start,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                           LocalDateTime end, @RequestParam(required = false) Long roomId, Model model) {
        model.addAttribute("rooms", freeRooms(start, end, roomId));
        model.addAttribute("roomId", roomId);
        return "meeting/form :: roomOptions";
    }

    // ------------------------------------------------------------------ the meeting page

    record TopicView(Topic topic, String presenterName, List<Paper> papers) {
    }

    record AttendeeView(Attendee attendee, String name, String standInName, LocalDateTime repliedAt,
                        LocalDateTime signedInAt) {
    }

    record DecisionView(Decision decision, String ownerName, Integer progress) {
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Meeting m = meetings.readable(id);
        String me = currentUsers.current().username();
        model.addAttribute("m", m);
        model.addAttribute("place", meetings.place(m));
        model.addAttribute("organizerName", directory.nameOf(m.getOrganizer()));
        model.addAttribute("hostName", m.getHost() == null ? null : directory.nameOf(m.getHost()));
        model.addAttribute("recorderName", m.getRecorder() == null ? null : directory.nameOf(m.getRecorder()));
        List<Topic> topics = meetings.topics(m);
        Map<Long, List<Paper>> papers = meetings.papers(topics);
        model.addAttribute("topics", topics.stream().map(t -> new TopicView(t,
                t.getPresenter() == null ? null : directory.nameOf(t.getPresenter()),
                papers.getOrDefault(t.getId(), List.of()))).toList());
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("invitees", meetings.invitees(m).stream().map(i -> new InviteeView(i.getKind().name(),
                inviteeLabel(i, locale), i.getRole())).toList());
        List<Attendee> attendees = meetings.attendees(m);
        model.addAttribute("attendees", attendees.stream().map(a -> new AttendeeView(a,
                directory.nameOf(a.getUsername()), a.getStandIn() == null ? null : directory.nameOf(a.getStandIn()),
                local(a.getRepliedAt()), local(a.getSignedInAt()))).toList());
        model.addAttribute("signedIn", attendees.stream().filter(a -> a.getSignedInAt() != null).count());
        Optional<Attendee> mine = attendees.stream().filter(a -> me.equals(a.getUsername())).findFirst();
        model.addAttribute("myAttendance", mine.orElse(null));
        LocalDateTime now = LocalDateTime.now(clock);
        boolean noticed = m.getStatus() == Meeting.Status.NOTICED;
        model.addAttribute("mayReply", noticed && mine.isPresent() && now.isBefore(m.getEndsAt()));
        boolean runs = meetings.runs(m);
        model.addAttribute("runs", runs);
        model.addAttribute("signInOpen", signInOpen(m));
        model.addAttribute("signInBefore", properties.signInBefore().toMinutes());
        model.addAttribute("mayEdit", m.editable() && me.equals(m.getOrganizer()));
        boolean writer = minutes.writer(m);
        model.addAttribute("writer", writer && noticed);
        model.addAttribute("mayWriteMinutes", writer && noticed && (m.getMinutesStatus() == Meeting.MinutesStatus.NONE
                || m.getMinutesStatus() == Meeting.MinutesStatus.DRAFT));
        model.addAttribute("showMinutes", m.getMinutesHtml() != null
                && (writer || runs || m.getMinutesStatus() == Meeting.MinutesStatus.PUBLISHED));
        model.addAttribute("decisions", decisions.of(m).stream().map(d -> new DecisionView(d,
                directory.nameOf(d.getOwner()), decisions.reports(d).stream().reduce((a, b) -> b)
                .map(DecisionReport::getProgress).orElse(null))).toList());
        model.addAttribute("colleagues", currentUsers.current().unitId() == null ? List.of()
                : directory.people(currentUsers.current().unitId()).stream()
                .filter(p -> !p.username().equals(me)).toList());
        model.addAttribute("panel", taskActions.panel(m.businessKey(), m.getProcessInstanceId()));
        model.addAttribute("minutesPanel", m.getMinutesProcessId() == null ? null
                : taskActions.panel("meeting-minutes:" + m.getId(), m.getMinutesProcessId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "meeting/show";
    }

    record InviteeView(String kind, String label, Attendee.Role role) {
    }

    private String inviteeLabel(org.zhengtong.meeting.internal.Invitee i, Locale locale) {
        String target = i.getTarget();
        return switch (i.getKind()) {
            case PERSON -> directory.nameOf(target);
            case DEPARTMENT -> target.matches("\\d{1,18}") ? directory.department(Long.parseLong(target))
                    .map(OrgDirectory.DepartmentRef::name).orElse(target) : target;
            case UNIT -> target.matches("\\d{1,18}") ? directory.unit(Long.parseLong(target))
                    .map(OrgDirectory.UnitRef::name).orElse(target) : target;
            case POSITION -> messages.getMessage("position." + target, null, target, locale);
        };
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }

    private String again(long id, Model model, String error) {
        model.addAttribute("error", error);
        return show(id, model);
    }

    @PostMapping("/{id:\\d+}/topics/{topicId:\\d+}/papers")
    String addPaper(@PathVariable long id, @PathVariable long topicId,
                    @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                    RedirectAttributes redirect, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            meetings.readable(id);
            return again(id, model, refusals.invalid("meeting.error.paperNeeded", locale, response));
        }
        try (InputStream in = file.getInputStream()) {
            requests.act(() -> meetings.addPaper(id, topicId, file.getOriginalFilename(), in), () -> id);
        } catch (BusinessRuleException e) {
            return again(id, model, refusals.conflict(e, locale, response));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.paperAdded", locale));
        return "redirect:/meetings/" + id + "#topics";
    }

    @GetMapping("/{id:\\d+}/papers/{paperId:\\d+}")
    ResponseEntity<Resource> paper(@PathVariable long id, @PathVariable long paperId) {
        Paper paper = meetings.paper(id, paperId);
        return Downloads.attachment(paper.getFileName(), paper.getFileSize(), meetings.open(paper));
    }

    @PostMapping("/{id:\\d+}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) Attendee.Reply reply,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String standIn,
                 Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            requests.act(() -> meetings.reply(id, reply, reason, standIn), () -> id);
        } catch (BusinessRuleException e) {
            return again(id, model, refusals.conflict(e, locale, response));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.replied", locale));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id:\\d+}/minutes")
    String saveMinutes(@PathVariable long id, @RequestParam(required = false) String html,
                       @RequestParam(defaultValue = "save") String action, Model model,
                       HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            requests.act(() -> {
                minutes.save(id, html);
                if ("submit".equals(action)) {
                    minutes.submit(id);
                }
            }, () -> id);
        } catch (BusinessRuleException e) {
            model.addAttribute("minutesDraft", html);
            return again(id, model, refusals.conflict(e, locale, response));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("submit".equals(action)
                ? "meeting.page.minutesSubmitted" : "meeting.page.minutesSaved", locale));
        return "redirect:/meetings/" + id + "#minutes";
    }

    @PostMapping("/{id:\\d+}/minutes/publish")
    String publishMinutes(@PathVariable long id, Model model, HttpServletResponse response,
                          RedirectAttributes redirect, Locale locale) {
        try {
            requests.act(() -> minutes.publish(id), () -> id);
        } catch (BusinessRuleException e) {
            return again(id, model, refusals.conflict(e, locale, response));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.minutesPublished", locale));
        return "redirect:/meetings/" + id + "#minutes";
    }

    @PostMapping("/{id:\\d+}/decisions")
    String addDecision(@PathVariable long id, @RequestParam(required = false) String text,
                       @RequestParam(required = false) String owner,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                       LocalDate deadline, @RequestKey String key, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, Locale locale) {
        try {
            requests.createOnce("meeting.decision.page", key, () -> decisions.add(id, text, owner, deadline),
                    d -> d);
        } catch (BusinessRuleException e) {
            return again(id, model, refusals.conflict(e, locale, response));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.decisionAdded", locale));
        return "redirect:/meetings/" + id + "#decisions";
    }

    // ------------------------------------------------------------------ a 议定事项

    record ReportView(DecisionReport report, String authorName, LocalDateTime at) {
    }

    @GetMapping("/decisions/{id:\\d+}")
    String decision(@PathVariable long id, Model model) {
        Decision d = decisions.decision(id);
        Meeting m = meetings.readable(d.getMeetingId());
        model.addAttribute("d", d);
        model.addAttribute("m", m);
        model.addAttribute("ownerName", directory.nameOf(d.getOwner()));
        model.addAttribute("reports", decisions.reports(d).stream().map(r -> new ReportView(r,
                directory.nameOf(r.getAuthor()), local(r.getReportedAt()))).toList());
        model.addAttribute("mayReport", d.getStatus() == Decision.Status.OPEN
                && d.getOwner().equals(currentUsers.current().username()));
        model.addAttribute("panel", taskActions.panel(d.businessKey(), d.getProcessInstanceId()));
        return "meeting/decision";
    }

    @PostMapping("/decisions/{id:\\d+}/reports")
    String report(@PathVariable long id, @RequestParam(required = false) String text,
                  @RequestParam(required = false) Integer progress, Model model, HttpServletResponse response,
                  RedirectAttributes redirect, Locale locale) {
        try {
            requests.act(() -> decisions.report(id, text, progress == null ? -1 : progress), () -> id);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return decision(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("meeting.page.reported", locale));
        return "redirect:/meetings/decisions/" + id;
    }

    // ------------------------------------------------------------------ sign-in

    /** A phone that scanned the room's QR code arrives with the code filled in; the person still confirms. */
    @GetMapping("/sign-in")
    String signInForm(@RequestParam(required = false) String code, Model model) {
        if (code != null && code.matches("\\d{6}")) {
            model.addAttribute("code", code);
        }
        return "meeting/sign-in";
    }

    /**
     * The sign-in code as a QR code for the room's screen, to those who may show the code (the organiser, host and
     * 记录人) while sign-in is open; it opens 会议签到 with the code filled in.
     */
    @GetMapping("/{id:\\d+}/sign-in-code.png")
    ResponseEntity<byte[]> signInQrCode(@PathVariable long id) {
        Meeting m = meetings.readable(id);
        if (!meetings.runs(m) || !signInOpen(m)) {
            throw new NotFoundException("meetingSignInCode", id);
        }
        String address = ServletUriComponentsBuilder.fromCurrentContextPath().path("/meetings/sign-in")
                .queryParam("code", m.getSignInCode()).toUriString();
        return Downloads.inline("sign-in.png", QrCodes.png(address, 320));
    }

    private boolean signInOpen(Meeting m) {
        LocalDateTime now = LocalDateTime.now(clock);
        return m.getStatus() == Meeting.Status.NOTICED
                && !now.isBefore(m.getStartsAt().minus(properties.signInBefore())) && now.isBefore(m.getEndsAt());
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(required = false) String code, Model model, HttpServletResponse response,
                  Locale locale) {
        try {
            Meeting m = requests.act(() -> { }, () -> meetings.signIn(code));
            model.addAttribute("signedInTo", m.getTitle());
            model.addAttribute("meetingId", m.getId());
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            model.addAttribute("code", code);
        }
        return "meeting/sign-in";
    }
}
