package org.zhengtong.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.workflow.TaskAction;
import org.zhengtong.workflow.TodoTask;

/**
 * 发文: 拟稿 → (部门审核 → 办公室核稿 → 会签 → 领导签发, or the steps an administrator designed) → 编号登记 → 用印 → 分发.
 * The steps' own work is in the step handlers ({@link NumberingStep}, {@link SealStep}…).
 */
@Component
@Order(1)
class OutgoingTemplate extends DocumentTemplate {

    private static final Design DESIGN = design("document/outgoing-frame.bpmn20.xml", null, List.of(
            new DesignStep("OFFICE_REVIEW", "officeReview", null, null, false, "countersigners"),
            new DesignStep("SIGN_OFF", "signOff", "signer", null, false, null)));

    OutgoingTemplate(DocumentProcesses processes, AuditLog audit) {
        super(processes, audit);
    }

    @Override
    public String key() {
        return DocumentProcesses.OUTGOING;
    }

    @Override
    public String bpmnResource() {
        return "document/outgoing.bpmn20.xml";
    }

    @Override
    public List<String> fixedSteps() {
        return List.of("draft", "numbering", "seal", "distribute");
    }

    @Override
    public List<StartVariable> startVariables() {
        List<StartVariable> variables = new ArrayList<>(BASE_VARIABLES);
        // read by 核稿's 会签 and by 签发 (the default process's, or a design's that has them)
        variables.add(StartVariable.optional("countersigners", List.class));
        variables.add(StartVariable.optional("signer", String.class));
        return variables;
    }

    @Override
    public Optional<Design> design() {
        return Optional.of(DESIGN);
    }

    /** A sealed 发文 is not sent back: what was sealed stays as it is (ADR 8). */
    @Override
    public void beforeAction(TaskAction action, TodoTask task) {
        if (action == TaskAction.RETURN && processes.document(task.businessKey()).isSealed()) {
            throw new BusinessRuleException("document.error.sealedNoReturn");
        }
    }
}
