package org.zhengtong.regulation.internal;

import org.springframework.security.access.AccessDeniedException;
import org.zhengtong.platform.CurrentUser;

/**
 * The one rule of who reads and who keeps an entry of this module: everybody of the publishing unit, and everybody
 * when it is 全市; its keepers are the {@code REGULATION_MANAGE} holders of the publishing unit.
 */
final class Audience {

    private Audience() {
    }

    static boolean reads(CurrentUser user, long unitId, Scope scope) {
        return scope == Scope.CITY || user.unitId() != null && user.unitId() == unitId;
    }

    static boolean manages(CurrentUser user, long unitId) {
        return user.can(RegulationPermissions.MANAGE) && user.unitId() != null && user.unitId() == unitId;
    }

    /** The manager's own unit, or 403 for anyone who keeps nothing. */
    static long managedUnit(CurrentUser user) {
        if (!user.can(RegulationPermissions.MANAGE) || user.unitId() == null) {
            throw new AccessDeniedException("no regulation manager");
        }
        return user.unitId();
    }

    static void requireManager(CurrentUser user, long unitId) {
        if (!manages(user, unitId)) {
            throw new AccessDeniedException("not a manager of the unit");
        }
    }
}
