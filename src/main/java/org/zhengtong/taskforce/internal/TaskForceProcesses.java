package org.zhengtong.taskforce.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TaskAction;

/**
 * 交办事项办理 ({@code taskforce-task}): 办理 by the handling unit's contact (sending on submits completion, the opinion
 * being the completion report) → 验收 by the group's office (sending on accepts; the kit's 退回 to 办理 sends it back).
 */
@Configuration(proxyBeanMethods = false)
class TaskForceProcesses {

    @Bean
    ProcessTemplate taskforceTaskTemplate(@Lazy AssignmentService assignments) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return AssignmentService.TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "taskforce/task.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of(AssignmentService.HANDLE, AssignmentService.ACCEPT);
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("assignmentId", Long.class),
                        StartVariable.required("taskForceId", Long.class),
                        StartVariable.required("handler", String.class),
                        StartVariable.required("office", String.class),
                        StartVariable.required("due", java.util.Date.class));
            }

            @Override
            public String sendLabelKey(String activityId) {
                return "taskforce.action.send." + activityId;
            }

            @Override
            public void afterAction(ActionDone done) {
                if (!done.ended() && (done.action() == TaskAction.RETURN || done.action() == TaskAction.WITHDRAW)) {
                    assignments.backToHandling(assignments.byKey(done.businessKey()));
                }
            }
        };
    }

    @Bean
    StepHandler taskforceHandleStep(@Lazy AssignmentService assignments) {
        return StepHandler.of(AssignmentService.TEMPLATE, AssignmentService.HANDLE, (task, decision) -> {
            assignments.submit(assignments.byKey(task.businessKey()), decision.opinion());
            return Map.of();
        });
    }

    @Bean
    StepHandler taskforceAcceptStep(@Lazy AssignmentService assignments) {
        return StepHandler.of(AssignmentService.TEMPLATE, AssignmentService.ACCEPT, (task, decision) -> {
            assignments.accept(assignments.byKey(task.businessKey()));
            return Map.of();
        });
    }
}
