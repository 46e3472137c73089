package org.zhengtong.document.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;

/** 拟办: chooses the leader of 领导批办; the unit head when none is chosen. */
@Component
class ProposeStep extends DocumentStep {

    private final DocumentPeople people;
    private final StepOptions options;

    ProposeStep(DocumentProcesses processes, DocumentPeople people, StepOptions options) {
        super(DocumentProcesses.INCOMING, "propose", processes);
        this.people = people;
        this.options = options;
    }

    @Override
    public List<StepChoice> choices(TodoTask task) {
        return List.of(options.leader("leader", "document.action.leader", "leader-choice", document(task)));
    }

    @Override
    public Map<String, Object> send(TodoTask task, TaskDecision decision) {
        OfficialDocument document = document(task);
        String leader = decision.value("leader");
        return Map.of("leader", leader == null ? people.firstHolder(document.getUnitId(), Positions.UNIT_HEAD)
                : people.chosen(document, people.existing(List.of(leader))).get(0));
    }
}
