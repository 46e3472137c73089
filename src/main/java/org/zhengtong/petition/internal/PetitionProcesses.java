package org.zhengtong.petition.internal;

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
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.TaskAction;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The module's processes: 信访事项办理 ({@code petition}, designable per unit and 信访形式: 拟办 → the unit's chain with
 * 领导批示 → 交办 → 办理并报告 → 审核答复意见 → 答复 → 回访) and 延期审批 ({@code petition-extension}).
 */
@Configuration(proxyBeanMethods = false)
class PetitionProcesses {

    static final String EXTENSION_PREFIX = PetitionService.EXTENSION + ":";
    static final String PROPOSE = "propose";
    static final String INSTRUCT = "instruct";
    static final String ASSIGN = "assign";
    static final String HANDLE = "handle";
    static final String REVIEW = "review";
    static final String REPLY = "reply";
    static final String VISIT = "visit";

    private static final ProcessTemplate.Design DESIGN = new ProcessTemplate.Design("petition/case-frame.bpmn20.xml",
            new ProcessTemplate.Codes("channel", labels()),
            new ProcessTemplate.Codes("classification", Arrays.stream(Classification.values()).collect(
                    Collectors.toMap(Enum::name, Classification::label, (a, b) -> a, LinkedHashMap::new))),
            new ProcessTemplate.Codes("urgency", new LinkedHashMap<>(Map.of("NORMAL", "平件"))), "unitId",
            List.of(new ProcessTemplate.DesignStep("PETITION_INSTRUCT", INSTRUCT, "leader", null, true, null)));

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Channel.LETTER.name(), "来信");
        labels.put(Channel.VISIT.name(), "来访");
        labels.put(Channel.PHONE.name(), "来电");
        labels.put(Channel.ONLINE.name(), "网上信访");
        return labels;
    }

    @Bean
    ProcessTemplate petitionTemplate(@Lazy PetitionService petitions, @Lazy Workflow workflow) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return PetitionService.TEMPLATE;
            }

            @Override
            public String bpmnResource() {
                return "petition/case.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of(PROPOSE, INSTRUCT, ASSIGN, HANDLE, REVIEW, REPLY, VISIT);
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("caseId", Long.class),
                        StartVariable.required("unitId", Long.class),
                        StartVariable.required("office", String.class),
                        StartVariable.required("acceptDue", java.util.Date.class),
                        StartVariable.required("stepDue", java.util.Date.class),
                        StartVariable.optional("channel", String.class),
                        StartVariable.optional("classification", String.class),
                        StartVariable.optional("urgency", String.class));
            }

            @Override
            public Optional<Design> design() {
                return Optional.of(DESIGN);
            }

            @Override
            public String sendLabelKey(String activityId) {
                return switch (activityId) {
                    case PROPOSE, ASSIGN, HANDLE, REPLY, VISIT -> "petition.action.send." + activityId;
                    default -> "workflow.action.send";
                };
            }

            @Override
            public void afterAction(ActionDone done) {
                if (done.action() == TaskAction.RETURN || done.action() == TaskAction.WITHDRAW) {
                    if (workflow.openTasks(done.processInstanceId()).stream()
                            .anyMatch(t -> PROPOSE.equals(t.activityId()))) {
                        petitions.backToRegistered(petitions.byKey(done.businessKey()));
                    }
                }
            }
        };
    }

    @Bean
    ProcessTemplate petitionExtensionTemplate(@Lazy PetitionService petitions, @Lazy Workflow workflow,
                                              CurrentUsers currentUsers) {
        return new ProcessTemplate() {
            @Override
            public String key() {
                return PetitionService.EXTENSION;
            }

            @Override
            public String bpmnResource() {
                return "petition/extension.bpmn20.xml";
            }

            @Override
            public List<String> fixedSteps() {
                return List.of("approve");
            }

            @Override
            public List<StartVariable> startVariables() {
                return List.of(StartVariable.required("approver", String.class),
                        StartVariable.required("caseId", Long.class),
                        StartVariable.required("handleDue", java.util.Date.class));
            }

            @Override
            public String sendLabelKey(String activityId) {
                return "petition.action.approveExtension";
            }

            @Override
            public boolean offersRefusal(TodoTask task) {
                return "approve".equals(task.activityId()) && task.addedSignerFor() == null;
            }

            @Override
            public void refuse(TodoTask task, String reason) {
                String why = refusalReason(task, reason, "petition.error.refuseOnlyExtension", "petition.error.noticeReason");
                workflow.complete(task.taskId(), currentUsers.current().username(), why, Map.of());
                petitions.extensionDecided(extensionCase(task.businessKey()), false);
            }

            @Override
            public void afterAction(ActionDone done) {
                if (done.ended() && done.action() == TaskAction.SEND) {
                    petitions.extensionDecided(extensionCase(done.businessKey()), true);
                }
            }
        };
    }

    /** The case of an extension's business key ({@code petition-extension:42}). */
    static long extensionCase(String businessKey) {
        return BusinessKeys.idOf(businessKey, EXTENSION_PREFIX)
                .orElseThrow(() -> new NotFoundException("petition", businessKey));
    }
}
