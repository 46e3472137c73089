package org.zhengtong.platform.internal.security;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.Role;
import org.zhengtong.platform.internal.account.RoleRepository;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final OrganizationService organization;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, RoleRepository roles, OrganizationService organization,
                              Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        Person person = account.getPersonId() == null ? null : organization.person(account.getPersonId());
        Set<String> permissions = new HashSet<>();
        List<Role> held = roles.findByCodeIn(account.getRoles());
        held.stream().map(Role::permissionSet).forEach(permissions::addAll);
        boolean personActive = person == null || (person.isEnabled() && person.getUnit().isEnabled());
        CurrentUser user = new CurrentUser(account.getId(), account.getUsername(),
                person == null ? null : person.getId(),
                person == null ? administratorName(account, held) : person.getName(),
                person == null ? null : person.getUnit().getId(),
                person == null || person.getDepartment() == null ? null : person.getDepartment().getId(),
                person == null ? Clearance.NONE : person.getClearance(),
                Set.copyOf(account.getRoles()), Set.copyOf(permissions),
                person == null ? null : person.getUnit().getName());
        return new AccountPrincipal(user, account.getPasswordHash(), account.isEnabled() && personActive,
                !account.isLockedAt(clock.instant()), account.isMustChangePassword(), account.isTotpEnabled(),
                account.isAdministrator());
    }

    /** An account without a person (sysadmin, secadmin, auditadmin) is named by its roles, e.g. 系统管理员. */
    private static String administratorName(Account account, List<Role> held) {
        String names = held.stream().map(Role::getName).sorted().collect(Collectors.joining("、"));
        return names.isEmpty() ? account.getUsername() : names;
    }
}
