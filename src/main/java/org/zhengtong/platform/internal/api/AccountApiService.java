package org.zhengtong.platform.internal.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountForm;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.Unit;
import org.zhengtong.platform.internal.security.DataScope;

/**
 * Accounts as the API shows them, in the data scope of {@link AccountService}: the system administrator sees and
 * manages every account, a unit administrator those of their own unit; anyone else is refused, reads included.
 */
@Service
@Transactional
class AccountApiService {

    private final AccountService accounts;
    private final OrganizationService organization;
    private final DataScope scope;
    private final Clock clock;

    AccountApiService(AccountService accounts, OrganizationService organization, DataScope scope, Clock clock) {
        this.accounts = accounts;
        this.organization = organization;
        this.scope = scope;
        this.clock = clock;
    }

    /** The accounts in the caller's scope, optionally of one unit, which must then be in the scope too. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
    public List<AccountResponse> accounts(Long unitId) {
        if (unitId != null) {
            scope.requireUnitAdministration(unitId);
            organization.unit(unitId);
        }
        List<Account> found = accounts.accountsInScope().stream()
                .filter(account -> unitId == null || unitId.equals(account.getUnitId()))
                .toList();
        Map<Long, String> unitNames = organization.allUnits().stream()
                .collect(Collectors.toMap(Unit::getId, Unit::getName));
        Map<Long, String> personNames = organization.people(found.stream().map(Account::getPersonId)
                        .filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(Person::getId, Person::getName));
        Instant now = clock.instant();
        return found.stream()
                .map(account -> AccountResponse.of(account, personNames.get(account.getPersonId()),
                        unitNames.get(account.getUnitId()), now))
                .toList();
    }

    @Transactional(readOnly = true)
    public AccountResponse account(Long id) {
        Account account = accounts.account(id);
        String personName = account.getPersonId() == null ? null : organization.person(account.getPersonId()).getName();
        String unitName = account.getUnitId() == null ? null : organization.unit(account.getUnitId()).getName();
        return AccountResponse.of(account, personName, unitName, clock.instant());
    }

    public InitialPasswordResponse create(AccountForm form) {
        return InitialPasswordResponse.of(accounts.create(form));
    }

    public InitialPasswordResponse reissueInitialPassword(Long id) {
        return InitialPasswordResponse.of(accounts.reissueInitialPassword(id));
    }

    public InitialPasswordResponse resetPassword(Long id) {
        return InitialPasswordResponse.of(accounts.resetPassword(id));
    }

    public AccountResponse setEnabled(Long id, boolean enabled) {
        accounts.setEnabled(id, enabled);
        return account(id);
    }

    public AccountResponse unlock(Long id) {
        accounts.unlock(id);
        return account(id);
    }
}
