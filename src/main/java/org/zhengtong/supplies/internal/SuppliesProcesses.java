package org.zhengtong.supplies.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TaskAction;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 领用审批 ({@code supplies-request}, designable per unit: 领用申请 → the unit's approval steps → 发放). Sending an
 * approval step on approves; 不同意 (the kit's refusal, with a reason) at any step ends the process and the request
 * is 未批准. At 发放 a keeper of the store sends it on, which issues the goods ({@link SupplyRequestService#issue}).
 */
@Configuration(proxyBeanMethods = false)
class SuppliesProcesses {

    /** The one kind of request a design is scoped to. */
    static final String TYPE = "OFFICE";

    private static final ProcessTemplate.Design DESIGN = new ProcessTemplate.Design(
            "supplies/request-frame.bpmn20.xml",
            new ProcessTemplate.Codes("requestType", new LinkedHashMap<>(Map.of(TYPE, "办公用品领用"))),
            new ProcessTemplate.Codes("classification", new LinkedHashMap<>(Map.of(
                    Classification.UNCLASSIFIED.name(), Classification.UNCLASSIFIED.label()))),
            new ProcessTemplate.Codes("urgency", new LinkedHashMap<>(Map.of("NORMAL", "平件"))),
            null, List.of());

    @Bean
    ProcessTemplate suppliesRequestTemplate(@Lazy SupplyRequestService requests, @Lazy Workflow workflow,
                                            CurrentUsers currentUsers) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return SupplyRequestService.TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "supplies/request.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of(SupplyRequestService.ISSUE);
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("requestId", Long.class),
                        StartVariable.required("unitId", Long.class),
                        StartVariable.required("requestType", String.class),
                        StartVariable.required("keepers", String.class),
                        StartVariable.optional("classification", String.class),
                        StartVariable.optional("urgency", String.class));
            }

            @Override
            public Optional<Design> design() {
                return Optional.of(DESIGN);
            }

            @Override
            public String sendLabelKey(String activityId) {
                return SupplyRequestService.ISSUE.equals(activityId) ? "supplies.action.issue"
                        : "supplies.action.approve";
            }

            @Override
            public boolean offersRefusal(TodoTask task) {
                return task.addedSignerFor() == null;
            }

            @Override
            public void refuse(TodoTask task, String reason) {
                requests.refusedByProcess(task.businessKey(), endRefused(workflow, currentUsers.current().username(),
                        task, reason, "supplies.error"));
            }

            /** A process ended otherwise than by 发放 (terminated, withdrawn) leaves the request 已撤销. */
            @Override
            public void afterAction(ActionDone done) {
                if (done.ended() && done.action() != TaskAction.SEND) {
                    requests.endedByProcess(done.businessKey());
                }
            }
        };
    }

    @Bean
    StepHandler suppliesIssueStep(@Lazy SupplyRequestService requests) {
        return new StepHandler() {
            @Override
            public String template() {
                return SupplyRequestService.TEMPLATE;
            }

            @Override
            public String activityId() {
                return SupplyRequestService.ISSUE;
            }

            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                requests.issue(requests.byKey(task.businessKey()));
                return Map.of();
            }
        };
    }
}
