package org.zhengtong.platform.internal.account;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AccountOpening;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.platform.internal.security.DataScope;
import org.zhengtong.platform.internal.security.InitialPasswords;

@Service
@Transactional
class AccountOpeningService implements AccountOpening {

    private final AccountService accountService;
    private final OrganizationService organization;
    private final DataScope scope;
    private final InitialPasswords initialPasswords;
    private final PasswordEncoder passwordEncoder;

    AccountOpeningService(AccountService accountService, OrganizationService organization, DataScope scope,
                          InitialPasswords initialPasswords, PasswordEncoder passwordEncoder) {
        this.accountService = accountService;
        this.organization = organization;
        this.scope = scope;
        this.initialPasswords = initialPasswords;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('APPLICATION_SUBMIT','APPLICATION_DECIDE')")
    public void check(NewAccount request) {
        scope.requireUnitAdministration(request.unitId());
        organization.unit(request.unitId());
        if (request.departmentId() != null
                && !organization.department(request.departmentId()).getUnit().getId().equals(request.unitId())) {
            throw new BusinessRuleException("error.department.otherUnit", request.departmentId(), request.unitId());
        }
        if (accountService.isUsernameTaken(request.username())) {
            throw new BusinessRuleException("error.account.duplicateUsername", request.username().strip());
        }
    }

    @Override
    @PreAuthorize("hasAuthority('APPLICATION_DECIDE')")
    public OpenedAccount open(NewAccount request) {
        Person person = organization.createPerson(new PersonForm(request.unitId(), request.departmentId(),
                request.name(), Position.valueOf(request.position()), request.phone(), null, 100));
        String password = initialPasswords.generate();
        Account account = accountService.createFor(person, request.username(), passwordEncoder.encode(password));
        return new OpenedAccount(account.getId(), account.getUsername(), password);
    }
}
