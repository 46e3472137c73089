package org.zhengtong.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.WorkflowException;

/**
 * 代办 (委托): a person hands their tasks to someone else for a while. {@link TaskRouting} applies an active
 * delegation when a task is assigned; this service registers, lists and cancels them. A refused registration
 * saves nothing and says why.
 */
@Service
@Transactional
public class DelegationService {

    static final int MAX_REASON = 200;

    private final DelegationRepository delegations;
    private final OrgDirectory directory;
    private final HandoverScope scope;
    private final AuditLog audit;
    private final Clock clock;

    DelegationService(DelegationRepository delegations, OrgDirectory directory, HandoverScope scope, AuditLog audit,
                      Clock clock) {
        this.delegations = delegations;
        this.directory = directory;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    public DelegationView register(String fromUsername, DelegationForm form) {
        if (directory.person(fromUsername).isEmpty()) {
            throw new WorkflowException("todo.delegation.error.notAPerson");
        }
        String to = form.toUsername() == null ? "" : form.toUsername().strip();
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
        if (form.startsAt() == null || form.endsAt() == null) {
            throw new WorkflowException("todo.delegation.error.timeRequired");
        }
        Instant startsAt = instant(form.startsAt());
        Instant endsAt = instant(form.endsAt());
        if (!endsAt.isAfter(startsAt)) {
            throw new WorkflowException("todo.delegation.error.endBeforeStart");
        }
        if (!endsAt.isAfter(clock.instant())) {
            throw new WorkflowException("todo.delegation.error.endPassed");
        }
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.isEmpty()) {
            throw new WorkflowException("todo.delegation.error.reasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            throw new WorkflowException("todo.delegation.error.reasonTooLong", MAX_REASON);
        }
        if (delegations.overlaps(fromUsername, startsAt, endsAt)) {
            throw new WorkflowException("todo.delegation.error.overlap");
        }
        Delegation delegation = delegations.save(new Delegation(fromUsername, to, startsAt, endsAt, reason,
                clock.instant()));
        audit.success("WORKFLOW_DELEGATE", "delegation", delegation.getId(),
                fromUsername + " → " + to + " " + startsAt + " ~ " + endsAt);
        return view(delegation);
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
