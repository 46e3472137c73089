package org.zhengtong.document.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;

/** 办公室核稿: chooses the 会签 people (none: no 会签) and the signer of 领导签发 (else the unit head stays). */
@Component
class OfficeReviewStep extends DocumentStep {

    private final DocumentPeople people;
    private final StepOptions options;
    private final CurrentUsers currentUsers;

    OfficeReviewStep(DocumentProcesses processes, DocumentPeople people, StepOptions options,
                     CurrentUsers currentUsers) {
        super(DocumentProcesses.OUTGOING, "officeReview", processes);
        this.people = people;
        this.options = options;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<StepChoice> choices(TodoTask task) {
        OfficialDocument document = document(task);
        return List.of(
                options.colleagues("countersigners", "document.action.countersigners", "countersigners", document,
                        currentUsers.current().username()),
                options.leader("signer", "document.action.signer", "signer-choice", document));
    }

    @Override
    public Map<String, Object> send(TodoTask task, TaskDecision decision) {
        OfficialDocument document = document(task);
        Map<String, Object> variables = new HashMap<>();
        variables.put("countersigners", people.chosen(document, people.existing(decision.values("countersigners"))));
        if (decision.value("signer") != null) {
            variables.put("signer", people.chosen(document, people.existing(List.of(decision.value("signer")))).get(0));
        }
        return variables;
    }
}
