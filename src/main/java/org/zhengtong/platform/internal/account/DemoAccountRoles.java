package org.zhengtong.platform.internal.account;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.DemoAccounts;
import org.zhengtong.platform.PlatformProperties;

/** {@link DemoAccounts}: a business role for a demo account, recorded as the system's role assignment. */
@Service
class DemoAccountRoles implements DemoAccounts {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final AuditLog audit;
    private final boolean demo;

    DemoAccountRoles(AccountRepository accounts, RoleRepository roles, AuditLog audit, PlatformProperties properties) {
        this.accounts = accounts;
        this.roles = roles;
        this.audit = audit;
        this.demo = properties.demo();
    }

    @Override
    @Transactional
    public boolean grantBusinessRole(String username, String roleCode) {
        if (!demo) {
            throw new IllegalStateException("business roles are granted by the security administrator outside the demo");
        }
        Optional<Role> role = roles.findById(roleCode);
        if (role.isPresent() && role.get().isBuiltIn()) {
            throw new IllegalStateException(roleCode + " is a built-in role");
        }
        Optional<Account> account = accounts.findByUsername(username);
        if (role.isEmpty() || account.isEmpty() || !account.get().getRoles().add(roleCode)) {
            return false;
        }
        audit.recordAs("system", null, "ACCOUNT_ROLES_ASSIGN", "account", account.get().getId(), true,
                username + " +" + roleCode);
        return true;
    }
}
