package org.zhengtong.taskforce.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDateTime;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.meeting.MeetingPlans;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.taskforce.internal.AssignmentForm;
import org.zhengtong.taskforce.internal.AssignmentService;
import org.zhengtong.taskforce.internal.AssignmentView;
import org.zhengtong.taskforce.internal.StructureView;
import org.zhengtong.taskforce.internal.TaskForceForms;
import org.zhengtong.taskforce.internal.TaskForceService;
import org.zhengtong.taskforce.internal.TaskForceStatus;

@RestController
@RequestMapping(path = "/api/v1/taskforces", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "专项工作协调", description = "市政府的领导小组、协调推进小组：组长、副组长（侧重负责的工作组）、成员，办公室（所在单位、主任、"
        + "副主任、工作人员），工作组（职责、牵头单位、成员单位、联络员）。小组办公室人员和专项工作管理员（TASKFORCE_MANAGE）维护"
        + "组成、交办事项；交办事项在流程中办理（承办人报送进展、提交办结，办公室验收或退回，通过 /api/v1/tasks 办理），完成时限是"
        + "办理步骤的期限（督办）。小组涉及的人员和工作组单位的人员可以查看，其他人 403。")
class TaskForceApiController {

    private final TaskForceService taskForces;
    private final AssignmentService assignments;
    private final RequestTransactions requests;

    TaskForceApiController(TaskForceService taskForces, AssignmentService assignments, RequestTransactions requests) {
        this.taskForces = taskForces;
        this.assignments = assignments;
        this.requests = requests;
    }

    /** A group in the list. */
    record Row(long id, String name, String basisNumber, TaskForceStatus status) {
    }

    /** The meeting plan made for a group meeting, and its page. */
    record MeetingPlanned(long meetingId, String link) {
    }

    record MeetingRequest(String title, LocalDateTime start, LocalDateTime end, String location) {
    }

    record Urge(String message) {
    }

    @GetMapping
    @Operation(summary = "我参与的专项工作小组", description = "工作中的在前；专项工作管理员看到全部。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Row> list() {
        return taskForces.list().stream().map(t -> new Row(t.getId(), t.getName(), t.getBasisNumber(), t.getStatus()))
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "成立专项工作小组", description = "专项工作管理员；带 Idempotency-Key 请求头时重发只成立一次。")
    @ApiResponse(responseCode = "201", description = "已成立")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<StructureView> create(@Valid @RequestBody TaskForceForms.Basics form, @RequestKey String key) {
        return requests.createOnce(TaskForceForms.Basics.REQUEST_KIND, key, () -> taskForces.create(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/taskforces/{id}").buildAndExpand(id).toUri()).body(taskForces.structure(id)));
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "小组组成", description = "人员和单位带名称；editable 表示当前用户可以维护。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    StructureView structure(@PathVariable long id) {
        return taskForces.structure(id);
    }

    @PutMapping(path = "/{id:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改小组名称、文号、工作任务、办公室所在单位")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    StructureView update(@PathVariable long id, @Valid @RequestBody TaskForceForms.Basics form) {
        return requests.act(() -> taskForces.update(id, form), () -> taskForces.structure(id));
    }

    @PostMapping(path = "/{id:\\d+}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "添加人员", description = "role：LEADER 组长、DEPUTY 副组长、MEMBER 成员、OFFICE_DIRECTOR 办公室主任、"
            + "OFFICE_DEPUTY 办公室副主任、OFFICE_STAFF 办公室工作人员；username 为人员的账号，title 为通知中的职务。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    StructureView addMember(@PathVariable long id, @Valid @RequestBody TaskForceForms.MemberEntry form) {
        return requests.act(() -> taskForces.addMember(id, form), () -> taskForces.structure(id));
    }

    @DeleteMapping("/{id:\\d+}/members/{memberId:\\d+}")
    @Operation(summary = "移除人员")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    StructureView removeMember(@PathVariable long id, @PathVariable long memberId) {
        return requests.act(() -> taskForces.removeMember(id, memberId), () -> taskForces.structure(id));
    }

    @PostMapping(path = "/{id:\\d+}/groups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "添加工作组", description = "overseer 为侧重负责该组的副组长（账号）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    StructureView addGroup(@PathVariable long id, @Valid @RequestBody TaskForceForms.Group form) {
        return requests.act(() -> taskForces.addGroup(id, form), () -> taskForces.structure(id));
    }

    @PutMapping(path = "/{id:\\d+}/groups/{groupId:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改工作组")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    StructureView updateGroup(@PathVariable long id, @PathVariable long groupId,
                              @Valid @RequestBody TaskForceForms.Group form) {
        return requests.act(() -> taskForces.updateGroup(id, groupId, form), () -> taskForces.structure(id));
    }

    @DeleteMapping("/{id:\\d+}/groups/{groupId:\\d+}")
    @Operation(summary = "删除工作组", description = "已有交办事项的工作组不能删除（409）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    StructureView removeGroup(@PathVariable long id, @PathVariable long groupId) {
        return requests.act(() -> taskForces.removeGroup(id, groupId), () -> taskForces.structure(id));
    }

    @PostMapping(path = "/{id:\\d+}/groups/{groupId:\\d+}/units", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "工作组添加单位", description = "lead 为牵头单位；contact 为该单位的联络员（须是该单位的人员）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    StructureView addGroupUnit(@PathVariable long id, @PathVariable long groupId,
                               @Valid @RequestBody TaskForceForms.GroupUnitEntry form) {
        return requests.act(() -> taskForces.addGroupUnit(id, groupId, form), () -> taskForces.structure(id));
    }

    @DeleteMapping("/{id:\\d+}/units/{groupUnitId:\\d+}")
    @Operation(summary = "工作组移除单位")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    StructureView removeGroupUnit(@PathVariable long id, @PathVariable long groupUnitId) {
        return requests.act(() -> taskForces.removeGroupUnit(id, groupUnitId), () -> taskForces.structure(id));
    }

    @PostMapping("/{id:\\d+}/close")
    @Operation(summary = "撤销小组", description = "所有交办事项办结后才能撤销（否则 409）；撤销后提交归档。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    StructureView close(@PathVariable long id) {
        return requests.act(() -> taskForces.close(id), () -> taskForces.structure(id));
    }

    @PostMapping(path = "/{id:\\d+}/meeting", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "召开小组会议", description = "以小组全体人员和联络员为参会人员，在会议管理中生成会议方案草稿（拟定），"
            + "由当前用户完善并报批。带 Idempotency-Key 请求头时重发只生成一次。")
    @ApiResponse(responseCode = "201", description = "已生成")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<MeetingPlanned> meeting(@PathVariable long id, @RequestBody MeetingRequest request,
                                           @RequestKey String key) {
        return requests.createOnce("taskforce.meeting", key, () -> taskForces.callMeeting(id, request.title(),
                request.start(), request.end(), request.location()), meetingId -> ResponseEntity.status(201)
                .body(new MeetingPlanned(meetingId, MeetingPlans.link(meetingId))));
    }

    @GetMapping("/{id:\\d+}/tasks")
    @Operation(summary = "交办事项（工作推进）", description = "按完成时限；含状态、进度、是否超期和进展情况。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<AssignmentView> tasks(@PathVariable long id) {
        return assignments.board(id);
    }

    @PostMapping(path = "/{id:\\d+}/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "交办事项", description = "交给工作组（groupId，默认由牵头单位联络员承办）或小组中的人员（handler）；"
            + "完成时限 dueDate，或 workingDays 个工作日内（按节假日安排）。带 Idempotency-Key 请求头时重发只交办一次。")
    @ApiResponse(responseCode = "201", description = "已交办")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<AssignmentView> hand(@PathVariable long id, @Valid @RequestBody AssignmentForm form,
                                        @RequestKey String key) {
        return requests.createOnce(AssignmentForm.REQUEST_KIND, key, () -> assignments.hand(id, form),
                taskId -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/taskforces/tasks/{id}").buildAndExpand(taskId).toUri())
                        .body(assignments.view(taskId)));
    }

    @GetMapping("/tasks/{id:\\d+}")
    @Operation(summary = "查看交办事项")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    AssignmentView task(@PathVariable long id) {
        return assignments.view(id);
    }

    @PostMapping(path = "/tasks/{id:\\d+}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "报送进展", description = "正在办理的承办人：完成进度（0–100）、进展情况和附件（files，最多 10 个）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    AssignmentView report(@PathVariable long id, @RequestParam(defaultValue = "0") int percentDone,
                          @RequestParam(required = false) String text,
                          @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        List<AssignmentService.Upload> uploads = AssignmentService.Upload.of(files);
        return requests.act(() -> assignments.report(id, percentDone, text, uploads), () -> assignments.view(id));
    }

    @PostMapping(path = "/tasks/{id:\\d+}/urge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "催办", description = "通过流程的催办提醒承办人（交办人、流程参与人和督办领导可以催办）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    AssignmentView urge(@PathVariable long id, @RequestBody Urge urge) {
        return requests.act(() -> assignments.urge(id, urge.message()), () -> assignments.view(id));
    }
}
