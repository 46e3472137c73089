package org.zhengtong.platform;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountForm;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.account.IssuedPassword;
import org.zhengtong.platform.internal.org.Department;
import org.zhengtong.platform.internal.org.DepartmentForm;
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
            Person person = organization.createPerson(new PersonForm(czj(), null, "测试" + TestUsers.unique(""),
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
        return activate(newAccountWithInitialPassword());
    }

    /**
     * A new department of 市财政局 with its own 科长 ({@code chief}), 分管领导 ({@code leader}) and two clerks, each
     * with an active account and the e-mail address {@link Team#email}: people no other test gives tasks to.
     */
    public Team newTeam() {
        return SystemActor.call(() -> {
            Long unitId = czj();
            Department department = organization.createDepartment(
                    new DepartmentForm(unitId, TestUsers.unique("测试科"), 999, null, null));
            String leader = member(unitId, null, Position.LEADER_IN_CHARGE);
            String chief = member(unitId, department.getId(), Position.SECTION_CHIEF);
            String clerk = member(unitId, department.getId(), Position.CLERK);
            String clerk2 = member(unitId, department.getId(), Position.CLERK);
            organization.updateDepartment(department.getId(), new DepartmentForm(unitId, department.getName(), 999,
                    accountRepository.findByUsername(chief).orElseThrow().getPersonId(),
                    accountRepository.findByUsername(leader).orElseThrow().getPersonId()));
            return new Team(unitId, department.getId(), chief, leader, clerk, clerk2);
        });
    }

    /** A new clerk of the team's department with this name and office phone, with an active account: its username. */
    public String newClerk(Team team, String name, String phone) {
        return newClerk(team, name, phone, null, null);
    }

    /** {@link #newClerk(Team, String, String)} with a mobile and an office room. */
    public String newClerk(Team team, String name, String phone, String mobile, String room) {
        return SystemActor.call(() -> {
            String username = TestUsers.unique("t");
            Person person = organization.createPerson(new PersonForm(team.unitId(), team.departmentId(), name,
                    Position.CLERK, phone, Team.email(username), 999, mobile, room));
            return activate(accounts.create(new AccountForm(username, person.getId(), false)));
        });
    }

    /** Renames a person and gives them a new office phone, as the unit administrator would. */
    public void renamePerson(String username, String name, String phone) {
        SystemActor.call(() -> {
            Long personId = accountRepository.findByUsername(username).orElseThrow().getPersonId();
            Person person = organization.person(personId);
            return organization.updatePerson(personId, new PersonForm(person.getUnit().getId(),
                    person.getDepartment() == null ? null : person.getDepartment().getId(), name,
                    person.getPosition(), phone, person.getEmail(), person.getSortOrder()));
        });
    }

    /** A new person holding the position in the unit (no department), with an active account: its username. */
    public String newMember(String unitCode, Position position) {
        return SystemActor.call(() -> member(unit(unitCode), null, position));
    }

    /** Sets a person's 涉密等级, as the security administrator would. */
    public void grantClearance(String username, Clearance clearance) {
        SystemActor.call(() -> {
            organization.setClearance(accountRepository.findByUsername(username).orElseThrow().getPersonId(), clearance);
            return null;
        });
    }

    /** People of a {@link #newTeam()}, by username. */
    public record Team(long unitId, long departmentId, String chief, String leader, String clerk, String clerk2) {

        public static String email(String username) {
            return username + "@zhengtong.test";
        }
    }

    private String member(Long unitId, Long departmentId, Position position) {
        String username = TestUsers.unique("t");
        Person person = organization.createPerson(new PersonForm(unitId, departmentId, "测试" + TestUsers.unique(""),
                position, null, Team.email(username), 999));
        return activate(accounts.create(new AccountForm(username, person.getId(), false)));
    }

    private String activate(IssuedPassword issued) {
        Account account = accountRepository.findById(issued.accountId()).orElseThrow();
        account.setPasswordHash(passwordEncoder.encode(PASSWORD));
        account.setMustChangePassword(false);
        accountRepository.save(account);
        return issued.username();
    }

    private Long czj() {
        return unit("czj");
    }

    private Long unit(String code) {
        return organization.allUnits().stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow().getId();
    }
}
