package org.zhengtong.taskforce.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TodoDescriber;

/** Describes {@code taskforce-task:<id>} for the to-do window: the task's title, number, unit and deadline. */
@Component
class TaskForceTodoDescriber implements TodoDescriber {

    private final TaskAssignmentRepository assignments;
    private final OrgDirectory directory;
    private final MessageSource messages;

    TaskForceTodoDescriber(TaskAssignmentRepository assignments, OrgDirectory directory, MessageSource messages) {
        this.assignments = assignments;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && businessKey.startsWith(TaskAssignment.KEY_PREFIX);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = BusinessKeys.idsOf(businessKeys, TaskAssignment.KEY_PREFIX);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String type = messages.getMessage("taskforce.todoType", null, LocaleContextHolder.getLocale());
        Map<String, Description> described = new HashMap<>();
        for (TaskAssignment a : assignments.findByIdIn(ids)) {
            described.put(a.businessKey(), new Description(a.getTitle(), a.getAssignmentNumber(), type, null, 0, null,
                    directory.unit(a.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null), a.getDueDate(),
                    "/taskforce/tasks/" + a.getId()));
        }
        return described;
    }
}
