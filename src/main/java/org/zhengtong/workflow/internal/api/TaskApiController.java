package org.zhengtong.workflow.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.internal.api.TaskResponses.OpenStep;
import org.zhengtong.workflow.internal.api.TaskResponses.ProcessState;

/**
 * The task actions of every module's processes for API clients, by task id (from {@code /api/v1/todo}). Each asks the
 * owning module first whether the caller may see the business object (403 otherwise), then acts; a refused action
 * changes nothing (409 with the reason). Every action answers with the process as it is afterwards, read in the
 * action's own transaction. A module may keep its own URLs for these actions (公文: {@code /api/v1/documents/…}); they
 * are the same actions.
 */
@RestController
@RequestMapping(path = "/api/v1/tasks/{taskId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "任务办理", description = "办理本人的待办任务（发送、退回、退文、转交、加签），以及撤回、催办、终止和改派，适用于各模块的流程。"
        + "taskId 取自“待办”。不能查看办理事项时返回 403；任务已由他人办理、不是本人的任务、违反办理规则时返回 409 并说明原因，不做任何改变。")
class TaskApiController {

    private static final String BAD_REQUEST = "BadRequest";
    private static final String NOT_FOUND = "NotFound";
    private static final String CONFLICT = "Conflict";

    private final TaskActions tasks;
    private final Workflow workflow;
    private final OrgDirectory directory;
    private final RequestTransactions requests;

    TaskApiController(TaskActions tasks, Workflow workflow, OrgDirectory directory, RequestTransactions requests) {
        this.tasks = tasks;
        this.workflow = workflow;
        this.directory = directory;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "任务", description = "本人的一项待办任务，以及发送时可选的下一步办理人（choices）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    TaskResponses.Task task(@Parameter(description = "任务编号") @PathVariable String taskId) {
        String businessKey = tasks.businessKeyOf(taskId);
        var task = tasks.task(businessKey, taskId);
        return TaskResponses.Task.of(task, tasks.readingStep(task), tasks.choices(businessKey, taskId));
    }

    @PostMapping("/send")
    @Operation(summary = "发送（办理完毕）", description = "填写意见并送下一步；本步骤的工作（由其模块完成）随之完成。"
            + "可选下一步办理人的步骤在 choices 中给出所选的值。加签人发送即交回加签的人。没有请求体时意见为空。")
    @ApiResponse(responseCode = "200", description = "已发送；返回发送后的流程")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ProcessState send(@Parameter(description = "任务编号") @PathVariable String taskId,
                      @RequestBody(required = false) TaskRequests.Send request) {
        TaskDecision decision = request == null ? TaskDecision.opinion(null) : request.decision();
        return onTask(taskId, businessKey -> tasks.send(businessKey, taskId, decision));
    }

    @GetMapping("/return-targets")
    @Operation(summary = "可退回的步骤", description = "本流程中已经办理过、且当前不在办理中的步骤，按办理顺序。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    List<TaskResponses.ReturnTarget> returnTargets(@Parameter(description = "任务编号") @PathVariable String taskId) {
        return tasks.returnTargets(tasks.businessKeyOf(taskId), taskId).stream()
                .map(TaskResponses.ReturnTarget::of).toList();
    }

    @PostMapping(path = "/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "退回", description = "退回到已经办理过的步骤，须填写意见。")
    @ApiResponse(responseCode = "200", description = "已退回；返回退回后的流程")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ProcessState returnTo(@Parameter(description = "任务编号") @PathVariable String taskId,
                          @Valid @RequestBody TaskRequests.Return request) {
        return onTask(taskId, businessKey -> tasks.returnTo(businessKey, taskId, request.target(), request.opinion()));
    }

    @PostMapping(path = "/refuse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "退文", description = "在模板提供退文的步骤（如收文的签收）退回来件单位，须填写理由；流程随之结束。")
    @ApiResponse(responseCode = "200", description = "已退文；返回退文后的流程")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ProcessState refuse(@Parameter(description = "任务编号") @PathVariable String taskId,
                        @Valid @RequestBody TaskRequests.Refuse request) {
        return onTask(taskId, businessKey -> tasks.refuse(businessKey, taskId, request.reason()));
    }

    @PostMapping(path = "/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "转交", description = "本步骤交由本单位的他人办理，不增加步骤。")
    @ApiResponse(responseCode = "200", description = "已转交；返回转交后的流程")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ProcessState transfer(@Parameter(description = "任务编号") @PathVariable String taskId,
                          @Valid @RequestBody TaskRequests.HandOver request) {
        return onTask(taskId, businessKey -> tasks.transfer(businessKey, taskId, request.to(), request.opinion()));
    }

    @PostMapping(path = "/add-signer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "加签", description = "请本单位的他人先办理本步骤（填写意见），办理后交回本人继续办理。")
    @ApiResponse(responseCode = "200", description = "已加签；返回加签后的流程")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ProcessState addSigner(@Parameter(description = "任务编号") @PathVariable String taskId,
                           @Valid @RequestBody TaskRequests.HandOver request) {
        return onTask(taskId, businessKey -> tasks.addSigner(businessKey, taskId, request.to(), request.opinion()));
    }

    @PostMapping("/withdraw")
    @Operation(summary = "撤回", description = "taskId 为本人刚办理完的任务（取自“已办”）：在下一步办理人处理之前收回，重新办理。")
    @ApiResponse(responseCode = "200", description = "已撤回；返回撤回后的流程")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ProcessState withdraw(@Parameter(description = "任务编号") @PathVariable String taskId) {
        return onProcess(taskId, (businessKey, process) -> tasks.withdraw(businessKey, process));
    }

    @PostMapping("/urge")
    @Operation(summary = "催办", description = "提醒任务所在流程当前各步骤的办理人。流程的参与人和流程管理员可以催办。没有请求体时不留言。")
    @ApiResponse(responseCode = "200", description = "已催办")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ProcessState urge(@Parameter(description = "任务编号") @PathVariable String taskId,
                      @Valid @RequestBody(required = false) TaskRequests.Urge request) {
        String message = request == null ? null : request.message();
        return onProcess(taskId, (businessKey, process) -> tasks.urge(businessKey, process, message));
    }

    @PostMapping(path = "/terminate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "终止流程", description = "仅流程管理员：终止任务所在的流程，终止后不能恢复。")
    @ApiResponse(responseCode = "200", description = "已终止；返回终止后的流程")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ProcessState terminate(@Parameter(description = "任务编号") @PathVariable String taskId,
                           @Valid @RequestBody TaskRequests.Terminate request) {
        return onProcess(taskId, (businessKey, process) -> tasks.terminate(businessKey, process, request.reason()));
    }

    @PostMapping(path = "/reassign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "改派", description = "仅流程管理员：把当前任务改派给他人办理。")
    @ApiResponse(responseCode = "200", description = "已改派；返回改派后的流程")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ProcessState reassign(@Parameter(description = "任务编号") @PathVariable String taskId,
                          @Valid @RequestBody TaskRequests.HandOver request) {
        return onTask(taskId, businessKey -> tasks.reassign(businessKey, taskId, request.to()));
    }

    private interface OnTask {
        void act(String businessKey);
    }

    private interface OnProcess {
        void act(String businessKey, String processInstanceId);
    }

    /** The action on the task's business object, then the process as it left it, in one transaction. */
    private ProcessState onTask(String taskId, OnTask action) {
        String process = tasks.processOf(taskId);
        String businessKey = tasks.businessKeyOf(taskId);
        return requests.act(() -> action.act(businessKey), () -> state(businessKey, process));
    }

    private ProcessState onProcess(String taskId, OnProcess action) {
        String process = tasks.processOf(taskId);
        String businessKey = tasks.businessKeyOf(taskId);
        return requests.act(() -> action.act(businessKey, process), () -> state(businessKey, process));
    }

    private ProcessState state(String businessKey, String process) {
        List<OpenStep> open = workflow.openTasks(process).stream()
                .map(t -> new OpenStep(t.taskId(), t.name(), t.assignee(),
                        t.assignee() == null ? null : directory.nameOf(t.assignee())))
                .toList();
        return new ProcessState(businessKey, process, workflow.isEnded(process), open);
    }
}
