package org.zhengtong.workflow.internal;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.service.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TaskCompleted;
import org.zhengtong.workflow.TaskCreated;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.WorkflowException;

/**
 * Engine listener for new and reassigned tasks: applies delegation (代办) at assignment time, recording whom the
 * task was meant for, keeps a classified task to people cleared for it, and announces new and completed tasks to the
 * rest of the application.
 */
@Component
class TaskRouting implements FlowableEventListener {

    private final DelegationRepository delegations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrgDirectory directory;
    private final HandoverScope scope;
    private final ProcessTemplates templates;

    TaskRouting(DelegationRepository delegations, ApplicationEventPublisher events, Clock clock, OrgDirectory directory,
                HandoverScope scope, ProcessTemplates templates) {
        this.directory = directory;
        this.templates = templates;
        this.scope = scope;
        this.delegations = delegations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof DelegateTask task)) {
            return;
        }
        if (event.getType() == FlowableEngineEventType.TASK_CREATED || event.getType() == FlowableEngineEventType.TASK_ASSIGNED) {
            delegate(task);
            keepToCleared(task);
        }
        if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
            // nobody is told about a task they made for themselves (the drafter's own 拟稿)
            String actor = EngineInternals.authenticatedUserId();
            List<String> recipients = (task.getAssignee() != null ? List.of(task.getAssignee())
                    : task.getCandidates().stream().map(l -> l.getUserId()).filter(u -> u != null).distinct().toList())
                    .stream().filter(recipient -> !recipient.equals(actor)).toList();
            events.publishEvent(new TaskCreated(task.getId(), task.getProcessInstanceId(), task.getName(), recipients,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), arrival(task)));
        }
        if (event.getType() == FlowableEngineEventType.TASK_COMPLETED) {
            List<String> people = Stream.concat(Stream.ofNullable(task.getAssignee()),
                    task.getCandidates().stream().map(l -> l.getUserId()).filter(u -> u != null)).distinct().toList();
            events.publishEvent(new TaskCompleted(task.getId(), task.getProcessInstanceId(), task.getName(), people));
        }
    }

    /** Whether the task is at an arrival step of its template (签收 of a 收文). */
    private boolean arrival(DelegateTask task) {
        // the engine names a definition "<process key>:<version>:<deployment part>"
        String processKey = task.getProcessDefinitionId().split(":", 2)[0];
        return templates.forProcessKey(processKey)
                .map(template -> template.arrivalSteps().contains(task.getTaskDefinitionKey())).orElse(false);
    }

    /** One hop only: a task that already reached a delegate is not passed on again (no A→B→A loops). */
    private void delegate(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || task.getVariableLocal(FlowableWorkflow.DELEGATED_FROM) != null) {
            return;
        }
        delegations.activeDelegation(assignee, clock.instant()).ifPresent(delegation -> {
            if (!cleared(delegation.getToUsername(), requiredClearance(task))
                    || !scope.allows(assignee, delegation.getToUsername())) {
                // stays with its assignee rather than reach a delegate without clearance, or one who changed unit
                return;
            }
            task.setVariableLocal(FlowableWorkflow.DELEGATED_FROM, assignee);
            EngineInternals.changeAssignee(task, delegation.getToUsername());
        });
    }

    /**
     * Whoever a step lands on — routed by position, chosen, transferred, reassigned — must hold the clearance the
     * process requires: candidates without it are left out, and an assignee without it refuses the whole move (the
     * exception rolls the transaction back), telling whoever sent it on who would have got it.
     */
    private void keepToCleared(DelegateTask task) {
        Clearance needed = requiredClearance(task);
        if (needed == Clearance.NONE) {
            return;
        }
        DefaultMessageSourceResolvable neededLabel = new DefaultMessageSourceResolvable(
                new String[] {"clearance." + needed.name()}, needed.label());
        String assignee = task.getAssignee();
        if (assignee != null) {
            if (!cleared(assignee, needed)) {
                throw new WorkflowException("workflow.error.handlerClearance", task.getName(),
                        directory.person(assignee).map(OrgDirectory.PersonRef::name).orElse(assignee), neededLabel);
            }
            return;
        }
        List<String> candidates = task.getCandidates().stream().map(IdentityLink::getUserId)
                .filter(username -> username != null).distinct().toList();
        List<String> uncleared = candidates.stream().filter(username -> !cleared(username, needed)).toList();
        if (!candidates.isEmpty() && uncleared.size() == candidates.size()) {
            throw new WorkflowException("workflow.error.noClearedCandidate", task.getName(), neededLabel);
        }
        uncleared.forEach(task::deleteCandidateUser);
    }

    private boolean cleared(String username, Clearance needed) {
        return needed == Clearance.NONE || directory.person(username)
                .map(person -> person.clearance().atLeast(needed)).orElse(false);
    }

    private static Clearance requiredClearance(DelegateTask task) {
        Object required = task.getVariable(Workflow.REQUIRED_CLEARANCE);
        return required == null ? Clearance.NONE : Clearance.valueOf(required.toString());
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
