package org.zhengtong.document.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.workflow.StepChoice;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;

/**
 * 领导批办: chooses the departments that handle the 收文 (承办, by their heads, at least one) and the people who read it
 * (传阅), who become its readers.
 */
@Component
class InstructStep extends DocumentStep {

    private final DocumentPeople people;
    private final StepOptions options;
    private final ReaderRepository readers;
    private final CurrentUsers currentUsers;

    InstructStep(DocumentProcesses processes, DocumentPeople people, StepOptions options, ReaderRepository readers,
                 CurrentUsers currentUsers) {
        super(DocumentProcesses.INCOMING, "instruct", processes);
        this.people = people;
        this.options = options;
        this.readers = readers;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<StepChoice> choices(TodoTask task) {
        OfficialDocument document = document(task);
        return List.of(
                options.departments("handlingDepartments", "document.action.handlingDepartments", "department",
                        document),
                options.colleagues("readers", "document.action.readers", "readers", document,
                        currentUsers.current().username()));
    }

    @Override
    public Map<String, Object> send(TodoTask task, TaskDecision decision) {
        OfficialDocument document = document(task);
        List<String> handlers = people.chosen(document,
                people.departmentHeads(document.getUnitId(), departmentIds(decision.values("handlingDepartments"))));
        if (handlers.isEmpty()) {
            throw new BusinessRuleException("document.error.handlersRequired");
        }
        List<String> circulation = people.chosen(document, people.existing(decision.values("readers")));
        circulation.forEach(reader -> {
            if (!readers.existsByDocumentIdAndUsername(document.getId(), reader)) {
                readers.save(new DocumentReader(document.getId(), reader));
            }
        });
        return Map.of("handlers", handlers, "readers", circulation);
    }

    /** Department ids as posted; one that is no number is no department of the unit. */
    private static List<Long> departmentIds(List<String> values) {
        return values.stream().map(value -> {
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException e) {
                throw new NotFoundException("department", value);
            }
        }).toList();
    }
}
