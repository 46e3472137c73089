package org.zhengtong.workflow.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/** What the task API answers. */
final class TaskResponses {

    private TaskResponses() {
    }

    @Schema(name = "Task", description = "本人的一项待办任务，以及发送时可选的下一步办理人")
    record Task(
            @Schema(description = "任务编号") String taskId,
            @Schema(description = "流程实例编号") String processInstanceId,
            @Schema(description = "办理事项，“模块:编号”，如 document:42") String businessKey,
            @Schema(description = "步骤代码") String activityId,
            @Schema(description = "步骤名称") String name,
            @Schema(description = "加签：请本人加签的人的用户名；本人办理后任务交回此人") String addedSignerFor,
            @Schema(description = "只需阅知的步骤（传阅）：只能发送（已阅），不能退回、转交或加签") boolean readingStep,
            @Schema(description = "创建时间") Instant created,
            @Schema(description = "办理期限") Instant due,
            @Schema(description = "发送时可选的项目") List<Choice> choices) {

        static Task of(TodoTask task, boolean readingStep, List<StepChoice> choices) {
            return new Task(task.taskId(), task.processInstanceId(), task.businessKey(), task.activityId(), task.name(),
                    task.addedSignerFor(), readingStep, task.created(), task.due(),
                    choices.stream().map(Choice::of).toList());
        }
    }

    @Schema(name = "TaskChoice", description = "发送时可选的一项，如签发领导")
    record Choice(
            @Schema(description = "名称：发送请求的 choices 中以此为键") String name,
            @Schema(description = "PERSON 选一人、PEOPLE 选多人、CHECKBOXES 选多项") StepChoice.Kind kind,
            @Schema(description = "可选的值") List<StepChoice.Option> options,
            @Schema(description = "默认选中的值") List<String> preselected) {

        static Choice of(StepChoice choice) {
            return new Choice(choice.name(), choice.kind(), choice.options(), choice.preselected());
        }
    }

    @Schema(name = "TaskReturnTarget", description = "可退回的步骤")
    record ReturnTarget(@Schema(description = "步骤代码") String activityId, @Schema(description = "步骤名称") String name) {

        static ReturnTarget of(Workflow.Step step) {
            return new ReturnTarget(step.activityId(), step.name());
        }
    }

    @Schema(name = "ProcessState", description = "办理后的流程：是否已结束，当前各步骤及其办理人")
    record ProcessState(
            @Schema(description = "办理事项，“模块:编号”") String businessKey,
            @Schema(description = "流程实例编号") String processInstanceId,
            @Schema(description = "流程已结束") boolean ended,
            @Schema(description = "当前步骤") List<OpenStep> openSteps) {
    }

    @Schema(name = "OpenStep", description = "流程当前的一个步骤")
    record OpenStep(@Schema(description = "任务编号") String taskId, @Schema(description = "步骤名称") String name,
                    @Schema(description = "办理人的用户名；待签收时为空") String assignee,
                    @Schema(description = "办理人姓名") String assigneeName) {
    }
}
