package org.zhengtong.platform.internal.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Roles;

/**
 * Object-level checks by unit: the system administrator acts on every unit, a unit administrator on their own unit
 * only. Every service method that takes an object id passes the object's unit through here.
 */
@Component
public class DataScope implements CurrentUsers {

    @Override
    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.user();
        }
        throw new AccessDeniedException("not logged in");
    }

    public boolean isSystemAdmin() {
        return current().hasRole(Roles.SYSTEM_ADMIN);
    }

    /** Refuses (HTTP 403) unless the current user is the system administrator. */
    public void requireSystemAdmin() {
        if (!isSystemAdmin()) {
            throw new AccessDeniedException(current().username() + " is not the system administrator");
        }
    }

    /** Refuses (HTTP 403) unless the current user administers the given unit. */
    public void requireUnitAdministration(Long unitId) {
        if (!administers(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the data scope of " + current().username());
        }
    }

    /** True when the current user administers the unit: the system administrator all, a unit administrator their own. */
    public boolean administers(Long unitId) {
        CurrentUser user = current();
        return user.hasRole(Roles.SYSTEM_ADMIN)
                || (user.hasRole(Roles.UNIT_ADMIN) && unitId != null && unitId.equals(user.unitId()));
    }

    /** The unit a unit administrator is confined to, or null for the system administrator (all units). */
    public Long confinedUnitId() {
        CurrentUser user = current();
        return user.hasRole(Roles.SYSTEM_ADMIN) ? null : user.unitId();
    }
}
