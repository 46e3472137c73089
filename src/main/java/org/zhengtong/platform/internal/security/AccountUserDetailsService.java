package org.zhengtong.platform.internal.security;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
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
        roles.findByCodeIn(account.getRoles()).stream().map(Role::permissionSet).forEach(permissions::addAll);
        boolean personActive = person == null || (person.isEnabled() && person.getUnit().isEnabled());
        CurrentUser user = new CurrentUser(account.getId(), account.getUsername(),
                person == null ? null : person.getId(),
                person == null ? account.getUsername() : person.getName(),
                person == null ? null : person.getUnit().getId(),
                person == null || person.getDepartment() == null ? null : person.getDepartment().getId(),
                person == null ? Clearance.NONE : person.getClearance(),
                Set.copyOf(account.getRoles()), Set.copyOf(permissions),
                person == null ? null : person.getUnit().getName());
        return new AccountPrincipal(user, account.getPasswordHash(), account.isEnabled() && personActive,
                !account.isLockedAt(clock.instant()), account.isMustChangePassword(), account.isTotpEnabled(),
                account.isAdministrator());
    }
}
