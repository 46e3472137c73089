package org.zhengtong.document.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 收文: 签收 (or 退文) → 登记 → (拟办 → 领导批办, or the steps an administrator designed) → 承办 → 传阅. 传阅 is only read.
 */
@Component
@Order(2)
class IncomingTemplate extends DocumentTemplate {

    private static final String SIGN_IN = "signIn";
    private static final Design DESIGN = design("document/incoming-frame.bpmn20.xml", "unitId", List.of(
            new DesignStep("PROPOSE", "propose", null, null, false, null),
            new DesignStep("INSTRUCT", "instruct", "leader", "PROPOSE", true, null)));

    private final Workflow workflow;
    private final DocumentRepository documents;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    IncomingTemplate(DocumentProcesses processes, Workflow workflow, DocumentRepository documents,
                     OrgDirectory directory, CurrentUsers currentUsers, AuditLog audit, Clock clock) {
        super(processes, audit);
        this.workflow = workflow;
        this.documents = documents;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String key() {
        return DocumentProcesses.INCOMING;
    }

    @Override
    public String bpmnResource() {
        return "document/incoming.bpmn20.xml";
    }

    @Override
    public List<String> fixedSteps() {
        return List.of(SIGN_IN, "register", "instruct", "handle", "circulate");
    }

    @Override
    public Set<String> readingSteps() {
        return Set.of("circulate");
    }

    @Override
    public Set<String> arrivalSteps() {
        return Set.of(SIGN_IN);
    }

    @Override
    public List<StartVariable> startVariables() {
        List<StartVariable> variables = new ArrayList<>(BASE_VARIABLES);
        variables.add(StartVariable.required("unitId", Long.class));
        variables.add(StartVariable.required("handlers", List.class));
        variables.add(StartVariable.required("readers", List.class));
        variables.add(StartVariable.required("refused", Boolean.class));
        return variables;
    }

    @Override
    public Optional<Design> design() {
        return Optional.of(DESIGN);
    }

    @Override
    public boolean offersRefusal(TodoTask task) {
        return SIGN_IN.equals(task.activityId()) && task.addedSignerFor() == null;
    }

    /**
     * 退文: the receiving unit refuses a 收文 back to its sender at 签收 with a reason. The engine ends the process at
     * its 退文 end; the reason stays as the 签收 opinion, and the sender's 发文 gets a 退文 record naming the unit.
     */
    @Override
    public void refuse(TodoTask task, String reason) {
        if (!offersRefusal(task)) {
            throw new BusinessRuleException("document.error.refuseOnlyAtSignIn");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("document.error.reasonRequired");
        }
        OfficialDocument document = processes.document(task.businessKey());
        String username = currentUsers.current().username();
        workflow.complete(task.taskId(), username, reason.strip(), Map.of("refused", true));
        document.finish(OfficialDocument.Status.REFUSED, clock.instant());
        if (document.getSourceDocumentId() != null) {
            documents.findById(document.getSourceDocumentId())
                    .filter(source -> source.getProcessInstanceId() != null)
                    .ifPresent(source -> workflow.recordOnProcess(source.getProcessInstanceId(), username, "refused",
                            directory.unit(document.getUnitId()).map(OrgDirectory.UnitRef::name).orElse("")
                                    + "：" + reason.strip()));
        }
        audit.success("DOCUMENT_REFUSE", "document", document.getId(), reason.strip());
    }
}
