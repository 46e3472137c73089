package org.zhengtong.platform.internal.account;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.LikePatterns;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.Roles;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.Unit;
import org.zhengtong.platform.internal.security.DataScope;
import org.zhengtong.platform.internal.security.FailedAttempts;
import org.zhengtong.platform.internal.security.InitialPasswords;
import org.zhengtong.platform.internal.security.PasswordPolicy;

/**
 * Account administration (郴政办函〔2011〕10号): the system administrator manages every unit's administrator
 * accounts; a unit administrator manages the ordinary accounts of their own unit only. Nobody manages the accounts
 * of the three administrators (三员分立): they are recovered on the server ({@link AdministratorRecoveryCommand}).
 */
@Service
@Validated
@Transactional
public class AccountService {

    private static final int PAGE_SIZE = 50;

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final OrganizationService organization;
    private final DataScope scope;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final InitialPasswords initialPasswords;
    private final FailedAttempts failedAttempts;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(AccountRepository accounts, RoleRepository roles, OrganizationService organization, DataScope scope,
                   PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, InitialPasswords initialPasswords,
                   FailedAttempts failedAttempts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.organization = organization;
        this.scope = scope;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.initialPasswords = initialPasswords;
        this.failedAttempts = failedAttempts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
    public List<Account> accountsInScope() {
        Long unitId = scope.confinedUnitId();
        return unitId == null ? accounts.findAllByOrderByUnitIdAscUsernameAsc() : accounts.findByUnitIdOrderByUsername(unitId);
    }

    @Transactional(readOnly = true)
    public Account account(Long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        requireManageable(account);
        return account;
    }

    /**
     * Accounts the caller may see, filtered by unit and part of the username (both optional), 50 a page. The system
     * and the security administrator see every unit, a unit administrator their own unit only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE','ROLE_MANAGE')")
    public Page<AccountSummary> search(Long unitId, String username, int page) {
        Page<Account> found = accounts.search(visibleUnit(unitId), LikePatterns.containingIgnoreCase(username),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Map<Long, Person> people = organization.people(found.stream().map(Account::getPersonId)
                        .filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        Map<Long, String> unitNames = unitNames();
        Map<String, String> roleNames = roleNames();
        return found.map(account -> summarize(account, people.get(account.getPersonId()), unitNames, roleNames));
    }

    /** One account for the administrators' pages: in the caller's data scope, or any for the security administrator. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE','ROLE_MANAGE')")
    public AccountSummary summary(Long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        if (!scope.current().can(PlatformPermissions.ROLE_MANAGE)) {
            requireManageable(account);
        }
        Person person = account.getPersonId() == null ? null : organization.person(account.getPersonId());
        return summarize(account, person, unitNames(), roleNames());
    }

    /** The enabled people of a unit who have no account yet: whom an account can be created for. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
    public List<AccountCandidate> candidates(Long unitId) {
        scope.requireUnitAdministration(unitId);
        List<Person> people = organization.peopleOf(unitId).stream().filter(Person::isEnabled).toList();
        if (people.isEmpty()) {
            return List.of();
        }
        Set<Long> holders = new HashSet<>(accounts.accountHolders(people.stream().map(Person::getId).toList()));
        return people.stream()
                .filter(person -> !holders.contains(person.getId()))
                .map(person -> new AccountCandidate(person.getId(), person.getName(), person.getPosition(),
                        person.getDepartment() == null ? null : person.getDepartment().getName()))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean isUsernameTaken(String username) {
        return accounts.existsByUsername(username.strip());
    }

    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
    public IssuedPassword create(@Valid AccountForm form) {
        String password = initialPasswords.generate();
        Account account = createChecked(form, passwordEncoder.encode(password), true);
        return new IssuedPassword(account.getId(), account.getUsername(), password);
    }

    /**
     * For seeding (the demo city): an account whose password hash is already known, so thousands of accounts
     * need not be hashed one by one. Same checks and audit as {@link #create}.
     */
    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
    public Account seed(@Valid AccountForm form, String passwordHash) {
        return createChecked(form, passwordHash, false);
    }

    private Account createChecked(AccountForm form, String passwordHash, boolean mustChangePassword) {
        Person person = organization.person(form.personId());
        scope.requireUnitAdministration(person.getUnit().getId());
        if (form.unitAdmin()) {
            scope.requireSystemAdmin();
        }
        Account account = createFor(person, form.username().strip(), passwordHash);
        account.setMustChangePassword(mustChangePassword);
        if (form.unitAdmin()) {
            account.getRoles().add(Roles.UNIT_ADMIN);
        }
        return account;
    }

    /** Creates an account for a person; the caller has checked the data scope. */
    Account createFor(Person person, String username, String passwordHash) {
        if (accounts.existsByUsername(username)) {
            throw new BusinessRuleException("error.account.duplicateUsername", username);
        }
        if (accounts.existsByPersonId(person.getId())) {
            throw new BusinessRuleException("error.account.personHasAccount", person.getName());
        }
        Account account = accounts.save(new Account(username, person.getId(), person.getUnit().getId(), passwordHash,
                clock.instant()));
        audit.success("ACCOUNT_CREATE", "account", account.getId(), username + " → " + person.getName());
        return account;
    }

    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
    public IssuedPassword resetPassword(Long id) {
        Account account = managedAccount(id);
        String password = initialPasswords.generate();
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setMustChangePassword(true);
        account.setFailedAttempts(0);
        account.setLockedUntil(null);
        audit.success("ACCOUNT_PASSWORD_RESET", "account", id, account.getUsername());
        return new IssuedPassword(id, account.getUsername(), password);
    }

    /**
     * The answer to an account creation sent again with its request key, whose first answer — the only copy of the
     * initial password — may be lost: while the account still has an initial password, a new one replaces it. Once
     * its owner has chosen their own, the request is refused rather than reset it.
     */
    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
    public IssuedPassword reissueInitialPassword(Long id) {
        Account account = managedAccount(id);
        if (!account.isMustChangePassword()) {
            throw new BusinessRuleException("error.account.initialPasswordChanged", account.getUsername());
        }
        return resetPassword(id);
    }

    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
    public void setEnabled(Long id, boolean enabled) {
        // nobody disables their own account: an administrator's is never theirs to manage (managedAccount)
        Account account = managedAccount(id);
        account.setEnabled(enabled);
        audit.success(enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", "account", id, account.getUsername());
    }

    @PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
    public void unlock(Long id) {
        Account account = managedAccount(id);
        account.setFailedAttempts(0);
        account.setLockedUntil(null);
        audit.success("ACCOUNT_UNLOCK", "account", id, account.getUsername());
    }

    @PreAuthorize("hasAuthority('UNIT_ADMIN_MANAGE')")
    public void setUnitAdmin(Long id, boolean unitAdmin) {
        Account account = managedAccount(id);
        if (account.getUnitId() == null) {
            throw new BusinessRuleException("error.account.noUnit", account.getUsername());
        }
        if (unitAdmin) {
            account.getRoles().add(Roles.UNIT_ADMIN);
        } else {
            account.getRoles().remove(Roles.UNIT_ADMIN);
        }
        audit.success(unitAdmin ? "ACCOUNT_UNIT_ADMIN_GRANT" : "ACCOUNT_UNIT_ADMIN_REVOKE", "account", id, account.getUsername());
    }

    /**
     * The security administrator's power: business roles. Built-in roles (the administrators) are not
     * granted here, so one administrator can never hand themself another's powers.
     */
    @PreAuthorize("hasAuthority('ROLE_MANAGE')")
    public void assignBusinessRoles(Long id, Set<String> roleCodes) {
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        refuseSeparatedAdministrator(account);
        Set<String> requested = new HashSet<>(roleCodes);
        List<Role> found = roles.findByCodeIn(requested);
        if (found.size() != requested.size() || found.stream().anyMatch(Role::isBuiltIn)) {
            throw new BusinessRuleException("error.role.notAssignable");
        }
        account.getRoles().removeIf(code -> !Roles.BUILT_IN.contains(code));
        account.getRoles().addAll(requested);
        audit.success("ACCOUNT_ROLES_ASSIGN", "account", id, account.getUsername() + " " + new java.util.TreeSet<>(requested));
    }

    /**
     * Any logged-in user: their own password, checked against the policy; the old one must be given. A wrong old
     * password counts toward the lockout like one at login, so a session in other hands cannot guess it; a locked
     * account changes nothing ({@link LockedException}).
     */
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation, String ip) {
        String username = scope.current().username();
        Account account = accounts.findByUsername(username).orElseThrow();
        if (account.isLockedAt(clock.instant())) {
            throw new LockedException(username);
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            if (failedAttempts.count(username, ip, "ACCOUNT_PASSWORD_CHANGE", "wrong current password")) {
                throw new LockedException(username);
            }
            throw new BusinessRuleException("error.password.currentWrong");
        }
        if (!newPassword.equals(confirmation)) {
            throw new BusinessRuleException("error.password.mismatch");
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("error.password.same");
        }
        passwordPolicy.check(username, newPassword);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
        account.setPasswordChangedAt(clock.instant());
        audit.success("ACCOUNT_PASSWORD_CHANGE", "account", account.getId(), username);
    }

    /** An account the caller may change: in their data scope, and not one of the three administrators'. */
    private Account managedAccount(Long id) {
        Account account = account(id);
        refuseSeparatedAdministrator(account);
        return account;
    }

    private void refuseSeparatedAdministrator(Account account) {
        if (account.isSeparatedAdministrator()) {
            throw new AccessDeniedException(account.getUsername() + " is one of the three administrators, recovered"
                    + " on the server only (--" + AdministratorRecoveryCommand.OPTION + "), never by "
                    + scope.current().username());
        }
    }

    private void requireManageable(Account account) {
        if (!isManageable(account)) {
            throw new AccessDeniedException(account.getUsername() + " is outside the data scope of "
                    + scope.current().username());
        }
    }

    /** Administrators' accounts are the system administrator's; other accounts also their unit administrator's. */
    private boolean isManageable(Account account) {
        return account.isAdministrator() || account.getUnitId() == null
                ? scope.isSystemAdmin()
                : scope.administers(account.getUnitId());
    }

    /** The unit filter the caller may apply: any for the system and security administrators, their own unit otherwise. */
    private Long visibleUnit(Long requested) {
        if (scope.isSystemAdmin() || scope.current().can(PlatformPermissions.ROLE_MANAGE)) {
            return requested;
        }
        Long own = scope.current().unitId();
        scope.requireUnitAdministration(own);
        if (requested != null) {
            scope.requireUnitAdministration(requested);
        }
        return own;
    }

    private AccountSummary summarize(Account account, Person person, Map<Long, String> unitNames,
                                     Map<String, String> roleNames) {
        Map<String, String> accountRoles = new TreeMap<>();
        account.getRoles().forEach(code -> accountRoles.put(code, roleNames.getOrDefault(code, code)));
        return new AccountSummary(account.getId(), account.getUsername(), person == null ? null : person.getName(),
                account.getUnitId(), unitNames.get(account.getUnitId()), accountRoles, account.isEnabled(),
                account.isLockedAt(clock.instant()), account.getLastLoginAt(),
                isManageable(account) && !account.isSeparatedAdministrator(), account.isSeparatedAdministrator());
    }

    private Map<Long, String> unitNames() {
        return organization.allUnits().stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
    }

    private Map<String, String> roleNames() {
        return roles.findAll().stream().collect(Collectors.toMap(Role::getCode, Role::getName));
    }
}
