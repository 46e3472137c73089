package org.zhengtong.chronicle.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TaskAction;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 大事记审核 ({@code chronicle-entry}: 填报 by the submitter → 办公室审核 by the unit's 大事记 managers). Sending 填报
 * on puts the entry into review, sending 办公室审核 on approves it; 退回 (or the submitter's 撤回) brings it back to
 * 填报, 不同意 with a reason ends it unapproved, an administrator's 终止 cancels it.
 */
@Configuration(proxyBeanMethods = false)
class ChronicleProcesses {

    @Bean
    ProcessTemplate chronicleEntryTemplate(@Lazy ChronicleService chronicles, @Lazy Workflow workflow,
                                           CurrentUsers currentUsers) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return ChronicleService.TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "chronicle/entry.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of(ChronicleService.DRAFT, ChronicleService.REVIEW);
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("entryId", Long.class),
                        StartVariable.required("unitId", Long.class),
                        StartVariable.required("reviewers", String.class),
                        StartVariable.optional("classification", String.class),
                        StartVariable.optional(Workflow.REQUIRED_CLEARANCE, String.class));
            }

            @Override
            public String sendLabelKey(String activityId) {
                return ChronicleService.DRAFT.equals(activityId) ? "chronicle.action.submit"
                        : "chronicle.action.approve";
            }

            @Override
            public boolean offersRefusal(TodoTask task) {
                return ChronicleService.REVIEW.equals(task.activityId()) && task.addedSignerFor() == null;
            }

            @Override
            public void refuse(TodoTask task, String reason) {
                chronicles.ended(task.businessKey(), endRefused(workflow, currentUsers.current().username(), task,
                        reason, "chronicle.error"), true);
            }

            @Override
            public void afterAction(ActionDone done) {
                if (done.action() == TaskAction.TERMINATE) {
                    chronicles.ended(done.businessKey(), null, false);
                } else if ((done.action() == TaskAction.RETURN || done.action() == TaskAction.WITHDRAW)
                        && workflow.openTasks(done.processInstanceId()).stream()
                        .anyMatch(t -> ChronicleService.DRAFT.equals(t.activityId()))) {
                    chronicles.backToDraft(done.businessKey());
                }
            }
        };
    }

    @Bean
    StepHandler chronicleDraftStep(@Lazy ChronicleService chronicles) {
        return StepHandler.of(ChronicleService.TEMPLATE, ChronicleService.DRAFT, (task, decision) -> {
            chronicles.inReview(task.businessKey());
            return Map.of();
        });
    }

    @Bean
    StepHandler chronicleReviewStep(@Lazy ChronicleService chronicles, CurrentUsers currentUsers) {
        return StepHandler.of(ChronicleService.TEMPLATE, ChronicleService.REVIEW, (task, decision) -> {
            chronicles.approved(task.businessKey(), currentUsers.current().username());
            return Map.of();
        });
    }
}
