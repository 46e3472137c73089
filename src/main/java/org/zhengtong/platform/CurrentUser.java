package org.zhengtong.platform;

import java.io.Serializable;
import java.util.Set;

/** Who is acting: the logged-in account with its place in the organization and its powers. */
public record CurrentUser(long accountId, String username, Long personId, String displayName, Long unitId,
                          Long departmentId, Clearance clearance, Set<String> roles, Set<String> permissions,
                          String unitName) implements Serializable {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
