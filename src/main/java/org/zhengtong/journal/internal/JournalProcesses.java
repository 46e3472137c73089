package org.zhengtong.journal.internal;

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
 * 信息审核 ({@code journal-article}: 报送 by the author → 编辑审核 by the publication's editors). Sending 报送 on puts
 * the article before the editors, sending 编辑审核 on adopts it (采用); 退回 (or the author's 撤回) brings it back to
 * 报送, 不采用 with a reason ends it, an administrator's 终止 cancels it.
 */
@Configuration(proxyBeanMethods = false)
class JournalProcesses {

    @Bean
    ProcessTemplate journalArticleTemplate(@Lazy JournalService journals, @Lazy Workflow workflow,
                                           CurrentUsers currentUsers) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return JournalService.TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "journal/article.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of(JournalService.DRAFT, JournalService.REVIEW);
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("articleId", Long.class),
                        StartVariable.required("publicationId", Long.class),
                        StartVariable.required("editors", String.class),
                        StartVariable.optional("classification", String.class),
                        StartVariable.optional(Workflow.REQUIRED_CLEARANCE, String.class));
            }

            @Override
            public String sendLabelKey(String activityId) {
                return JournalService.DRAFT.equals(activityId) ? "journal.action.submit" : "journal.action.adopt";
            }

            @Override
            public boolean offersRefusal(TodoTask task) {
                return JournalService.REVIEW.equals(task.activityId()) && task.addedSignerFor() == null;
            }

            @Override
            public void refuse(TodoTask task, String reason) {
                String editor = currentUsers.current().username();
                journals.ended(task.businessKey(), editor, endRefused(workflow, editor, task, reason, "journal.error"),
                        true);
            }

            @Override
            public void afterAction(ActionDone done) {
                if (done.action() == TaskAction.TERMINATE) {
                    journals.ended(done.businessKey(), null, null, false);
                } else if ((done.action() == TaskAction.RETURN || done.action() == TaskAction.WITHDRAW)
                        && workflow.openTasks(done.processInstanceId()).stream()
                        .anyMatch(t -> JournalService.DRAFT.equals(t.activityId()))) {
                    journals.backToDraft(done.businessKey());
                }
            }
        };
    }

    @Bean
    StepHandler journalDraftStep(@Lazy JournalService journals) {
        return StepHandler.of(JournalService.TEMPLATE, JournalService.DRAFT, (task, decision) -> {
            journals.inReview(task.businessKey());
            return Map.of();
        });
    }

    @Bean
    StepHandler journalReviewStep(@Lazy JournalService journals, CurrentUsers currentUsers) {
        return StepHandler.of(JournalService.TEMPLATE, JournalService.REVIEW, (task, decision) -> {
            journals.adopted(task.businessKey(), currentUsers.current().username());
            return Map.of();
        });
    }
}
