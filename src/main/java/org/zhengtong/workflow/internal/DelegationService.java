package org.zhengtong.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.workflow.Delegations;
import org.zhengtong.workflow.WorkflowException;

/**
 * 代办 (委托): a person hands their tasks to someone else for a while. {@link TaskRouting} applies an active
 * delegation when a task is assigned; this service registers, lists, cancels and ends them — for the 代办 page and,
 * as {@link Delegations}, for other modules. A refused registration saves nothing and says why.
 */
@Service
@Transactional
public class DelegationService implements Delegations {

    static final int MAX_REASON = 200;

    private final DelegationRepository delegations;
    private final OrgDirectory directory;
    private final HandoverScope scope;
    private final AuditLog audit;
    private final Clock clock;
    private final TaskService tasks;

    DelegationService(DelegationRepository delegations, OrgDirectory directory, HandoverScope scope, AuditLog audit,
                      Clock clock, TaskService tasks) {
        this.tasks = tasks;
        this.delegations = delegations;
        this.directory = directory;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** 登记代办 from the 代办 page: times in the application's zone. */
    public DelegationView register(String fromUsername, DelegationForm form) {
        if (form.startsAt() == null || form.endsAt() == null) {
            throw new WorkflowException("todo.delegation.error.timeRequired");
        }
        return view(save(fromUsername, form.toUsername(), instant(form.startsAt()), instant(form.endsAt()),
                form.reason()));
    }

    @Override
    public long handOver(String fromUsername, String toUsername, Instant startsAt, Instant endsAt, String reason) {
        return save(fromUsername, toUsername, startsAt, endsAt, reason).getId();
    }

    @Override
    public int endAndGiveBack(long handOverId, String fromUsername) {
        Delegation delegation = delegations.findById(handOverId)
                .filter(d -> d.getFromUsername().equals(fromUsername))
                .orElseThrow(() -> new NotFoundException("delegation", handOverId));
        delegation.endAt(clock.instant());
        // ended before the tasks move, so that reassigning them to her does not hand them over again
        delegations.flush();
        List<Task> handedOver = tasks.createTaskQuery().taskAssignee(delegation.getToUsername())
                .taskVariableValueEquals(FlowableWorkflow.DELEGATED_FROM, fromUsername).list();
        for (Task task : handedOver) {
            tasks.removeVariableLocal(task.getId(), FlowableWorkflow.DELEGATED_FROM);
            tasks.setAssignee(task.getId(), fromUsername);
        }
        audit.success("WORKFLOW_DELEGATION_END", "delegation", handOverId,
                fromUsername + " ← " + delegation.getToUsername() + " " + handedOver.size());
        return handedOver.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<HandOver> inForce(Collection<String> fromUsernames, Instant at) {
        if (fromUsernames.isEmpty()) {
            return List.of();
        }
        return delegations.inForce(fromUsernames, at).stream().map(d -> new HandOver(d.getId(), d.getFromUsername(),
                d.getToUsername(), d.getStartsAt(), d.getEndsAt())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonRef> possibleStandIns(String fromUsername) {
        return directory.person(fromUsername).map(from -> directory.people(from.unitId()).stream()
                .filter(p -> !p.username().equals(fromUsername) && scope.allows(fromUsername, p.username()))
                .toList()).orElse(List.of());
    }

    private Delegation save(String fromUsername, String toUsername, Instant startsAt, Instant endsAt, String reason) {
        if (directory.person(fromUsername).isEmpty()) {
            throw new WorkflowException("todo.delegation.error.notAPerson");
        }
        String to = toUsername == null ? "" : toUsername.strip();
        if (to.isEmpty()) {
            throw new WorkflowException("todo.delegation.error.toRequired");
        }
        if (to.equals(fromUsername)) {
            throw new WorkflowException("todo.delegation.error.self");
        }
        if (directory.person(to).isEmpty()) {
            throw new WorkflowException("todo.delegation.error.unknownPerson", to);
        }
        scope.require(fromUsername, to);
        if (startsAt == null || endsAt == null) {
            throw new WorkflowException("todo.delegation.error.timeRequired");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new WorkflowException("todo.delegation.error.endBeforeStart");
        }
        if (!endsAt.isAfter(clock.instant())) {
            throw new WorkflowException("todo.delegation.error.endPassed");
        }
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            throw new WorkflowException("todo.delegation.error.reasonRequired");
        }
        if (cleanReason.length() > MAX_REASON) {
            throw new WorkflowException("todo.delegation.error.reasonTooLong", MAX_REASON);
        }
        if (delegations.overlaps(fromUsername, startsAt, endsAt)) {
            throw new WorkflowException("todo.delegation.error.overlap");
        }
        Delegation delegation = delegations.save(new Delegation(fromUsername, to, startsAt, endsAt, cleanReason,
                clock.instant()));
        audit.success("WORKFLOW_DELEGATE", "delegation", delegation.getId(),
                fromUsername + " → " + to + " " + startsAt + " ~ " + endsAt);
        return delegation;
    }

    public void cancel(Long id, String username) {
        Delegation delegation = delegations.findById(id).filter(d -> d.getFromUsername().equals(username))
                .orElseThrow(() -> new NotFoundException("delegation", id));
        if (!view(delegation).cancellable()) {
            throw new WorkflowException("todo.delegation.error.notCancellable");
        }
        delegation.cancel();
        audit.success("WORKFLOW_DELEGATION_CANCEL", "delegation", id,
                delegation.getFromUsername() + " → " + delegation.getToUsername());
    }

    /** The delegations the user registered, latest start first. */
    @Transactional(readOnly = true)
    public List<DelegationView> given(String username) {
        return delegations.findByFromUsernameOrderByStartsAtDesc(username).stream().map(this::view).toList();
    }

    /** The delegations that hand someone's tasks to the user. */
    @Transactional(readOnly = true)
    public List<DelegationView> received(String username) {
        return delegations.findByToUsernameOrderByStartsAtDesc(username).stream().map(this::view).toList();
    }

    private DelegationView view(Delegation d) {
        Instant now = clock.instant();
        DelegationView.Status status = d.isCancelled() ? DelegationView.Status.CANCELLED
                : d.activeAt(now) ? DelegationView.Status.ACTIVE
                : now.isBefore(d.getStartsAt()) ? DelegationView.Status.PENDING : DelegationView.Status.ENDED;
        return new DelegationView(d.getId(), nameOf(d.getFromUsername()), nameOf(d.getToUsername()), d.getStartsAt(),
                d.getEndsAt(), d.getReason(), status);
    }

    private String nameOf(String username) {
        return directory.nameOf(username);
    }

    private Instant instant(LocalDateTime time) {
        return time.atZone(clock.getZone()).toInstant();
    }
}
