package org.zhengtong.personnel.internal;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.NotFoundException;

/**
 * Who reads and keeps a unit's personnel records, decided on the server for the pages, the API, the workbook and
 * the search alike: everyone of the unit reads them (the fields their {@link Audience} covers); the unit's
 * personnel office ({@value PersonnelPermissions#MANAGE}) keeps them and sees every field; the leaders it named see
 * the fields of 人事处及指定领导. Another unit's record is not found (404), whatever the id.
 */
@Component
class PersonnelAccess {

    private final NamedLeaderRepository leaders;
    private final AuditLog audit;

    PersonnelAccess(NamedLeaderRepository leaders, AuditLog audit) {
        this.leaders = leaders;
        this.audit = audit;
    }

    boolean isOffice(CurrentUser user) {
        return user.unitId() != null && user.can(PersonnelPermissions.MANAGE);
    }

    /** The audience the user belongs to for the unit's records; empty for someone of another unit. */
    Optional<Audience> audience(CurrentUser user, long unitId) {
        if (user.unitId() == null || user.unitId() != unitId) {
            return Optional.empty();
        }
        if (isOffice(user)) {
            return Optional.of(Audience.OFFICE);
        }
        return Optional.of(leaders.existsByUnitIdAndUsername(unitId, user.username()) ? Audience.LEADERS
                : Audience.EVERYONE);
    }

    /** The user's audience for the own unit's records; 403 without a unit. */
    Audience ownUnit(CurrentUser user) {
        if (user.unitId() == null) {
            throw new AccessDeniedException(user.username() + " belongs to no unit");
        }
        return audience(user, user.unitId()).orElseThrow();
    }

    Audience requireRead(PersonnelRecord record, CurrentUser user) {
        return audience(user, record.getUnitId())
                .orElseThrow(() -> new NotFoundException("personnelRecord", record.getId()));
    }

    void requireOffice(CurrentUser user, String action, Object objectId) {
        if (!isOffice(user)) {
            audit.failure(action, "personnelRecord", objectId, "not the personnel office");
            throw new AccessDeniedException(user.username() + " is not the personnel office");
        }
    }
}
