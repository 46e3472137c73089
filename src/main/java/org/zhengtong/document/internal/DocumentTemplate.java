package org.zhengtong.document.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhengtong.platform.Classification;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * What the 发文 and 收文 templates share: the codes the designer scopes and conditions designs on (文种, 密级, 紧急程度,
 * the process variables every document process carries), the named send buttons, and keeping the document in step
 * with its process.
 */
abstract class DocumentTemplate implements ProcessTemplate {

    /** Steps whose button says what the step does (签发, 会签, 已阅 …) rather than the plain 发送. */
    private static final Set<String> NAMED_SEND_STEPS = Set.of("officeReview", "countersign", "signOff", "signIn",
            "register", "propose", "instruct", "circulate");

    /**
     * The variables {@link DocumentProcesses} starts every document process with: each step's time, and what designed
     * conditions and the clearance check read.
     */
    static final List<StartVariable> BASE_VARIABLES = List.of(
            StartVariable.required("stepDue", String.class),
            StartVariable.optional("classification", String.class),
            StartVariable.optional("urgency", String.class),
            StartVariable.optional("documentType", String.class),
            StartVariable.optional(Workflow.REQUIRED_CLEARANCE, String.class));

    final DocumentProcesses processes;
    private final AuditLog audit;

    DocumentTemplate(DocumentProcesses processes, AuditLog audit) {
        this.processes = processes;
        this.audit = audit;
    }

    static Design design(String frame, String unitVariable, List<DesignStep> steps) {
        return new Design(frame, new Codes("documentType", labels(DocumentType.values(), DocumentType::label)),
                new Codes("classification", labels(Classification.values(), Classification::label)),
                new Codes("urgency", labels(Urgency.values(), Urgency::label)), unitVariable, steps);
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name, label, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public String sendLabelKey(String activityId) {
        return NAMED_SEND_STEPS.contains(activityId) ? "document.action.sendOn." + activityId
                : "document.action.sendOn";
    }

    /** 退文 is the 收文's at 签收 ({@link IncomingTemplate}); anywhere else it is refused with that reason. */
    @Override
    public void refuse(TodoTask task, String reason) {
        throw new BusinessRuleException("document.error.refuseOnlyAtSignIn");
    }

    @Override
    public void afterAction(ActionDone done) {
        OfficialDocument document = processes.document(done.businessKey());
        switch (done.action()) {
            case SEND -> {
                processes.finishIfEnded(document);
                audit.success("DOCUMENT_SEND_ON", "document", document.getId(), done.task().name());
            }
            case RETURN, WITHDRAW -> processes.voidSignatureIfBeforeSigning(document);
            case TERMINATE -> processes.terminated(document);
            default -> {
                // the rest leave the document as it is
            }
        }
    }
}
