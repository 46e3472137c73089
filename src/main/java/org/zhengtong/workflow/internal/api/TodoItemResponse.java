package org.zhengtong.workflow.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.zhengtong.workflow.TodoDescriber.Description;
import org.zhengtong.workflow.internal.TodoRow;
import org.zhengtong.workflow.internal.TodoWindow;

@Schema(name = "TodoItem", description = "待办窗口的一行：一个待办、已办步骤或本人发起的流程，以及它所办理的事项（公文等）的说明。")
record TodoItemResponse(
        @Schema(description = "任务编号；办理公文时用于 /api/v1/documents/{id}/tasks/{taskId}/…。我发起的流程为空") String taskId,
        @Schema(description = "流程实例编号") String processInstanceId,
        @Schema(description = "所办理事项的业务键，形如 document:42（公文编号 42）", example = "document:42") String businessKey,
        @Schema(description = "办理步骤；我发起的流程为当前所在步骤", example = "部门审核") String step,
        @Schema(description = "标题；涉密等级不够时不显示（为空），可凭文种和文号查找") String title,
        @Schema(description = "文号：发文字号，收文登记后为收文编号", example = "财预〔2026〕3号") String number,
        @Schema(description = "文种", example = "请示") String type,
        @Schema(description = "紧急程度", example = "加急") String urgency,
        @Schema(description = "紧急程度等级：0 平件，越大越紧急") int urgencyLevel,
        @Schema(description = "密级（仅涉密事项）", example = "秘密") String classification,
        @Schema(description = "来文单位或拟稿单位", example = "市财政局") String unitName,
        @Schema(description = "办理期限：本步骤的期限，无则为公文的办理时限") LocalDate deadline,
        @Schema(description = "本步骤的到期时间") Instant due,
        @Schema(description = "收到时间；我发起的流程为发起时间") Instant since,
        @Schema(description = "办理完毕或流程结束的时间") Instant ended,
        @Schema(description = "是否已超期") boolean overdue,
        @Schema(description = "是否临期（即将到期）") boolean nearDue,
        @Schema(description = "代办：原办理人姓名（“代 X 办理”）") String delegatedFrom,
        @Schema(description = "加签：请本人加签的办理人姓名") String addedSignerFor,
        @Schema(description = "是否为待签收的候选任务（多人中的一人签收办理）") boolean candidate,
        @Schema(description = "控制台中打开该事项的地址", example = "/documents/42") String link) {

    static TodoItemResponse of(TodoWindow.Item item) {
        TodoRow row = item.row();
        Description about = row.about();
        return new TodoItemResponse(row.taskId(), row.processInstanceId(), item.businessKey(), row.step(),
                about == null ? null : about.title(), about == null ? null : about.number(),
                about == null ? null : about.type(), about == null ? null : about.urgency(), row.urgencyLevel(),
                about == null ? null : about.classification(), about == null ? null : about.unitName(),
                row.deadline(), row.due(), row.since(), row.ended(), row.overdue(), row.nearDue(), row.delegatedFrom(),
                row.addedSignerFor(), row.candidate(), row.link());
    }
}
