package org.zhengtong.platform.internal.account;

import java.time.Instant;
import java.util.Map;
import org.zhengtong.platform.Roles;

/**
 * An account as the administrators' pages show it: with the names of its person, unit and roles (code → name,
 * sorted by code). {@code manageable}: the viewer may reset, enable, disable and unlock it.
 * {@code separatedAdministrator}: one of the three administrators, whose account nobody manages in the application.
 */
public record AccountSummary(Long id, String username, String personName, Long unitId, String unitName,
                             Map<String, String> roles, boolean enabled, boolean locked, Instant lastLoginAt,
                             boolean manageable, boolean separatedAdministrator) {

    public boolean unitAdmin() {
        return roles.containsKey(Roles.UNIT_ADMIN);
    }
}
