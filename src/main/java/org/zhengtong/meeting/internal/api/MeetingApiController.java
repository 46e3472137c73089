package org.zhengtong.meeting.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.meeting.internal.Attendee;
import org.zhengtong.meeting.internal.BookingForm;
import org.zhengtong.meeting.internal.BookingService;
import org.zhengtong.meeting.internal.Decision;
import org.zhengtong.meeting.internal.DecisionService;
import org.zhengtong.meeting.internal.Meeting;
import org.zhengtong.meeting.internal.MeetingForm;
import org.zhengtong.meeting.internal.MeetingKind;
import org.zhengtong.meeting.internal.MeetingRoom;
import org.zhengtong.meeting.internal.MeetingNoticeDrafts;
import org.zhengtong.meeting.internal.MeetingQuery;
import org.zhengtong.meeting.internal.MeetingService;
import org.zhengtong.meeting.internal.MinutesService;
import org.zhengtong.meeting.internal.Paper;
import org.zhengtong.meeting.internal.RoomBooking;
import org.zhengtong.meeting.internal.RoomForm;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/** 会议管理 for mobile clients and integrations, under the pages' rules. */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "会议管理", description = "会议室（所属单位、位置、容纳人数、设备、可预订单位、预订是否需管理员审批）与预订（时间重叠的预订被拒绝，"
        + "同时提交的两个预订只有一个成功）、日/周占用情况；会议：类型、议题（汇报人、顺序、材料、密级）、参会和列席人员（人员、科室、单位、职务）、"
        + "记录人；方案经流程审批（待办在统一待办中，用 /api/v1/tasks/{taskId}/send 等办理）后发出通知：每位参会人收到提醒并在日程中生成条目；"
        + "回复参加或请假（原因、代参会人）；凭会场签到码在会议时间内签到；纪要审定后印发；议定事项有责任人和期限，在督办中跟踪至办结。"
        + "时间均为本地时间（zhengtong.time-zone）。看不到的会议为 403，不存在的为 404。")
class MeetingApiController {

    private final RoomService rooms;
    private final BookingService bookings;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final DecisionService decisions;
    private final OrgDirectory directory;
    private final RequestTransactions transactions;
    private final MeetingQuery query;
    private final MeetingNoticeDrafts noticeDrafts;

    MeetingApiController(RoomService rooms, BookingService bookings, MeetingService meetings, MinutesService minutes,
                         DecisionService decisions, OrgDirectory directory, RequestTransactions transactions,
                         MeetingQuery query, MeetingNoticeDrafts noticeDrafts) {
        this.query = query;
        this.noticeDrafts = noticeDrafts;
        this.rooms = rooms;
        this.bookings = bookings;
        this.meetings = meetings;
        this.minutes = minutes;
        this.decisions = decisions;
        this.directory = directory;
        this.transactions = transactions;
    }

    record Room(long id, long unitId, String unitName, String name, String building, int capacity, String equipment,
                String keeper, String keeperName, boolean needsApproval, boolean active, List<Long> bookingUnitIds,
                boolean hasPhoto) {
    }

    record Booking(long id, long roomId, String roomName, String bookedBy, String bookedByName, String purpose,
                   LocalDateTime start, LocalDateTime end, RoomBooking.Status status, Long meetingId) {
    }

    record Created(long id) {
    }

    record TopicItem(long id, int order, String title, String presenter, String presenterName,
                     Classification classification, List<PaperItem> papers) {
    }

    record PaperItem(long id, String fileName, long size, String sha256) {
    }

    record InviteeItem(String kind, String target, Attendee.Role role) {
    }

    record AttendeeItem(String username, String name, Attendee.Role role, Attendee.Reply reply, String reason,
                        String standIn, String standInName, Instant signedInAt) {
    }

    record MeetingView(long id, String title, MeetingKind kind, Meeting.Status status, String organizer,
                       String organizerName, String host, String hostName, String recorder, String recorderName,
                       Long roomId, String place, LocalDateTime start, LocalDateTime end,
                       Classification classification, int reminderMinutes, String signInCode,
                       List<TopicItem> topics, List<InviteeItem> invitees, List<AttendeeItem> attendees,
                       Meeting.MinutesStatus minutesStatus, String minutesHtml, List<DecisionItem> decisions) {
    }

    record DecisionItem(long id, String text, String owner, String ownerName, LocalDate deadline,
                        Decision.Status status) {
    }

    record ReplyRequest(Attendee.Reply reply, String reason, String standIn) {
    }

    record NoticeDraft(long documentId, String link) {
    }

    record SignInRequest(String code) {
    }

    record MinutesRequest(String html) {
    }

    record DecisionRequest(String text, String owner, LocalDate deadline) {
    }

    record ReportRequest(String text, int progress) {
    }

    // ------------------------------------------------------------------ rooms and bookings

    @GetMapping("/rooms")
    @Operation(summary = "我可看到的会议室", description = "本单位的，和向本单位开放预订的。")
    List<Room> rooms() {
        return rooms.visible().stream().map(this::room).toList();
    }

    @PostMapping(path = "/rooms", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建会议室", description = "本单位办公室主任、机要秘书或有“管理本单位会议室”权限者。可带 Idempotency-Key。")
    ResponseEntity<Created> createRoom(@RequestBody RoomForm form, @RequestKey String key) {
        return transactions.createOnce("meeting.room", key, () -> rooms.create(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/meetings/rooms/{id}").buildAndExpand(id).toUri()).body(new Created(id)));
    }

    @GetMapping("/rooms/{id}")
    @Operation(summary = "查看会议室")
    Room room(@PathVariable long id) {
        return room(rooms.room(id));
    }

    @PutMapping(path = "/rooms/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改会议室")
    Room updateRoom(@PathVariable long id, @RequestBody RoomForm form) {
        return transactions.act(() -> rooms.update(id, form), () -> room(rooms.room(id)));
    }

    @GetMapping("/rooms/free")
    @Operation(summary = "空闲会议室", description = "from、to：本地日期时间；这段时间内没有预订、本单位可预订的会议室。")
    List<Room> free(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to) {
        org.zhengtong.meeting.internal.BookingServiceChecks.period(from, to);
        Long unit = meetings.currentUnit();
        return rooms.visible().stream().filter(r -> r.bookableBy(unit) && bookings.free(r.getId(), from, to))
                .map(this::room).toList();
    }

    @GetMapping("/occupancy")
    @Operation(summary = "会议室占用情况", description = "from、to：本地日期时间（日视图一天，周视图七天，最长 31 天）；"
            + "我可看到的会议室在这段时间的有效预订（待审批和已确认），按开始时间。")
    List<Booking> occupancy(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to) {
        org.zhengtong.meeting.internal.BookingServiceChecks.period(from, to);
        Map<Long, String> names = rooms.visible().stream()
                .collect(java.util.stream.Collectors.toMap(MeetingRoom::getId, MeetingRoom::getName));
        return bookings.occupancy(from, to).stream().map(b -> booking(b, names.get(b.getRoomId()))).toList();
    }

    @PostMapping(path = "/bookings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "预订会议室", description = "roomId、start、end（本地日期时间）、purpose。与已有预订时间重叠则 409；"
            + "需审批的会议室预订为待审批，由管理员在待办中审批。可带 Idempotency-Key。")
    ResponseEntity<Booking> book(@RequestBody BookingForm form, @RequestKey String key) {
        return transactions.createOnce(BookingForm.REQUEST_KIND, key, () -> bookings.book(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/meetings/bookings/{id}").buildAndExpand(id).toUri()).body(booking(id)));
    }

    @GetMapping("/bookings/{id}")
    @Operation(summary = "查看预订")
    Booking booking(@PathVariable long id) {
        RoomBooking booking = bookings.visible(id);
        return booking(booking, rooms.room(booking.getRoomId()).getName());
    }

    @PostMapping("/bookings/{id}/cancel")
    @Operation(summary = "取消预订", description = "预订人或会议室所属单位的管理者；会议的预订随会议变化。")
    Booking cancel(@PathVariable long id) {
        return transactions.act(() -> bookings.cancel(id), () -> booking(id));
    }

    // ------------------------------------------------------------------ meetings

    @GetMapping
    @Operation(summary = "我的会议（综合查询）", description = "我组织、主持、记录、受邀、参加或列席（含代参会）、负责其议定事项的会议中，"
            + "密级在我涉密等级之内的，开始时间新的在前。可选条件：from、to（开始日期，含）、kind、roomId、unitId（主办单位）、"
            + "attendee（参会人用户名）、status、q（会议名称或议题中的文字）；page（从 0 起）、size（1 至 100，默认 50）。"
            + "响应头 X-Total-Count 为符合条件的总数。")
    ResponseEntity<List<MeetingView>> mine(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) MeetingKind kind, @RequestParam(required = false) Long roomId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String attendee,
            @RequestParam(required = false) Meeting.Status status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var found = query.find(new MeetingQuery.Criteria(from, to, kind, roomId, unitId, attendee, status, q), page,
                size);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.getTotalElements()))
                .body(found.getContent().stream().map(this::view).toList());
    }

    @GetMapping("/statistics")
    @Operation(summary = "会议统计", description = "与“我的会议（综合查询）”相同的范围和条件（不分页）：会议数，按类型、按月份和类型的会议数；"
            + "已开始会议的出席情况（参会人数不含请假者，签到人数，出席率 = 签到 / 参会）；议定事项未办结、已办结、已超期的件数。")
    MeetingQuery.MeetingStatistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) MeetingKind kind, @RequestParam(required = false) Long roomId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String attendee,
            @RequestParam(required = false) Meeting.Status status, @RequestParam(required = false) String q) {
        return query.statistics(new MeetingQuery.Criteria(from, to, kind, roomId, unitId, attendee, status, q));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "拟定会议", description = "kind、title、host、recorder（用户名）、roomId（一并预订）或 location、start、end、"
            + "classification、reminderMinutes、topics[{title, presenter, classification}]、invitees[{kind: PERSON|DEPARTMENT|UNIT|POSITION, "
            + "target, role: ATTENDEE|OBSERVER}]。流程在“拟定会议方案”处等待组织人提交。可带 Idempotency-Key。")
    ResponseEntity<MeetingView> create(@RequestBody MeetingForm form, @RequestKey String key) {
        return transactions.createOnce(MeetingForm.REQUEST_KIND, key, () -> meetings.create(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/meetings/{id}").buildAndExpand(id).toUri()).body(view(meetings.readable(id))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看会议")
    MeetingView meeting(@PathVariable long id) {
        return view(meetings.readable(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改会议方案", description = "提交审批前，由组织人修改。")
    MeetingView update(@PathVariable long id, @RequestBody MeetingForm form) {
        return transactions.act(() -> meetings.update(id, form), () -> view(meetings.readable(id)));
    }

    @PostMapping(path = "/{id}/topics/{topicId}/papers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传议题材料", description = "提交审批前，由组织人上传。")
    ResponseEntity<Created> addPaper(@PathVariable long id, @PathVariable long topicId,
                                     @RequestParam("file") MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            long paper = meetings.addPaper(id, topicId, file.getOriginalFilename(), in);
            return ResponseEntity.status(201).body(new Created(paper));
        }
    }

    @GetMapping(path = "/{id}/papers/{paperId}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "下载议题材料", description = "涉密议题的材料须涉密等级达到其密级，否则 403（记入审计）。")
    ResponseEntity<Resource> paper(@PathVariable long id, @PathVariable long paperId) {
        Paper paper = meetings.paper(id, paperId);
        return Downloads.attachment(paper.getFileName(), paper.getFileSize(), meetings.open(paper));
    }

    @PostMapping(path = "/{id}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "回复会议通知", description = "reply：ATTEND（参加）或 LEAVE（请假，须填 reason，可指定代参会人 standIn）。")
    MeetingView reply(@PathVariable long id, @RequestBody ReplyRequest request) {
        return transactions.act(() -> meetings.reply(id, request.reply(), request.reason(), request.standIn()),
                () -> view(meetings.readable(id)));
    }

    @PostMapping(path = "/sign-in", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "会议签到", description = "code：会场显示的 6 位签到码；会议开始前（zhengtong.meeting.sign-in-before）至结束之间，"
            + "参会名单中的人员。")
    MeetingView signIn(@RequestBody SignInRequest request) {
        long[] id = new long[1];
        return transactions.act(() -> id[0] = meetings.signIn(request.code()).getId(),
                () -> view(meetings.readable(id[0])));
    }

    @PutMapping(path = "/{id}/minutes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "保存纪要", description = "记录人或组织人；html 经过清理（只保留安全的格式）。")
    MeetingView saveMinutes(@PathVariable long id, @RequestBody MinutesRequest request) {
        return transactions.act(() -> minutes.save(id, request.html()), () -> view(meetings.readable(id)));
    }

    @PostMapping("/{id}/notice-document")
    @Operation(summary = "会议通知拟为公文", description = "组织人、主持人或记录人把会议通知拟为公文（通知）草稿：标题“关于召开…的通知”，"
            + "正文含时间、地点、议题和参会人员，主送参会人员所在单位；草稿在本人的待办（拟稿）中，按公文流程编辑、发送。"
            + "涉密会议和已取消的会议不能拟（409）。可带 Idempotency-Key。")
    ResponseEntity<NoticeDraft> noticeDocument(@PathVariable long id, @RequestKey String key) {
        return transactions.createOnce("meeting.noticeDocument", key, () -> noticeDrafts.draft(id).id(),
                document -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/documents/{id}").buildAndExpand(document).toUri())
                        .body(new NoticeDraft(document, "/documents/" + document)));
    }

    @PostMapping("/{id}/minutes/submit")
    @Operation(summary = "提交纪要审定", description = "送主持人（无主持人时为组织人）在待办中审定。")
    MeetingView submitMinutes(@PathVariable long id) {
        return transactions.act(() -> minutes.submit(id), () -> view(meetings.readable(id)));
    }

    @PostMapping("/{id}/minutes/publish")
    @Operation(summary = "印发纪要", description = "审定后才能印发（否则 409，不作改动）；印发后议定事项开始跟踪。")
    MeetingView publishMinutes(@PathVariable long id) {
        return transactions.act(() -> minutes.publish(id), () -> view(meetings.readable(id)));
    }

    @PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记议定事项", description = "text、owner（责任人用户名）、deadline（完成期限）。")
    ResponseEntity<Created> addDecision(@PathVariable long id, @RequestBody DecisionRequest request,
                                        @RequestKey String key) {
        return transactions.createOnce("meeting.decision", key,
                () -> decisions.add(id, request.text(), request.owner(), request.deadline()),
                created -> ResponseEntity.status(201).body(new Created(created)));
    }

    @PostMapping(path = "/decisions/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报告议定事项进展", description = "责任人；progress 为 0 至 100。办结用待办的发送（/api/v1/tasks/{taskId}/send）。")
    DecisionItem report(@PathVariable long id, @RequestBody ReportRequest request) {
        return transactions.act(() -> decisions.report(id, request.text(), request.progress()),
                () -> decision(decisions.decision(id)));
    }

    // ------------------------------------------------------------------ views

    private Room room(MeetingRoom r) {
        return new Room(r.getId(), r.getUnitId(), directory.unit(r.getUnitId()).map(OrgDirectory.UnitRef::name)
                .orElse(null), r.getName(), r.getBuilding(), r.getCapacity(), r.getEquipment(), r.getKeeper(),
                r.getKeeper() == null ? null : directory.nameOf(r.getKeeper()), r.isNeedsApproval(), r.isActive(),
                List.copyOf(r.getBookingUnitIds()), r.getPhotoKey() != null);
    }

    private Booking booking(RoomBooking b, String roomName) {
        return new Booking(b.getId(), b.getRoomId(), roomName, b.getBookedBy(), directory.nameOf(b.getBookedBy()),
                b.getPurpose(), b.getStartsAt(), b.getEndsAt(), b.getStatus(), b.getMeetingId());
    }

    private DecisionItem decision(Decision d) {
        return new DecisionItem(d.getId(), d.getText(), d.getOwner(), directory.nameOf(d.getOwner()), d.getDeadline(),
                d.getStatus());
    }

    private MeetingView view(Meeting m) {
        var topics = meetings.topics(m);
        var papers = meetings.papers(topics);
        return new MeetingView(m.getId(), m.getTitle(), m.getKind(), m.getStatus(), m.getOrganizer(),
                directory.nameOf(m.getOrganizer()), m.getHost(), m.getHost() == null ? null : directory.nameOf(m.getHost()),
                m.getRecorder(), m.getRecorder() == null ? null : directory.nameOf(m.getRecorder()), m.getRoomId(),
                meetings.place(m), m.getStartsAt(), m.getEndsAt(), m.getClassification(), m.getReminderMinutes(),
                meetings.runs(m) ? m.getSignInCode() : null,
                topics.stream().map(t -> new TopicItem(t.getId(), t.getSortOrder(), t.getTitle(), t.getPresenter(),
                        t.getPresenter() == null ? null : directory.nameOf(t.getPresenter()), t.getClassification(),
                        papers.getOrDefault(t.getId(), List.of()).stream().map(p -> new PaperItem(p.getId(),
                                p.getFileName(), p.getFileSize(), p.getSha256())).toList())).toList(),
                meetings.invitees(m).stream().map(i -> new InviteeItem(i.getKind().name(), i.getTarget(), i.getRole()))
                        .toList(),
                meetings.attendees(m).stream().map(a -> new AttendeeItem(a.getUsername(),
                        directory.nameOf(a.getUsername()), a.getRole(), a.getReply(), a.getReason(), a.getStandIn(),
                        a.getStandIn() == null ? null : directory.nameOf(a.getStandIn()), a.getSignedInAt())).toList(),
                m.getMinutesStatus(), m.getMinutesHtml(),
                decisions.of(m).stream().map(this::decision).toList());
    }
}
