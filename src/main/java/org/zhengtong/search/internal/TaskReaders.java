package org.zhengtong.search.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.search.Searchable;
import org.zhengtong.workflow.BusinessAccess;
import org.zhengtong.workflow.TaskCreated;
import org.zhengtong.workflow.Workflow;

/**
 * A task that reaches people may make them readers of its business object ({@code <kind>:<id>}): the object is
 * announced again in the same transaction, so its entry lists them once the index takes it. Before the commit, when
 * the engine has written the process, so its business key can be read.
 */
@Component
class TaskReaders {

    private final Workflow workflow;
    private final ObjectProvider<Searchable> searchables;
    private final ApplicationEventPublisher events;

    TaskReaders(Workflow workflow, ObjectProvider<Searchable> searchables, ApplicationEventPublisher events) {
        this.workflow = workflow;
        this.searchables = searchables;
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(TaskCreated task) {
        workflow.businessKey(task.processInstanceId()).ifPresent(key -> {
            String kind = BusinessAccess.moduleOf(key);
            String id = key.substring(kind.length() + 1);
            if (id.chars().allMatch(Character::isDigit) && !id.isEmpty()
                    && searchables.orderedStream().anyMatch(s -> s.kind().equals(kind))) {
                events.publishEvent(new IndexEntryChanged(kind, Long.parseLong(id)));
            }
        });
    }
}
