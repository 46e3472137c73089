package org.zhengtong.platform.internal.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.security.DataScope;
import org.zhengtong.platform.internal.security.InitialPasswords;

/**
 * 账号申请: a unit administrator applies (who, position, reason), the system administrator approves or rejects.
 * Approval creates the person if needed and the account. The status lives on the application for now; it moves
 * onto the workflow engine together with the other approvals.
 */
@Service
@Validated
@Transactional
public class AccountApplicationService {

    private final AccountApplicationRepository applications;
    private final AccountService accountService;
    private final OrganizationService organization;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;
    private final InitialPasswords initialPasswords;
    private final PasswordEncoder passwordEncoder;

    AccountApplicationService(AccountApplicationRepository applications, AccountService accountService,
                              OrganizationService organization, DataScope scope, AuditLog audit, Clock clock,
                              InitialPasswords initialPasswords, PasswordEncoder passwordEncoder) {
        this.initialPasswords = initialPasswords;
        this.passwordEncoder = passwordEncoder;
        this.applications = applications;
        this.accountService = accountService;
        this.organization = organization;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountApplication> applicationsInScope() {
        Long unitId = scope.confinedUnitId();
        return unitId == null ? applications.findAllByOrderByStatusAscSubmittedAtDesc()
                : applications.findByUnitIdOrderBySubmittedAtDesc(unitId);
    }

    @PreAuthorize("hasAnyAuthority('APPLICATION_SUBMIT','APPLICATION_DECIDE')")
    public AccountApplication submit(@Valid ApplicationForm form) {
        scope.requireUnitAdministration(form.unitId());
        organization.unit(form.unitId());
        if (form.departmentId() != null && !organization.department(form.departmentId()).getUnit().getId().equals(form.unitId())) {
            throw new BusinessRuleException("error.department.otherUnit", form.departmentId(), form.unitId());
        }
        if (accountService.isUsernameTaken(form.requestedUsername())) {
            throw new BusinessRuleException("error.account.duplicateUsername", form.requestedUsername().strip());
        }
        AccountApplication application = applications.save(
                new AccountApplication(form, scope.current().username(), clock.instant()));
        audit.success("ACCOUNT_APPLICATION_SUBMIT", "accountApplication", application.getId(),
                application.getApplicantName() + " / " + application.getRequestedUsername());
        return application;
    }

    @PreAuthorize("hasAuthority('APPLICATION_DECIDE')")
    public IssuedPassword approve(Long id, @Size(max = 500, message = "{validation.size}") String note) {
        AccountApplication application = pending(id);
        // Claimed before anything is created: of two administrators approving at once, the second fails here on the
        // version (ObjectOptimisticLockingFailureException, HTTP 409) instead of on the account's unique username.
        application.decide(AccountApplication.Status.APPROVED, scope.current().username(), clock.instant(), note, null);
        applications.saveAndFlush(application);
        Person person = organization.createPerson(new PersonForm(application.getUnitId(), application.getDepartmentId(),
                application.getApplicantName(), application.getPosition(), application.getPhone(), null, 100));
        String password = initialPasswords.generate();
        Account account = accountService.createFor(person, application.getRequestedUsername(),
                passwordEncoder.encode(password));
        IssuedPassword issued = new IssuedPassword(account.getId(), account.getUsername(), password);
        application.linkAccount(issued.accountId());
        audit.success("ACCOUNT_APPLICATION_APPROVE", "accountApplication", id, application.getRequestedUsername());
        return issued;
    }

    @PreAuthorize("hasAuthority('APPLICATION_DECIDE')")
    public void reject(Long id, @Size(max = 500, message = "{validation.size}") String note) {
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("error.application.rejectReason");
        }
        AccountApplication application = pending(id);
        application.decide(AccountApplication.Status.REJECTED, scope.current().username(), clock.instant(), note.strip(), null);
        audit.success("ACCOUNT_APPLICATION_REJECT", "accountApplication", id, application.getRequestedUsername());
    }

    private AccountApplication pending(Long id) {
        AccountApplication application = applications.findById(id)
                .orElseThrow(() -> new NotFoundException("accountApplication", id));
        if (application.getStatus() != AccountApplication.Status.PENDING) {
            throw new BusinessRuleException("error.application.decided");
        }
        return application;
    }
}
