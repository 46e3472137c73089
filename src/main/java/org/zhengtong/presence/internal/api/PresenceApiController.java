package org.zhengtong.presence.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.presence.internal.AbsenceForm;
import org.zhengtong.presence.internal.AbsenceKind;
import org.zhengtong.presence.internal.AbsenceService;
import org.zhengtong.presence.internal.AbsenceView;
import org.zhengtong.presence.internal.Whereabouts;
import org.zhengtong.presence.internal.Whereabouts.PersonWhereabouts;

@RestController
@RequestMapping(path = "/api/v1/presence", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "外出登记", description = "本人的外出登记和返回登记；本科室外出情况（同科室人员可见）；外出情况查询（仅单位负责人、"
        + "办公室主任查本单位，分管领导查其分管科室，科长、副科长查本科室，其他人 403）。时间按系统时区（zhengtong.time-zone）。")
class PresenceApiController {

    private final AbsenceService absences;
    private final Whereabouts whereabouts;
    private final CurrentUsers currentUsers;
    private final RequestTransactions requests;
    private final Clock clock;

    PresenceApiController(AbsenceService absences, Whereabouts whereabouts, CurrentUsers currentUsers,
                          RequestTransactions requests, Clock clock) {
        this.absences = absences;
        this.whereabouts = whereabouts;
        this.currentUsers = currentUsers;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/absences")
    @Operation(summary = "我的外出登记", description = "按外出时间倒序。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<AbsenceView> mine() {
        return absences.mine(username());
    }

    @PostMapping(path = "/absences", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记外出", description = "类别 OUT（外出）、TRIP（出差）、LEAVE（请假）；预计返回时间须晚于外出时间且尚未过去，"
            + "不能与本人未返回的登记重叠。指定代办人（standInUsername，须为本单位人员）时，外出期间新到达本人的待办由代办人办理。"
            + "带 Idempotency-Key 请求头时，以同一编号重发不再新建，而返回第一次的登记。")
    @ApiResponse(responseCode = "201", description = "已登记；Location 为登记的地址")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<AbsenceView> register(@Valid @RequestBody AbsenceForm form, @RequestKey String key) {
        String username = username();
        return requests.createOnce(AbsenceForm.REQUEST_KIND, key, () -> absences.register(username, form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/presence/absences/{id}").buildAndExpand(id).toUri())
                        .body(absences.absence(id, username)));
    }

    @GetMapping("/absences/{id}")
    @Operation(summary = "查看本人的一条外出登记")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    AbsenceView absence(@Parameter(description = "登记编号") @PathVariable long id) {
        return absences.absence(id, username());
    }

    @PostMapping("/absences/{id}/return")
    @Operation(summary = "返回登记", description = "记录返回时间（外出前返回登记即取消该登记），结束代办，代办人尚未办理的待办交回本人。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    AbsenceView registerReturn(@Parameter(description = "登记编号") @PathVariable long id) {
        String username = username();
        return requests.act(() -> absences.registerReturn(id, username), () -> absences.absence(id, username));
    }

    @GetMapping("/department")
    @Operation(summary = "本科室外出情况", description = "本人所在科室目前外出的人员：类别、去向、外出时间、预计返回、联系电话、代办人（不含事由）。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<DepartmentAbsence> department() {
        return whereabouts.departmentAwayNow(username()).stream().map(DepartmentAbsence::of).toList();
    }

    @GetMapping("/query")
    @Operation(summary = "外出情况查询", description = "本人下属的在岗情况：当前是否外出，以及 from 至 to（含，默认今天，最多 92 天）期间的外出。"
            + "范围由本人职务决定，与请求中的其他参数无关。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    List<PersonWhereabouts> query(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from != null ? from : LocalDate.now(clock);
        return whereabouts.ofStaff(username(), start, to != null ? to : start);
    }

    /** A colleague's absence as 本科室外出 shows it: where and until when, not why. */
    record DepartmentAbsence(String username, String name, AbsenceKind kind, Instant leavesAt,
                             Instant expectedReturnAt, String destination, String contactPhone,
                             String standInName, AbsenceView.Status status) {

        static DepartmentAbsence of(AbsenceView a) {
            return new DepartmentAbsence(a.username(), a.name(), a.kind(), a.leavesAt(), a.expectedReturnAt(),
                    a.destination(), a.contactPhone(), a.standInName(), a.status());
        }
    }

    private String username() {
        return currentUsers.current().username();
    }
}
