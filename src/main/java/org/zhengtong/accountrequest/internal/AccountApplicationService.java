package org.zhengtong.accountrequest.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AccountOpening;
import org.zhengtong.platform.AccountOpening.OpenedAccount;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.Roles;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 账号申请 on the workflow engine: submitting starts the {@code account-application} process, whose {@code decide}
 * task goes to every system administrator; approving or rejecting completes that task (variable {@code approved},
 * the note as the opinion) and records the outcome on the application. Approval opens the person's account.
 */
@Service
@Validated
@Transactional
public class AccountApplicationService {

    static final String PROCESS = "account-application";
    static final String DECIDE = "decide";

    private final AccountApplicationRepository applications;
    private final AccountOpening accountOpening;
    private final Workflow workflow;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    AccountApplicationService(AccountApplicationRepository applications, AccountOpening accountOpening,
                              Workflow workflow, CurrentUsers currentUsers, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.accountOpening = accountOpening;
        this.workflow = workflow;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** All applications for the system administrator, pending first; a unit administrator's own unit's. */
    @Transactional(readOnly = true)
    public List<AccountApplication> applicationsInScope() {
        CurrentUser user = currentUsers.current();
        return user.hasRole(Roles.SYSTEM_ADMIN) ? applications.findAllByOrderByStatusAscSubmittedAtDesc()
                : applications.findByUnitIdOrderBySubmittedAtDesc(user.unitId());
    }

    @PreAuthorize("hasAnyAuthority('APPLICATION_SUBMIT','APPLICATION_DECIDE')")
    public AccountApplication submit(@Valid ApplicationForm form) {
        CurrentUser user = currentUsers.current();
        AccountApplication application = new AccountApplication(form, user.username(), clock.instant());
        accountOpening.check(application.newAccount());
        applications.save(application);
        application.startedAs(workflow.start(PROCESS, application.businessKey(), user.username(),
                Map.of("applicationId", application.getId())));
        audit.success("ACCOUNT_APPLICATION_SUBMIT", "accountApplication", application.getId(),
                application.getApplicantName() + " / " + application.getRequestedUsername());
        return application;
    }

    @PreAuthorize("hasAuthority('APPLICATION_DECIDE')")
    public OpenedAccount approve(Long id, @Size(max = 500, message = "{validation.size}") String note) {
        AccountApplication application = decide(id, AccountApplication.Status.APPROVED, note);
        OpenedAccount opened = accountOpening.open(application.newAccount());
        application.linkAccount(opened.accountId());
        audit.success("ACCOUNT_APPLICATION_APPROVE", "accountApplication", id, application.getRequestedUsername());
        return opened;
    }

    @PreAuthorize("hasAuthority('APPLICATION_DECIDE')")
    public void reject(Long id, @Size(max = 500, message = "{validation.size}") String note) {
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("error.application.rejectReason");
        }
        AccountApplication application = decide(id, AccountApplication.Status.REJECTED, note.strip());
        audit.success("ACCOUNT_APPLICATION_REJECT", "accountApplication", id, application.getRequestedUsername());
    }

    /**
     * Records the decision and completes the engine's task. The application is claimed (its version flushed) before
     * the task completes and anything is created: of two administrators deciding at once, the second fails on the
     * version (HTTP 409) once the first commits. An application whose task is gone has been decided.
     */
    private AccountApplication decide(Long id, AccountApplication.Status decision, String note) {
        AccountApplication application = applications.findById(id)
                .orElseThrow(() -> new NotFoundException("accountApplication", id));
        TodoTask task = decisionTask(application);
        String username = currentUsers.current().username();
        application.decide(decision, username, clock.instant(), note);
        applications.saveAndFlush(application);
        workflow.complete(task.taskId(), username, note,
                Map.of("approved", decision == AccountApplication.Status.APPROVED));
        return application;
    }

    private TodoTask decisionTask(AccountApplication application) {
        if (application.getProcessInstanceId() == null) {
            throw new BusinessRuleException("error.application.decided");
        }
        return workflow.openTasks(application.getProcessInstanceId()).stream()
                .filter(task -> DECIDE.equals(task.activityId()))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.application.decided"));
    }
}
