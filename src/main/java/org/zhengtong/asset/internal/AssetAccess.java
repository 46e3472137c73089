package org.zhengtong.asset.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;

/**
 * Who may do what with assets, decided on the server for pages, API, import, labels, stock-takes and search alike.
 * <ul>
 * <li>Everyone of a unit reads its cards (物物有人管，人人都管物: each knows what is in their care).</li>
 * <li>{@code ASSET_MANAGE} of the unit: registers, imports, asks for changes, prints labels, runs stock-takes.</li>
 * <li>{@code ASSET_CITY} (市财政局's asset office): reads every unit's cards, changes and reports; sets the limits.</li>
 * <li>Nobody else sees another unit's assets (403).</li>
 * </ul>
 */
@Component
class AssetAccess {

    boolean city(CurrentUser user) {
        return user.can(AssetPermissions.CITY);
    }

    boolean manages(CurrentUser user, long unitId) {
        return user.unitId() != null && user.unitId() == unitId && user.can(AssetPermissions.MANAGE);
    }

    boolean reads(CurrentUser user, long unitId) {
        return city(user) || (user.unitId() != null && user.unitId() == unitId);
    }

    void requireRead(CurrentUser user, long unitId) {
        if (!reads(user, unitId)) {
            throw new AccessDeniedException(user.username() + " may not read the assets of unit " + unitId);
        }
    }

    void requireManage(CurrentUser user, long unitId) {
        if (!manages(user, unitId)) {
            throw new AccessDeniedException(user.username() + " may not manage the assets of unit " + unitId);
        }
    }

    /** The own unit of a user who manages its assets. */
    long managedUnit(CurrentUser user) {
        if (user.unitId() == null || !user.can(AssetPermissions.MANAGE)) {
            throw new AccessDeniedException(user.username() + " manages no unit's assets");
        }
        return user.unitId();
    }

    void requireCity(CurrentUser user) {
        if (!city(user)) {
            throw new AccessDeniedException(user.username() + " is not the city's asset office");
        }
    }
}
