package org.zhengtong.platform;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountForm;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.account.IssuedPassword;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.platform.internal.security.SystemActor;

/** Fresh people and accounts for tests that change an account's state (lockout, password, TOTP). */
public class PlatformFixtures {

    public static final String PASSWORD = "Fixture#2026";

    private final OrganizationService organization;
    private final AccountService accounts;
    private final AccountRepository accountRepository;
    private final PasswordEncoder passwordEncoder;

    public PlatformFixtures(OrganizationService organization, AccountService accounts,
                            AccountRepository accountRepository, PasswordEncoder passwordEncoder) {
        this.organization = organization;
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.passwordEncoder = passwordEncoder;
    }

    /** A clerk of 市财政局 with an account whose initial password must be changed at first login. */
    public IssuedPassword newAccountWithInitialPassword() {
        return SystemActor.call(() -> {
            Long unitId = organization.allUnits().stream().filter(u -> u.getCode().equals("czj")).findFirst()
                    .orElseThrow().getId();
            Person person = organization.createPerson(new PersonForm(unitId, null, "测试" + TestUsers.unique(""),
                    Position.CLERK, null, null, 999));
            return accounts.create(new AccountForm(TestUsers.unique("t"), person.getId(), false));
        });
    }

    /** A unit administrator of 市财政局 who must still change the initial password. */
    public IssuedPassword newUnitAdministratorWithInitialPassword() {
        IssuedPassword issued = newAccountWithInitialPassword();
        SystemActor.call(() -> {
            grantUnitAdmin(issued.username());
            return null;
        });
        return issued;
    }

    public void grantUnitAdmin(String username) {
        accounts.setUnitAdmin(accountRepository.findByUsername(username).orElseThrow().getId(), true);
    }

    /** Like {@link #newAccountWithInitialPassword()} but ready to use with {@link #PASSWORD}. */
    public String newActiveAccount() {
        IssuedPassword issued = newAccountWithInitialPassword();
        Account account = accountRepository.findById(issued.accountId()).orElseThrow();
        account.setPasswordHash(passwordEncoder.encode(PASSWORD));
        account.setMustChangePassword(false);
        accountRepository.save(account);
        return issued.username();
    }
}
