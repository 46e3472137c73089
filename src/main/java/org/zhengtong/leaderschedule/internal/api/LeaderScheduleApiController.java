package org.zhengtong.leaderschedule.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.leaderschedule.internal.EntryForm;
import org.zhengtong.leaderschedule.internal.LeaderSchedules;
import org.zhengtong.leaderschedule.internal.Views.EntryView;
import org.zhengtong.leaderschedule.internal.Views.Setting;
import org.zhengtong.leaderschedule.internal.Views.WeekTable;
import org.zhengtong.leaderschedule.internal.WeekDownloads;
import org.zhengtong.leaderschedule.internal.Weeks;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

@RestController
@RequestMapping(path = "/api/v1/leader-schedules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "领导日程安排", description = "领导日程：秘书（领导设置中的编辑人）和领导本人维护日程，单位办公室主任设置各领导的编辑人和查看人。"
        + "可见范围：PUBLIC 本单位全体，LEADERS_ONLY 本单位领导、办公室主任和查看人，PRIVATE 仅领导本人和编辑人。"
        + "看不到的日程一律 404；看得到但不能编辑的 403。时间按系统时区（zhengtong.time-zone）。")
class LeaderScheduleApiController {

    private final LeaderSchedules schedules;
    private final WeekDownloads downloads;
    private final RequestTransactions requests;
    private final Clock clock;

    LeaderScheduleApiController(LeaderSchedules schedules, WeekDownloads downloads, RequestTransactions requests,
                                Clock clock) {
        this.schedules = schedules;
        this.downloads = downloads;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/week")
    @Operation(summary = "领导活动安排表（一周）", description = "本单位（或 unit 指定的单位）领导一周的日程，按组织机构顺序每位领导一行，"
            + "每天分上午、下午；只含本人可见的日程。week 形如 2026-W50（ISO 周），默认本周。其他单位的人员只看到设置中列其为查看人的领导，否则 403。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    WeekTable week(@Parameter(description = "ISO 周，如 2026-W50") @RequestParam(required = false)
                   @Pattern(regexp = Weeks.PATTERN, message = "{leaderschedule.validation.week}") String week,
                   @Parameter(description = "单位编号，默认本单位") @RequestParam(required = false) Long unit) {
        return schedules.week(unit, day(week));
    }

    @GetMapping(path = "/week.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "领导活动安排表 PDF", description = "A4 横向，内容同 /week。")
    @ApiResponse(responseCode = "200", description = "PDF")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false)
                               @Pattern(regexp = Weeks.PATTERN, message = "{leaderschedule.validation.week}") String week,
                               @RequestParam(required = false) Long unit) {
        return downloads.pdf(unit, day(week));
    }

    @GetMapping(path = "/week.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "领导活动安排表 Excel", description = "内容同 /week。")
    @ApiResponse(responseCode = "200", description = "Excel 工作簿")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false)
                                @Pattern(regexp = Weeks.PATTERN, message = "{leaderschedule.validation.week}") String week,
                                @RequestParam(required = false) Long unit) {
        return downloads.xlsx(unit, day(week));
    }

    @PostMapping(path = "/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建领导日程", description = "dayPart：TIMED（start、end）、ALL_DAY（date，多天时 endDate）、MORNING、AFTERNOON（date）。"
            + "结束须晚于开始；陪同人员 companions 为用户名；visibility：PUBLIC、LEADERS_ONLY、PRIVATE；reminderMinutes 为提前提醒的分钟数。"
            + "日程同时写入领导本人的日程（类型 领导活动）。带 Idempotency-Key 请求头时，以同一编号重发不再新建。")
    @ApiResponse(responseCode = "201", description = "已新建；Location 为日程的地址")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<EntryView> create(@Valid @RequestBody EntryForm form, @RequestKey String key) {
        return requests.createOnce(EntryForm.REQUEST_KIND, key, () -> schedules.create(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/leader-schedules/entries/{id}").buildAndExpand(id).toUri())
                        .body(schedules.entry(id)));
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "查看一条领导日程", description = "编辑人另见冲突：领导的其他日程及其日程中的会议等（clashes）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    EntryView entry(@Parameter(description = "日程编号") @PathVariable long id) {
        return schedules.entry(id);
    }

    @PutMapping(path = "/entries/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改领导日程", description = "规则同新建；领导不能更改。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    EntryView update(@Parameter(description = "日程编号") @PathVariable long id, @Valid @RequestBody EntryForm form) {
        return requests.act(() -> schedules.update(id, form), () -> schedules.entry(id));
    }

    @DeleteMapping("/entries/{id}")
    @Operation(summary = "删除领导日程", description = "同时从领导本人的日程中删除。")
    @ApiResponse(responseCode = "204", description = "已删除")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Void> delete(@Parameter(description = "日程编号") @PathVariable long id) {
        return requests.act(() -> schedules.delete(id), () -> ResponseEntity.noContent().<Void>build());
    }

    @GetMapping("/settings")
    @Operation(summary = "本单位各领导的日程设置", description = "仅办公室主任（或有“领导日程设置”权限者）：编辑人和查看人。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<Setting> settings() {
        return schedules.settings(null);
    }

    @PutMapping(path = "/settings/{leader}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "设置领导的编辑人和查看人", description = "编辑人须为本单位人员；查看人可为任何单位人员。"
            + "非领导职务的人员有设置后即列入本单位领导活动安排表（特定人员）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    Setting updateSetting(@Parameter(description = "领导的用户名") @PathVariable String leader,
                          @RequestBody SettingRequest request) {
        return requests.act(() -> schedules.updateSetting(leader, request.editors(), request.viewers()),
                () -> schedules.setting(leader));
    }

    /** Editors and viewers by username. */
    record SettingRequest(List<String> editors, List<String> viewers) {
    }

    private LocalDate day(String week) {
        return week == null || week.isBlank() ? LocalDate.now(clock) : Weeks.monday(week);
    }
}
