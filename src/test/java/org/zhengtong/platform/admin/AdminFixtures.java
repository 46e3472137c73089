package org.zhengtong.platform.admin;

import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountForm;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.platform.internal.security.SystemActor;

/** Fresh, uniquely named people and accounts of the demo city, for tests that change them. */
public class AdminFixtures {

    private final OrganizationService organization;
    private final AccountService accountService;
    private final AccountRepository accounts;

    public AdminFixtures(OrganizationService organization, AccountService accountService, AccountRepository accounts) {
        this.organization = organization;
        this.accountService = accountService;
        this.accounts = accounts;
    }

    public Long unitId(String unitCode) {
        return organization.allUnits().stream().filter(unit -> unit.getCode().equals(unitCode)).findFirst()
                .orElseThrow().getId();
    }

    /** A clerk of the unit without an account. */
    public Person newPerson(String unitCode) {
        return SystemActor.call(() -> organization.createPerson(new PersonForm(unitId(unitCode), null,
                TestUsers.unique("测试"), Position.CLERK, null, null, 999)));
    }

    /** A clerk of the unit with an ordinary account. */
    public Account newAccount(String unitCode) {
        Person person = newPerson(unitCode);
        Long id = SystemActor.call(() -> accountService.create(
                new AccountForm(TestUsers.unique("t"), person.getId(), false)).accountId());
        return accounts.findById(id).orElseThrow();
    }

    public Account reload(Account account) {
        return accounts.findById(account.getId()).orElseThrow();
    }

    public Account account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
