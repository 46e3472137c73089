package org.zhengtong.workflow.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.Workflow;

/** The bodies of the task actions. */
final class TaskRequests {

    private TaskRequests() {
    }

    @Schema(name = "TaskSendRequest", description = "发送（办理完毕）")
    record Send(
            @Schema(description = "办理意见，最多 2000 字，可为空", example = "同意")
            String opinion,
            @Schema(description = "本步骤可选的下一步办理人等（见任务的 choices），按名称给出所选的值：用户名、科室编号等",
                    example = "{\"signer\": [\"czj.head\"]}")
            Map<String, List<String>> choices) {

        TaskDecision decision() {
            return new TaskDecision(opinion, choices);
        }
    }

    @Schema(name = "TaskReturnRequest", description = "退回")
    record Return(
            @Schema(description = "退回到的步骤代码，须是“可退回的步骤”之一", example = "draft")
            @NotBlank(message = "{validation.required}") String target,
            @Schema(description = "退回意见（原因）", example = "数据有误，请修改")
            @NotBlank(message = "{validation.required}") String opinion) {
    }

    @Schema(name = "TaskRefuseRequest", description = "退文（退回来件单位），只在模板提供退文的步骤")
    record Refuse(
            @Schema(description = "理由", example = "非本单位职责")
            @NotBlank(message = "{validation.required}") String reason) {
    }

    @Schema(name = "TaskHandOverRequest", description = "转交、加签或改派")
    record HandOver(
            @Schema(description = "接手的人员的用户名", example = "czj.d1.clerk2")
            @NotBlank(message = "{validation.required}") String to,
            @Schema(description = "说明，可为空", example = "请代为审核") String opinion) {
    }

    @Schema(name = "TaskUrgeRequest", description = "催办")
    record Urge(
            @Schema(description = "催办留言，可为空", example = "请尽快办理")
            @Size(max = Workflow.MAX_URGE_MESSAGE, message = "{validation.size}") String message) {
    }

    @Schema(name = "TaskTerminateRequest", description = "终止流程")
    record Terminate(
            @Schema(description = "终止原因", example = "重复提交")
            @NotBlank(message = "{validation.required}") String reason) {
    }
}
