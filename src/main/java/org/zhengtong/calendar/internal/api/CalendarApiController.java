package org.zhengtong.calendar.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import org.zhengtong.calendar.EntryType;
import org.zhengtong.calendar.internal.CalendarEntry;
import org.zhengtong.calendar.internal.CalendarSharing;
import org.zhengtong.calendar.internal.EntryForm;
import org.zhengtong.calendar.internal.ICalendars;
import org.zhengtong.calendar.internal.MyCalendar;
import org.zhengtong.calendar.internal.Occurrence;
import org.zhengtong.calendar.internal.OccurrenceForm;
import org.zhengtong.calendar.internal.Recurrence;
import org.zhengtong.calendar.internal.Repeat;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/** 日程 for mobile clients and integrations, under the pages' rules. */
@RestController
@RequestMapping(path = "/api/v1/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "日程", description = "个人日程安排：全天和定时日程、类型（颜色）、按日/周/月重复及例外、提前提醒、按时段/类型/文字查询；"
        + "把本人日历只读共享给指定人员（私人日程对他们只显示“忙碌”）；iCalendar (.ics) 导出导入和可撤销的订阅地址。"
        + "时间均为本地时间（zhengtong.time-zone，默认 Asia/Shanghai）。他人的日程编号对任何人都是 403，并记入审计日志"
        + "（CALENDAR_OPEN）；由其他模块（会议等）写入的日程只读，在其来源处修改。")
class CalendarApiController {

    private final MyCalendar calendar;
    private final CalendarSharing sharing;
    private final ICalendars icalendars;
    private final OrgDirectory directory;
    private final RequestTransactions transactions;
    private final MessageSource messages;

    CalendarApiController(MyCalendar calendar, CalendarSharing sharing, ICalendars icalendars,
                          OrgDirectory directory, RequestTransactions transactions, MessageSource messages) {
        this.calendar = calendar;
        this.sharing = sharing;
        this.icalendars = icalendars;
        this.directory = directory;
        this.transactions = transactions;
        this.messages = messages;
    }

    record CalendarOccurrence(long entryId, LocalDate date, LocalDateTime start, LocalDateTime end, boolean allDay,
                          EntryType type, String typeName, String colour, String title, String location,
                          String description, boolean busyOnly, boolean repeating, boolean changed, String owner,
                          boolean readOnly, String sourceLink) {
    }

    record CalendarRepeat(Repeat frequency, int interval, List<DayOfWeek> weekdays, LocalDate until, Integer count) {
    }

    record CalendarException(LocalDate date, boolean cancelled, LocalDateTime start, LocalDateTime end, String title) {
    }

    record CalendarEntryView(long id, String owner, String ownerName, EntryType type, String typeName, String colour,
                 String title, String location, String description, boolean allDay, LocalDateTime start,
                 LocalDateTime end, boolean privateEntry, List<Integer> reminders, CalendarRepeat repeat,
                 List<CalendarException> exceptions, boolean readOnly, String sourceLink) {
    }

    record Created(long id) {
    }

    record CalendarPerson(String username, String name) {
    }

    record CalendarShareRequest(String username) {
    }

    record CalendarFeedAddress(String url) {
    }

    record Imported(int imported) {
    }

    @GetMapping("/occurrences")
    @Operation(summary = "按时段查询日程", description = "from、to：本地日期时间（如 2026-12-07T00:00），最长 400 天；"
            + "type：日程类型；q：标题、地点或说明中的文字；of：共享给我的日历的主人（用户名），不填为本人。"
            + "重复日程按次列出，date 为该次原定日期。")
    List<CalendarOccurrence> occurrences(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                     LocalDateTime from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                     LocalDateTime to,
                                     @RequestParam(required = false) EntryType type,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) String of, Locale locale) {
        return calendar.occurrences(of, from, to, type, q).stream().map(o -> item(o, locale)).toList();
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "查看日程", description = "本人的，或共享给我的日历中的（私人日程只显示“忙碌”）。")
    CalendarEntryView entry(@PathVariable long id, Locale locale) {
        return entry(calendar.entry(id), locale);
    }

    @PostMapping(path = "/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建日程", description = "startDate/endDate 为日期，startTime/endTime 为时间（全天日程不填）；"
            + "reminders 为提前的分钟数（0 至 10080，最多 5 个）；repeat 为 NONE、DAILY、WEEKLY、MONTHLY，"
            + "until 与 count 至多填一个。可带 Idempotency-Key。")
    ResponseEntity<Created> create(@RequestBody EntryForm form, @RequestKey String key) {
        return transactions.createOnce(EntryForm.REQUEST_KIND, key, () -> calendar.create(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/calendar/entries/{id}").buildAndExpand(id).toUri()).body(new Created(id)));
    }

    @PutMapping(path = "/entries/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改日程（整个系列）", description = "时间或重复规则改变时，各次的例外随之取消。")
    CalendarEntryView update(@PathVariable long id, @RequestBody EntryForm form, Locale locale) {
        return transactions.act(() -> calendar.update(id, form), () -> entry(calendar.entry(id), locale));
    }

    @DeleteMapping("/entries/{id}")
    @Operation(summary = "删除日程（整个系列）")
    ResponseEntity<Void> delete(@PathVariable long id) {
        calendar.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/entries/{id}/occurrences/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改重复日程的某一次", description = "date 为该次原定日期；其余各次不变。")
    CalendarEntryView changeOccurrence(@PathVariable long id,
                           @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                           @RequestBody OccurrenceForm form, Locale locale) {
        return transactions.act(() -> calendar.changeOccurrence(id, date, form),
                () -> entry(calendar.entry(id), locale));
    }

    @DeleteMapping("/entries/{id}/occurrences/{date}")
    @Operation(summary = "取消重复日程的某一次", description = "date 为该次原定日期（例外）。")
    ResponseEntity<Void> cancelOccurrence(@PathVariable long id,
                                          @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                          LocalDate date) {
        calendar.cancelOccurrence(id, date);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/shares")
    @Operation(summary = "我的日历共享给了谁")
    List<CalendarPerson> shares() {
        return sharing.readers().stream().map(p -> new CalendarPerson(p.username(), p.name())).toList();
    }

    @PostMapping(path = "/shares", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "共享我的日历", description = "对方只能查看，不能修改；私人日程对其只显示“忙碌”。")
    ResponseEntity<Void> share(@RequestBody CalendarShareRequest request) {
        sharing.share(request.username());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/shares/{username}")
    @Operation(summary = "取消共享")
    ResponseEntity<Void> unshare(@PathVariable String username) {
        sharing.unshare(username);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/shared-with-me")
    @Operation(summary = "共享给我的日历", description = "用 occurrences 的 of 参数查看。")
    List<CalendarPerson> sharedWithMe() {
        return sharing.sharedWithMe().stream().map(p -> new CalendarPerson(p.username(), p.name())).toList();
    }

    @PostMapping("/feed")
    @Operation(summary = "生成订阅地址", description = "新地址取代旧地址；地址只在此时给出一次（只保存其摘要）。"
            + "日历程序无需登录即可用此地址订阅本人的日历。")
    CalendarFeedAddress newFeed() {
        return new CalendarFeedAddress(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/feed/{token}.ics").buildAndExpand(sharing.newFeedToken()).toUriString());
    }

    @DeleteMapping("/feed")
    @Operation(summary = "停用订阅地址")
    ResponseEntity<Void> revokeFeed() {
        sharing.revokeFeed();
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/ics", produces = MediaType.ALL_VALUE)
    @Operation(summary = "导出 iCalendar", description = "本人的全部日程，作为 .ics 文件下载（text/calendar）。")
    ResponseEntity<byte[]> export() {
        return Downloads.attachment("日程.ics", icalendars.export());
    }

    @PostMapping(path = "/ics", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入 iCalendar", description = "每个 VEVENT 成为一条日程（支持按日/周/月重复、EXDATE、"
            + "RECURRENCE-ID、提醒）。不是 iCalendar、超过 1 MB 或 2000 条、或有一条无法导入时拒绝，什么也不保存。")
    Imported importFile(@RequestParam(required = false) MultipartFile file) throws IOException {
        return new Imported(icalendars.importFile(file == null ? null : file.getBytes()));
    }

    private CalendarOccurrence item(Occurrence o, Locale locale) {
        return new CalendarOccurrence(o.entryId(), o.date(), o.start(), o.end(), o.allDay(), o.type(),
                messages.getMessage(o.type().messageKey(), null, locale), o.type().colour(), o.title(),
                o.location(), o.description(), o.busyOnly(), o.repeating(), o.changed(), o.owner(),
                o.fromSource() || !o.owner().equals(calendar.me()), o.sourceLink());
    }

    private CalendarEntryView entry(CalendarEntry e, Locale locale) {
        boolean masked = calendar.masked(e);
        Recurrence r = e.recurrence();
        String busy = messages.getMessage("calendar.busy", null, locale);
        return new CalendarEntryView(e.getId(), e.getOwner(), directory.nameOf(e.getOwner()), e.getType(),
                messages.getMessage(e.getType().messageKey(), null, locale), e.getType().colour(),
                masked ? busy : e.getTitle(), masked ? null : e.getLocation(), masked ? null : e.getDescription(),
                e.isAllDay(), e.getStartsAt(), e.getEndsAt(), e.isPrivateEntry(), List.copyOf(e.getReminders()),
                new CalendarRepeat(r.frequency(), r.interval(), r.weekdays().stream().sorted().toList(), r.until(),
                        r.count()),
                e.getChanges().stream().map(c -> new CalendarException(c.getOriginalDate(), c.isCancelled(),
                        c.getStartsAt(), c.getEndsAt(), masked ? null : c.getTitle())).toList(),
                e.isFromSource() || !e.getOwner().equals(calendar.me()), masked ? null : e.getSourceLink());
    }
}
