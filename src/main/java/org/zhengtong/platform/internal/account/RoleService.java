package org.zhengtong.platform.internal.account;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;

/**
 * Business roles, the security administrator's power. The built-in roles are read-only, and their permissions are
 * reserved to them: were they allowed in a business role, the security administrator could hand anyone (themself
 * included) the system or audit administrator's powers, which 三员分立 forbids.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAuthority('ROLE_MANAGE')")
public class RoleService {

    private final RoleRepository roles;
    private final AccountRepository accounts;
    private final PermissionCatalogue catalogue;
    private final AuditLog audit;

    RoleService(RoleRepository roles, AccountRepository accounts, PermissionCatalogue catalogue, AuditLog audit) {
        this.roles = roles;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** Built-in roles first, then the business roles, each by code. */
    @Transactional(readOnly = true)
    public List<Role> roles() {
        return roles.findAllByOrderByBuiltInDescCodeAsc();
    }

    @Transactional(readOnly = true)
    public List<Role> businessRoles() {
        return roles().stream().filter(role -> !role.isBuiltIn()).toList();
    }

    @Transactional(readOnly = true)
    public Role role(String code) {
        return roles.findById(code).orElseThrow(() -> new NotFoundException("role", code));
    }

    /** The permissions of the built-in roles, which no business role may carry. */
    @Transactional(readOnly = true)
    public Set<String> reservedPermissions() {
        return roles.findAll().stream()
                .filter(Role::isBuiltIn)
                .flatMap(role -> role.permissionSet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** How many accounts hold the role. */
    @Transactional(readOnly = true)
    public long holders(String code) {
        return accounts.countByRole(code);
    }

    public Role create(@Valid RoleForm form) {
        String code = form.code().strip();
        String name = form.name().strip();
        if (roles.existsById(code)) {
            throw refused("ROLE_CREATE", code, "duplicate code", "error.role.duplicateCode", code);
        }
        if (roles.existsByName(name)) {
            throw refused("ROLE_CREATE", code, "duplicate name", "error.role.duplicateName", name);
        }
        requireGrantable("ROLE_CREATE", code, form.permissions());
        Role role = roles.save(new Role(code, name, form.permissions()));
        audit.success("ROLE_CREATE", "role", code, name + " " + role.permissionSet());
        return role;
    }

    /** Changes a business role's name and permissions; the code is the role's identity and stays. */
    public Role update(String code, @Valid RoleForm form) {
        Role role = role(code);
        if (role.isBuiltIn()) {
            throw refused("ROLE_UPDATE", code, "built-in", "error.role.builtIn", role.getName());
        }
        if (!code.equals(form.code().strip())) {
            throw refused("ROLE_UPDATE", code, "code change to " + form.code().strip(), "error.role.codeFixed", code);
        }
        String name = form.name().strip();
        if (roles.existsByNameAndCodeNot(name, code)) {
            throw refused("ROLE_UPDATE", code, "duplicate name", "error.role.duplicateName", name);
        }
        requireGrantable("ROLE_UPDATE", code, form.permissions());
        role.setName(name);
        role.setPermissions(form.permissions());
        audit.success("ROLE_UPDATE", "role", code, name + " " + role.permissionSet());
        return role;
    }

    /** Deletes a business role that no account holds. */
    public void delete(String code) {
        Role role = role(code);
        if (role.isBuiltIn()) {
            throw refused("ROLE_DELETE", code, "built-in", "error.role.builtIn", role.getName());
        }
        long holders = accounts.countByRole(code);
        if (holders > 0) {
            throw refused("ROLE_DELETE", code, "held by " + holders + " accounts", "error.role.inUse", role.getName(),
                    holders);
        }
        roles.delete(role);
        audit.success("ROLE_DELETE", "role", code, role.getName());
    }

    /** Only permissions some module declares, and none of the built-in roles' ones. */
    private void requireGrantable(String action, String code, Set<String> permissions) {
        Set<String> unknown = new TreeSet<>(catalogue.unknown(permissions));
        if (!unknown.isEmpty()) {
            throw refused(action, code, "unknown permissions " + unknown, "error.role.unknownPermission",
                    String.join(", ", unknown));
        }
        Set<String> reserved = new TreeSet<>(permissions);
        reserved.retainAll(reservedPermissions());
        if (!reserved.isEmpty()) {
            throw refused(action, code, "reserved permissions " + reserved, "error.role.reservedPermission",
                    String.join(", ", reserved));
        }
    }

    /** Records the refused change in the audit log (the record stays although the transaction rolls back). */
    private BusinessRuleException refused(String action, String code, String reason, String messageKey,
                                          Object... arguments) {
        audit.failure(action, "role", code, reason);
        return new BusinessRuleException(messageKey, arguments);
    }
}
