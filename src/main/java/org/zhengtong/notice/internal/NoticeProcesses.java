package org.zhengtong.notice.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TaskAction;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 公告审核 ({@code notice-review}, designable per unit: 提交 → the unit's steps → 审核发布 by the column's reviewers).
 * Sending 审核发布 on publishes the notice; 不同意 with a reason at any step ends the process unpublished.
 */
@Configuration(proxyBeanMethods = false)
class NoticeProcesses {

    private static final ProcessTemplate.Design DESIGN = new ProcessTemplate.Design(
            "notice/review-frame.bpmn20.xml",
            new ProcessTemplate.Codes("noticeKind", new LinkedHashMap<>(Map.of("NOTICE", "公告"))),
            new ProcessTemplate.Codes("classification", Arrays.stream(Classification.values()).collect(
                    Collectors.toMap(Enum::name, Classification::label, (a, b) -> a, LinkedHashMap::new))),
            new ProcessTemplate.Codes("urgency", new LinkedHashMap<>(Map.of("NORMAL", "平件"))),
            null, List.of());

    @Bean
    ProcessTemplate noticeReviewTemplate(@Lazy NoticeService notices, @Lazy Workflow workflow,
                                         CurrentUsers currentUsers) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return NoticeService.TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "notice/review.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of(NoticeService.REVIEW);
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("noticeId", Long.class),
                        StartVariable.required("unitId", Long.class),
                        StartVariable.required("reviewers", String.class),
                        StartVariable.optional("classification", String.class));
            }

            @Override
            public Optional<Design> design() {
                return Optional.of(DESIGN);
            }

            @Override
            public String sendLabelKey(String activityId) {
                return NoticeService.REVIEW.equals(activityId) ? "notice.action.publish" : "notice.action.approve";
            }

            @Override
            public boolean offersRefusal(TodoTask task) {
                return task.addedSignerFor() == null;
            }

            @Override
            public void refuse(TodoTask task, String reason) {
                notices.refused(task.businessKey(), endRefused(workflow, currentUsers.current().username(), task,
                        reason, "notice.error"));
            }

            @Override
            public void afterAction(ActionDone done) {
                if (done.action() == TaskAction.TERMINATE) {
                    notices.refused(done.businessKey(), null);
                }
            }
        };
    }

    @Bean
    StepHandler noticePublishStep(@Lazy NoticeService notices) {
        return StepHandler.of(NoticeService.TEMPLATE, NoticeService.REVIEW, (task, decision) -> {
            notices.publish(task.businessKey());
            return Map.of();
        });
    }
}
