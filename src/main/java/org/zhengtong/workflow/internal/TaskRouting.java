package org.zhengtong.workflow.internal;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.impl.util.TaskHelper;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TaskCompleted;
import org.zhengtong.workflow.TaskCreated;
import org.zhengtong.workflow.Workflow;

/**
 * Engine listener for new and reassigned tasks: applies delegation (代办) at assignment time, recording whom the
 * task was meant for, and announces new and completed tasks to the rest of the application.
 */
@Component
class TaskRouting implements FlowableEventListener {

    private final DelegationRepository delegations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrgDirectory directory;

    TaskRouting(DelegationRepository delegations, ApplicationEventPublisher events, Clock clock, OrgDirectory directory) {
        this.directory = directory;
        this.delegations = delegations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)) {
            return;
        }
        if (event.getType() == FlowableEngineEventType.TASK_CREATED || event.getType() == FlowableEngineEventType.TASK_ASSIGNED) {
            delegate(task);
        }
        if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
            // nobody is told about a task they made for themselves (the drafter's own 拟稿)
            String actor = Authentication.getAuthenticatedUserId();
            List<String> recipients = (task.getAssignee() != null ? List.of(task.getAssignee())
                    : task.getCandidates().stream().map(l -> l.getUserId()).filter(u -> u != null).distinct().toList())
                    .stream().filter(recipient -> !recipient.equals(actor)).toList();
            events.publishEvent(new TaskCreated(task.getId(), task.getProcessInstanceId(), task.getName(), recipients,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        }
        if (event.getType() == FlowableEngineEventType.TASK_COMPLETED) {
            List<String> people = Stream.concat(Stream.ofNullable(task.getAssignee()),
                    task.getCandidates().stream().map(l -> l.getUserId()).filter(u -> u != null)).distinct().toList();
            events.publishEvent(new TaskCompleted(task.getId(), task.getProcessInstanceId(), task.getName(), people));
        }
    }

    /** One hop only: a task that already reached a delegate is not passed on again (no A→B→A loops). */
    private void delegate(TaskEntity task) {
        String assignee = task.getAssignee();
        if (assignee == null || task.getVariableLocal(FlowableWorkflow.DELEGATED_FROM) != null) {
            return;
        }
        delegations.activeDelegation(assignee, clock.instant()).ifPresent(delegation -> {
            if (!cleared(task, delegation.getToUsername())) {
                return; // a classified task stays with its assignee rather than reach a delegate without clearance
            }
            task.setVariableLocal(FlowableWorkflow.DELEGATED_FROM, assignee);
            TaskHelper.changeTaskAssignee(task, delegation.getToUsername());
        });
    }

    private boolean cleared(TaskEntity task, String delegate) {
        Object required = task.getVariable(Workflow.REQUIRED_CLEARANCE);
        if (required == null) {
            return true;
        }
        Clearance needed = Clearance.valueOf(required.toString());
        return needed == Clearance.NONE || directory.person(delegate)
                .map(person -> person.clearance().atLeast(needed)).orElse(false);
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
