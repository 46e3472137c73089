package org.zhengtong.leadermailbox.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TaskAction;

/**
 * 来信转办 ({@value LeaderMailboxService#TEMPLATE}): 拟答复 by the department (the draft is the step's opinion), then
 * 审核答复 by the leader or a person he named (the answer is the step's opinion, the draft as he left it), which sends
 * the answer to the writer. 终止 gives the letter back to the leader unanswered.
 */
@Configuration(proxyBeanMethods = false)
class LeaderMailboxProcesses {

    @Bean
    ProcessTemplate leaderMailboxAnswerTemplate(@Lazy LeaderMailboxService letters) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return LeaderMailboxService.TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "leadermailbox/answer.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of(LeaderMailboxService.DRAFT, LeaderMailboxService.APPROVE);
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("letterId", Long.class),
                        StartVariable.required("drafters", String.class),
                        StartVariable.required("approvers", String.class));
            }

            @Override
            public String sendLabelKey(String activityId) {
                return LeaderMailboxService.APPROVE.equals(activityId) ? "leadermailbox.action.sendAnswer"
                        : "leadermailbox.action.sendDraft";
            }

            @Override
            public void afterAction(ActionDone done) {
                if (done.action() == TaskAction.TERMINATE) {
                    letters.forwardingEnded(done.businessKey());
                }
            }
        };
    }

    @Bean
    StepHandler leaderMailboxDraftStep(@Lazy LeaderMailboxService letters) {
        return StepHandler.of(LeaderMailboxService.TEMPLATE, LeaderMailboxService.DRAFT, (task, decision) -> {
            letters.drafted(task.businessKey(), decision.opinion());
            return Map.of();
        });
    }

    @Bean
    StepHandler leaderMailboxApproveStep(@Lazy LeaderMailboxService letters, CurrentUsers currentUsers) {
        return StepHandler.of(LeaderMailboxService.TEMPLATE, LeaderMailboxService.APPROVE, (task, decision) -> {
            letters.approved(task.businessKey(), decision.opinion(), currentUsers.current().username());
            return Map.of();
        });
    }
}
