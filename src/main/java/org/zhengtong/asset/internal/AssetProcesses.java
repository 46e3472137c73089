package org.zhengtong.asset.internal;

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
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 资产变更审批 ({@code asset-change}, designable per unit and kind of change): the unit's approval steps (its head by
 * default), then — when the start variable {@code financeApproval} says so, which the server computed from the value
 * limits — 市财政局's asset office (财政审批), then 登记 by the unit's asset clerks, whose send applies the change
 * ({@link AssetChangeService#apply}). 不同意 with a reason at any approval step ends it and the card stays as it was.
 */
@Configuration(proxyBeanMethods = false)
class AssetProcesses {

    private static final ProcessTemplate.Design DESIGN = new ProcessTemplate.Design(
            "asset/change-frame.bpmn20.xml",
            new ProcessTemplate.Codes("changeKind", Arrays.stream(ChangeKind.values()).collect(
                    Collectors.toMap(Enum::name, AssetProcesses::label, (a, b) -> a, LinkedHashMap::new))),
            new ProcessTemplate.Codes("classification", new LinkedHashMap<>(Map.of(
                    Classification.UNCLASSIFIED.name(), Classification.UNCLASSIFIED.label()))),
            new ProcessTemplate.Codes("urgency", new LinkedHashMap<>(Map.of("NORMAL", "平件"))),
            null, List.of());

    /** The designer's labels of the kinds (the designer shows codes' labels as given, not from the bundles). */
    private static String label(ChangeKind kind) {
        return switch (kind) {
            case ALLOCATE -> "配置";
            case RECEIVE -> "领用";
            case TRANSFER -> "调拨";
            case CHANGE_USE -> "变更用途";
            case LEND -> "出租出借";
            case RECALL -> "收回";
            case INVEST -> "对外投资";
            case REVALUE -> "价值变动";
            case SCRAP -> "报废";
            case LOSS -> "报损";
            case DISPOSE -> "处置";
            case SURPLUS -> "盘盈入账";
        };
    }

    @Bean
    ProcessTemplate assetChangeTemplate(@Lazy AssetChangeService changes, @Lazy Workflow workflow,
                                        CurrentUsers currentUsers) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return AssetChangeService.TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "asset/change.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of(AssetChangeService.APPLY);
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("changeId", Long.class),
                        StartVariable.required("unitId", Long.class),
                        StartVariable.required("changeKind", String.class),
                        StartVariable.required("financeApproval", Boolean.class),
                        StartVariable.required("financeUnitId", Long.class),
                        StartVariable.optional("classification", String.class),
                        StartVariable.optional("urgency", String.class));
            }

            @Override
            public Optional<Design> design() {
                return Optional.of(DESIGN);
            }

            @Override
            public String sendLabelKey(String activityId) {
                return AssetChangeService.APPLY.equals(activityId) ? "asset.action.apply" : "asset.action.approve";
            }

            @Override
            public boolean offersRefusal(TodoTask task) {
                return task.addedSignerFor() == null;
            }

            @Override
            public void refuse(TodoTask task, String reason) {
                changes.refusedByProcess(task.businessKey(), endRefused(workflow, currentUsers.current().username(),
                        task, reason, "asset.error"));
            }

            @Override
            public void afterAction(ActionDone done) {
                if (done.ended() && (done.action() == TaskAction.TERMINATE || done.action() == TaskAction.WITHDRAW)) {
                    changes.endedByProcess(done.businessKey());
                }
            }
        };
    }

    @Bean
    StepHandler assetApplyStep(@Lazy AssetChangeService changes) {
        return new StepHandler() {
            @Override
            public String template() {
                return AssetChangeService.TEMPLATE;
            }

            @Override
            public String activityId() {
                return AssetChangeService.APPLY;
            }

            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                changes.apply(task.businessKey());
                return Map.of();
            }
        };
    }
}
