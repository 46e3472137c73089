package org.zhengtong.document.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.zhengtong.workflow.Workflow;

/** The bodies of the actions on a document besides sending on (whose body is {@code StepDecision}). */
final class ActionRequests {

    private ActionRequests() {
    }

    @Schema(name = "ReturnRequest", description = "退回")
    record Return(
            @Schema(description = "退回到的步骤代码，须是“可退回的步骤”之一", example = "draft")
            @NotBlank(message = "{validation.required}") String target,
            @Schema(description = "退回意见（原因）", example = "数据有误，请修改")
            @NotBlank(message = "{validation.required}") String opinion) {
    }

    @Schema(name = "TransferRequest", description = "转交")
    record Transfer(
            @Schema(description = "接手办理的人员的用户名", example = "czj.d1.clerk2")
            @NotBlank(message = "{validation.required}") String to,
            @Schema(description = "转交说明，可为空", example = "请代为审核") String opinion) {
    }

    @Schema(name = "AddSignerRequest", description = "加签")
    record AddSigner(
            @Schema(description = "加签人的用户名；加签人办理后公文交回本人", example = "czj.deputy1")
            @NotBlank(message = "{validation.required}") String signer,
            @Schema(description = "加签说明，可为空", example = "请先阅提意见") String opinion) {
    }

    @Schema(name = "UrgeRequest", description = "催办")
    record Urge(
            @Schema(description = "催办留言，可为空", example = "请尽快办理")
            @Size(max = Workflow.MAX_URGE_MESSAGE, message = "{validation.size}") String message) {
    }

    @Schema(name = "TerminateRequest", description = "终止流程")
    record Terminate(
            @Schema(description = "终止原因", example = "重复发文")
            @NotBlank(message = "{validation.required}") String reason) {
    }

    @Schema(name = "RefuseRequest", description = "退文")
    record Refuse(
            @Schema(description = "退文理由", example = "非本单位职责，请改送市发改委")
            @NotBlank(message = "{validation.required}") String reason) {
    }

    @Schema(name = "OutputRequest", description = "份数和附注")
    record Output(
            @Schema(description = "份数：1 至 999999", example = "30")
            @jakarta.validation.constraints.NotNull(message = "{document.validation.copies}")
            @jakarta.validation.constraints.Min(value = 1, message = "{document.validation.copies}")
            @jakarta.validation.constraints.Max(value = 999_999, message = "{document.validation.copies}") Integer copies,
            @Schema(description = "附注（不含圆括号），可为空", example = "此件公开发布")
            @Size(max = 100, message = "{validation.size}") String annotation) {
    }
}
