package org.zhengtong.meeting.internal;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.workflow.ProcessCatalog;
import org.zhengtong.workflow.TodoList;
import org.zhengtong.workflow.Workflow;

/**
 * 会议: the organizer plans a meeting (kind, time, room booked with it, 议题, whom it invites) — which starts its plan
 * process at 拟定 — and sends it on through the unit's approval; when the process ends the invited are expanded to
 * people and the notice goes out (their reminders and calendars, by {@link MeetingNotices}). Attendees reply, sign
 * in with the room's short code while the meeting runs; the 记录人 writes the 纪要, approved on the engine, then
 * published, and its 议定事项 are tracked ({@link DecisionService}).
 *
 * <p>Every method that takes an id opens the meeting through {@link #readable}: its organizer, host, 记录人, the
 * invited and attendees (stand-ins included) and the handlers of its processes see it, when their clearance covers
 * its 密级; anyone else gets 403, an unknown id 404.
 */
@Service
@Transactional
public class MeetingService {

    static final String PLAN_TEMPLATE = "meeting-plan";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingRepository meetings;
    private final TopicRepository topics;
    private final PaperRepository papers;
    private final InviteeRepository invitees;
    private final AttendeeRepository attendees;
    private final DecisionRepository decisions;
    private final BookingService bookings;
    private final BookingRepository bookingRepository;
    private final RoomRepository rooms;
    private final MeetingProperties properties;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final Workflow workflow;
    private final ProcessCatalog catalog;
    private final TodoList todo;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, TopicRepository topics, PaperRepository papers,
                   InviteeRepository invitees, AttendeeRepository attendees, DecisionRepository decisions,
                   BookingService bookings, BookingRepository bookingRepository, RoomRepository rooms,
                   MeetingProperties properties, CurrentUsers currentUsers, OrgDirectory directory,
                   Workflow workflow, ProcessCatalog catalog, TodoList todo, FileStore files,
                   ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.topics = topics;
        this.papers = papers;
        this.invitees = invitees;
        this.attendees = attendees;
        this.decisions = decisions;
        this.bookings = bookings;
        this.bookingRepository = bookingRepository;
        this.rooms = rooms;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.workflow = workflow;
        this.catalog = catalog;
        this.todo = todo;
        this.files = files;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The meeting, if the current user may see it: 404 for an unknown id, 403 (audited) for anyone else. */
    @Transactional(readOnly = true)
    public Meeting readable(long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
        CurrentUser user = currentUsers.current();
        if (!canRead(meeting, user.username(), user.clearance())) {
            audit.failure("MEETING_OPEN", "meeting", id, null);
            throw new AccessDeniedException("meeting " + id + " is not visible to " + user.username());
        }
        return meeting;
    }

    boolean canRead(Meeting meeting, String username, org.zhengtong.platform.Clearance clearance) {
        if (!meeting.getClassification().readableWith(clearance)) {
            return false;
        }
        if (username.equals(meeting.getOrganizer()) || username.equals(meeting.getHost())
                || username.equals(meeting.getRecorder())) {
            return true;
        }
        if (attendees.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .anyMatch(a -> username.equals(a.getUsername()) || username.equals(a.getStandIn()))) {
            return true;
        }
        if (invitees.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .anyMatch(i -> i.getKind() == Invitee.Kind.PERSON && username.equals(i.getTarget()))) {
            return true;
        }
        if (decisions.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .anyMatch(d -> username.equals(d.getOwner()))) {
            return true;
        }
        for (String process : new String[] {meeting.getProcessInstanceId(), meeting.getMinutesProcessId()}) {
            if (process != null && workflow.participants(process).contains(username)) {
                return true;
            }
        }
        return false;
    }

    /** Meetings the current user organizes, attends or handles, newest first (at most 200). */
    @Transactional(readOnly = true)
    public List<Meeting> mine() {
        CurrentUser user = currentUsers.current();
        Set<Long> ids = new java.util.LinkedHashSet<>();
        attendees.findByUsername(user.username()).forEach(a -> ids.add(a.getMeetingId()));
        ids.addAll(meetings.findIdsOf(user.username()));
        return meetings.findByIdIn(ids).stream()
                .filter(m -> m.getClassification().readableWith(user.clearance()))
                .sorted(java.util.Comparator.comparing(Meeting::getStartsAt).reversed()).limit(200).toList();
    }

    @Transactional(readOnly = true)
    public List<Topic> topics(Meeting meeting) {
        return topics.findByMeetingIdOrderBySortOrderAscIdAsc(meeting.getId());
    }

    @Transactional(readOnly = true)
    public Map<Long, List<Paper>> papers(List<Topic> list) {
        Map<Long, List<Paper>> byTopic = new HashMap<>();
        if (!list.isEmpty()) {
            papers.findByTopicIdInOrderByIdAsc(list.stream().map(Topic::getId).toList())
                    .forEach(p -> byTopic.computeIfAbsent(p.getTopicId(), k -> new ArrayList<>()).add(p));
        }
        return byTopic;
    }

    @Transactional(readOnly = true)
    public List<Invitee> invitees(Meeting meeting) {
        return invitees.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    @Transactional(readOnly = true)
    public List<Attendee> attendees(Meeting meeting) {
        return attendees.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<MeetingRoom> room(Meeting meeting) {
        return meeting.getRoomId() == null ? java.util.Optional.empty() : rooms.findById(meeting.getRoomId());
    }

    /** The place as shown: the room (and building) or the place typed. */
    @Transactional(readOnly = true)
    public String place(Meeting meeting) {
        return room(meeting).map(r -> r.getBuilding() == null ? r.getName() : r.getBuilding() + " " + r.getName())
                .orElse(meeting.getLocation());
    }

    // ---------------------------------------------------------------- planning

    /** Plans a meeting (booking its room) and starts its plan process at 拟定 with the organizer. */
    public long create(MeetingForm form) {
        CurrentUser user = currentUsers.current();
        if (user.unitId() == null) {
            throw new AccessDeniedException(user.username() + " belongs to no unit");
        }
        Meeting meeting = new Meeting(user.unitId(), user.username(), clock.instant());
        applyPlan(meeting, form);
        meetings.saveAndFlush(meeting);
        replaceTopics(meeting, form.topics());
        replaceInvitees(meeting, form.invitees());
        if (invitees.findByMeetingIdOrderByIdAsc(meeting.getId()).isEmpty()) {
            throw new BusinessRuleException("meeting.error.noAttendees");
        }
        book(meeting, form.roomId());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("meetingId", meeting.getId());
        variables.put("unitId", meeting.getUnitId());
        variables.put("meetingKind", meeting.getKind().name());
        variables.put("classification", meeting.getClassification().name());
        variables.put("urgency", "NORMAL");
        variables.put(Workflow.REQUIRED_CLEARANCE, meeting.getClassification().requiredClearance().name());
        meeting.startedAs(workflow.start(catalog.processKeyFor(PLAN_TEMPLATE, meeting.getKind().name(),
                meeting.getUnitId()), meeting.businessKey(), user.username(), variables));
        indexAgain(meeting);
        audit.success("MEETING_CREATE", "meeting", meeting.getId(), meeting.getTitle());
        return meeting.getId();
    }

    /** Changes the plan while it is with the organizer (拟定): everything, the room booked again. */
    public void update(long id, MeetingForm form) {
        Meeting meeting = editable(id);
        LocalDateTime oldStart = meeting.getStartsAt();
        LocalDateTime oldEnd = meeting.getEndsAt();
        Long oldRoom = meeting.getRoomId();
        applyPlan(meeting, form);
        replaceTopics(meeting, form.topics());
        replaceInvitees(meeting, form.invitees());
        if (invitees.findByMeetingIdOrderByIdAsc(meeting.getId()).isEmpty()) {
            throw new BusinessRuleException("meeting.error.noAttendees");
        }
        if (!Objects.equals(oldRoom, form.roomId()) || !oldStart.equals(meeting.getStartsAt())
                || !oldEnd.equals(meeting.getEndsAt())) {
            bookings.release(meeting.getBookingId());
            bookingRepository.flush();
            meeting.booked(null, null);
            book(meeting, form.roomId());
        }
        meetings.saveAndFlush(meeting);
        todo.describeAgain(meeting.businessKey());
        indexAgain(meeting);
        audit.success("MEETING_UPDATE", "meeting", id, meeting.getTitle());
    }

    private Meeting editable(long id) {
        Meeting meeting = readable(id);
        if (!meeting.getOrganizer().equals(currentUsers.current().username())) {
            throw new AccessDeniedException("only the organizer changes meeting " + id);
        }
        if (!meeting.editable()) {
            throw new BusinessRuleException("meeting.error.notEditable");
        }
        return meeting;
    }

    private void book(Meeting meeting, Long roomId) {
        if (roomId == null) {
            if (meeting.getLocation() == null) {
                throw new BusinessRuleException("meeting.error.placeNeeded");
            }
            return;
        }
        RoomBooking booking = bookings.book(new BookingForm(roomId, meeting.getStartsAt(), meeting.getEndsAt(),
                meeting.getTitle()), meeting.getId());
        meeting.booked(booking.getId(), roomId);
    }

    private void applyPlan(Meeting meeting, MeetingForm form) {
        if (form.kind() == null) {
            throw new BusinessRuleException("meeting.error.kindNeeded");
        }
        String title = RoomService.limit(form.title(), 200);
        if (title == null) {
            throw new BusinessRuleException("meeting.error.titleNeeded");
        }
        BookingService.checkPeriod(form.start(), form.end());
        String host = person(form.host());
        String recorder = person(form.recorder());
        int reminder = form.reminderMinutes() == null ? properties.reminderMinutes() : form.reminderMinutes();
        if (reminder < 0 || reminder > 10080) {
            throw new BusinessRuleException("meeting.error.reminder");
        }
        Classification classification = form.classification() == null ? Classification.UNCLASSIFIED
                : form.classification();
        if (!classification.readableWith(currentUsers.current().clearance())) {
            throw new BusinessRuleException("meeting.error.clearance", classification.label());
        }
        meeting.plan(form.kind(), title, host, recorder, form.start(), form.end(),
                RoomService.limit(form.location(), 200), classification, reminder);
    }

    private String person(String username) {
        String value = RoomService.blankToNull(username);
        if (value != null && directory.person(value).isEmpty()) {
            throw new BusinessRuleException("meeting.error.unknownPerson", value);
        }
        return value;
    }

    private void replaceTopics(Meeting meeting, List<MeetingForm.TopicForm> list) {
        List<Topic> existing = topics.findByMeetingIdOrderBySortOrderAscIdAsc(meeting.getId());
        if (list == null) {
            return;
        }
        int order = 0;
        List<Topic> kept = new ArrayList<>();
        for (MeetingForm.TopicForm form : list) {
            String title = RoomService.limit(form.title(), 200);
            if (title == null) {
                continue;
            }
            Classification classification = form.classification() == null ? Classification.UNCLASSIFIED
                    : form.classification();
            order++;
            Topic same = existing.stream().filter(t -> t.getTitle().equals(title) && !kept.contains(t)).findFirst()
                    .orElse(null);
            if (same != null) {
                topics.delete(same);
            }
            Topic topic = topics.save(new Topic(meeting.getId(), order, title, person(form.presenter()),
                    classification));
            if (same != null) {
                papers.findByTopicIdInOrderByIdAsc(List.of(same.getId())).forEach(p -> papers.save(
                        new Paper(topic.getId(), p.getFileName(), p.getFileKey(), p.getFileSize(), p.getSha256(),
                                p.getUploadedBy(), p.getUploadedAt())));
            }
            kept.add(topic);
        }
        existing.stream().filter(t -> kept.stream().noneMatch(k -> k.getTitle().equals(t.getTitle())))
                .forEach(topics::delete);
        topics.flush();
    }

    private void replaceInvitees(Meeting meeting, List<MeetingForm.InviteeForm> list) {
        if (list == null) {
            return;
        }
        invitees.deleteAll(invitees.findByMeetingIdOrderByIdAsc(meeting.getId()));
        invitees.flush();
        for (MeetingForm.InviteeForm form : list) {
            if (form == null || form.kind() == null || RoomService.blankToNull(form.target()) == null) {
                continue;
            }
            String target = form.target().strip();
            switch (form.kind()) {
                case PERSON -> person(target);
                case DEPARTMENT -> {
                    if (!target.matches("\\d{1,18}") || directory.department(Long.parseLong(target)).isEmpty()) {
                        throw new BusinessRuleException("meeting.error.unknownDepartment");
                    }
                }
                case UNIT -> {
                    if (!target.matches("\\d{1,18}") || directory.unit(Long.parseLong(target)).isEmpty()) {
                        throw new BusinessRuleException("meeting.error.unknownUnit");
                    }
                }
                case POSITION -> {
                    if (!directory.positions().contains(target)) {
                        throw new BusinessRuleException("meeting.error.unknownPosition");
                    }
                }
            }
            Attendee.Role role = form.role() == Attendee.Role.OBSERVER ? Attendee.Role.OBSERVER
                    : Attendee.Role.ATTENDEE;
            if (!invitees.existsByMeetingIdAndKindAndTargetAndRole(meeting.getId(), form.kind(), target, role)) {
                invitees.saveAndFlush(new Invitee(meeting.getId(), form.kind(), target, role));
            }
        }
    }

    /** The people the invitations name, by username, with their role (attendance wins over 列席). */
    Map<String, Attendee.Role> expand(Meeting meeting) {
        Map<String, Attendee.Role> people = new LinkedHashMap<>();
        for (Invitee invitee : invitees.findByMeetingIdOrderByIdAsc(meeting.getId())) {
            for (PersonRef person : resolve(invitee, meeting.getUnitId())) {
                people.merge(person.username(), invitee.getRole(),
                        (a, b) -> a == Attendee.Role.ATTENDEE || b == Attendee.Role.ATTENDEE
                                ? Attendee.Role.ATTENDEE : Attendee.Role.OBSERVER);
            }
        }
        if (meeting.getHost() != null) {
            people.put(meeting.getHost(), Attendee.Role.ATTENDEE);
        }
        if (meeting.getRecorder() != null) {
            people.put(meeting.getRecorder(), Attendee.Role.RECORDER);
        }
        return people;
    }

    private List<PersonRef> resolve(Invitee invitee, long unitId) {
        return switch (invitee.getKind()) {
            case PERSON -> directory.person(invitee.getTarget()).map(List::of).orElse(List.of());
            case DEPARTMENT -> directory.department(Long.parseLong(invitee.getTarget()))
                    .map(d -> directory.people(d.unitId()).stream()
                            .filter(p -> Objects.equals(p.departmentId(), d.id())).toList())
                    .orElse(List.of());
            case UNIT -> directory.people(Long.parseLong(invitee.getTarget()));
            case POSITION -> directory.holders(unitId, invitee.getTarget());
        };
    }

    // ---------------------------------------------------------------- 议题 papers

    public long addPaper(long meetingId, long topicId, String fileName, InputStream content) {
        Meeting meeting = editable(meetingId);
        Topic topic = topics.findById(topicId).filter(t -> t.getMeetingId().equals(meeting.getId()))
                .orElseThrow(() -> new NotFoundException("meetingTopic", topicId));
        String name = RoomService.blankToNull(fileName);
        if (name == null) {
            throw new BusinessRuleException("meeting.error.paperNeeded");
        }
        name = name.replaceAll(".*[/\\\\]", "");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        FileStore.StoredFile stored = files.store(content);
        if (stored.size() > properties.maxPaperSize()) {
            throw new BusinessRuleException("meeting.error.paperTooBig", properties.maxPaperSize() / (1024 * 1024));
        }
        Paper paper = papers.save(new Paper(topic.getId(), name, stored.key(), stored.size(), stored.sha256(),
                currentUsers.current().username(), clock.instant()));
        audit.success("MEETING_PAPER_ADD", "meeting", meetingId, name);
        return paper.getId();
    }

    /** A paper to read: the meeting visible and the clearance covering its 议题's 密级 (refusals audited). */
    @Transactional(readOnly = true)
    public Paper paper(long meetingId, long paperId) {
        Meeting meeting = readable(meetingId);
        Paper paper = papers.findById(paperId).orElseThrow(() -> new NotFoundException("meetingPaper", paperId));
        Topic topic = topics.findById(paper.getTopicId()).filter(t -> t.getMeetingId().equals(meeting.getId()))
                .orElseThrow(() -> new NotFoundException("meetingPaper", paperId));
        CurrentUser user = currentUsers.current();
        if (!topic.getClassification().readableWith(user.clearance())) {
            audit.failure("MEETING_PAPER_OPEN", "meeting", meetingId, topic.getClassification().label());
            throw new AccessDeniedException("paper " + paperId + " needs " + topic.getClassification());
        }
        if (topic.getClassification().classified()) {
            audit.success("MEETING_PAPER_OPEN", "meeting", meetingId, topic.getClassification().label());
        }
        return paper;
    }

    @Transactional(readOnly = true)
    public InputStream open(Paper paper) {
        return files.open(paper.getFileKey());
    }

    // ---------------------------------------------------------------- the plan's process

    /** At 拟定's send: the plan must be complete. */
    void submit(Meeting meeting) {
        BookingService.checkPeriod(meeting.getStartsAt(), meeting.getEndsAt());
        if (expand(meeting).isEmpty()) {
            throw new BusinessRuleException("meeting.error.noAttendees");
        }
        if (meeting.getBookingId() != null && bookingRepository.findById(meeting.getBookingId())
                .map(b -> !b.getStatus().holds()).orElse(true)) {
            throw new BusinessRuleException("meeting.error.bookingLost");
        }
        meeting.status(Meeting.Status.APPROVING);
        audit.success("MEETING_SUBMIT", "meeting", meeting.getId(), meeting.getTitle());
    }

    Meeting byKey(String businessKey) {
        return meetings.findById(MeetingProcesses.idOf(businessKey))
                .orElseThrow(() -> new NotFoundException("meeting", businessKey));
    }

    /** Back at 拟定 after a return or withdraw: editable again. */
    void backToDraft(Meeting meeting) {
        if (meeting.getStatus() == Meeting.Status.APPROVING) {
            meeting.status(Meeting.Status.DRAFT);
        }
    }

    /** The plan approved: its people fixed, a sign-in code drawn, the notice sent (after commit). */
    void notice(Meeting meeting) {
        if (meeting.getStatus() == Meeting.Status.NOTICED) {
            return;
        }
        for (Map.Entry<String, Attendee.Role> person : expand(meeting).entrySet()) {
            if (!attendees.existsByMeetingIdAndUsername(meeting.getId(), person.getKey())) {
                attendees.save(new Attendee(meeting.getId(), person.getKey(), person.getValue()));
            }
        }
        meeting.noticed(clock.instant(), newCode());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingEvents.Noticed(meeting.getId()));
        indexAgain(meeting);
        audit.success("MEETING_NOTICE", "meeting", meeting.getId(), meeting.getTitle());
    }

    private String newCode() {
        for (int i = 0; i < 20; i++) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (meetings.findBySignInCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free sign-in code");
    }

    /** The plan's process ended by an administrator: the meeting is off, its room freed, calendars cleared. */
    void cancelled(Meeting meeting) {
        meeting.status(Meeting.Status.CANCELLED);
        bookings.release(meeting.getBookingId());
        events.publishEvent(new MeetingEvents.Cancelled(meeting.getId()));
        indexAgain(meeting);
        audit.success("MEETING_CANCEL", "meeting", meeting.getId(), meeting.getTitle());
    }

    // ---------------------------------------------------------------- replies and sign-in

    /** 参加, or 请假 with a reason and perhaps a stand-in (who is then invited in one's place). */
    public void reply(long meetingId, Attendee.Reply reply, String reason, String standIn) {
        Meeting meeting = readable(meetingId);
        String username = currentUsers.current().username();
        Attendee attendee = attendees.findByMeetingIdAndUsername(meetingId, username)
                .orElseThrow(() -> new BusinessRuleException("meeting.error.notInvited"));
        if (meeting.getStatus() != Meeting.Status.NOTICED) {
            throw new BusinessRuleException("meeting.error.notNoticed");
        }
        if (!LocalDateTime.now(clock).isBefore(meeting.getEndsAt())) {
            throw new BusinessRuleException("meeting.error.meetingOver");
        }
        if (reply == null || reply == Attendee.Reply.NONE) {
            throw new BusinessRuleException("meeting.error.replyNeeded");
        }
        String why = RoomService.limit(reason, 500);
        String stand = null;
        if (reply == Attendee.Reply.LEAVE) {
            if (why == null) {
                throw new BusinessRuleException("meeting.error.leaveReason");
            }
            stand = person(standIn);
            if (username.equals(stand)) {
                throw new BusinessRuleException("meeting.error.standInSelf");
            }
        }
        attendee.reply(reply, why, stand, clock.instant());
        if (stand != null && !attendees.existsByMeetingIdAndUsername(meetingId, stand)) {
            attendees.save(new Attendee(meetingId, stand, attendee.getRole()));
            attendees.flush();
            events.publishEvent(new MeetingEvents.Noticed(meetingId));
            indexAgain(meeting);
        }
        events.publishEvent(new MeetingEvents.Replied(meetingId, username));
        audit.success("MEETING_REPLY", "meeting", meetingId, reply + (stand == null ? "" : " " + stand));
    }

    /** Signs the current user in with the code shown in the room, from the set time before the start to the end. */
    public Meeting signIn(String code) {
        String value = code == null ? "" : code.strip();
        Meeting meeting = value.matches("\\d{6}") ? meetings.findBySignInCode(value).orElse(null) : null;
        if (meeting == null || meeting.getStatus() != Meeting.Status.NOTICED) {
            throw new BusinessRuleException("meeting.error.signInCode");
        }
        String username = currentUsers.current().username();
        Attendee attendee = attendees.findByMeetingIdAndUsername(meeting.getId(), username).orElse(null);
        if (attendee == null) {
            audit.failure("MEETING_SIGN_IN", "meeting", meeting.getId(), null);
            throw new BusinessRuleException("meeting.error.notInvited");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Duration before = properties.signInBefore();
        if (now.isBefore(meeting.getStartsAt().minus(before)) || !now.isBefore(meeting.getEndsAt())) {
            throw new BusinessRuleException("meeting.error.signInTime", before.toMinutes());
        }
        attendee.signIn(clock.instant());
        audit.success("MEETING_SIGN_IN", "meeting", meeting.getId(), null);
        return meeting;
    }

    /** Whether the current user may see the sign-in code and the attendance: organizer, host, 记录人. */
    @Transactional(readOnly = true)
    public boolean runs(Meeting meeting) {
        String username = currentUsers.current().username();
        return username.equals(meeting.getOrganizer()) || username.equals(meeting.getHost())
                || username.equals(meeting.getRecorder());
    }

    /** The meeting's search entry is taken again once the transaction commits. */
    void indexAgain(Meeting meeting) {
        events.publishEvent(new IndexEntryChanged(MeetingIndex.KIND, meeting.getId()));
    }

    Instant now() {
        return clock.instant();
    }

    /** The current user's unit. */
    public Long currentUnit() {
        return currentUsers.current().unitId();
    }

    Clock clock() {
        return clock;
    }
}
