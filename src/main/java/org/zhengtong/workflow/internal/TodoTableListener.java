package org.zhengtong.workflow.internal;

import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Feeds the to-do table from the engine's events, inside the engine's command and transaction: every event about a
 * task (created, assigned, claimed, delegated, due date, completed, deleted), about a task's candidates, or about a
 * process starting or ending marks its process for the table and takes the process's to-do lock (ADR 10). A failure
 * here fails the engine's change: the table is never behind it.
 */
@Component
class TodoTableListener implements FlowableEventListener {

    private static final Set<FlowableEventType> TASK_ENDS = Set.of(FlowableEngineEventType.TASK_COMPLETED,
            FlowableEngineEventType.ENTITY_DELETED);
    private static final Set<FlowableEventType> PROCESS_EVENTS = Set.of(FlowableEngineEventType.PROCESS_STARTED,
            FlowableEngineEventType.PROCESS_COMPLETED,
            FlowableEngineEventType.PROCESS_COMPLETED_WITH_TERMINATE_END_EVENT,
            FlowableEngineEventType.PROCESS_COMPLETED_WITH_ERROR_END_EVENT, FlowableEngineEventType.PROCESS_CANCELLED);

    /** The table asks the engine, which is built with this listener: looked up when the first event comes. */
    private final ObjectProvider<TodoTable> table;

    TodoTableListener(ObjectProvider<TodoTable> table) {
        this.table = table;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        Object entity = event instanceof FlowableEntityEvent entityEvent ? entityEvent.getEntity() : null;
        if (entity instanceof Task task) {
            if (task.getProcessInstanceId() != null) {
                table.getObject().taskChanged(task.getId(), task.getProcessInstanceId(),
                        TASK_ENDS.contains(event.getType()));
            }
        } else if (entity instanceof IdentityLink link) {
            if (link.getTaskId() != null) {
                table.getObject().candidatesChanged(link.getTaskId());
            }
        } else if (PROCESS_EVENTS.contains(event.getType()) && event instanceof FlowableEngineEvent engineEvent
                && engineEvent.getProcessInstanceId() != null) {
            table.getObject().processChanged(engineEvent.getProcessInstanceId());
        }
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
