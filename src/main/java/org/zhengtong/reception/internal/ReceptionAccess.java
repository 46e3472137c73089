package org.zhengtong.reception.internal;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.Workflow;

/**
 * Who may do what with the receptions of a unit, decided on the server for the pages, the API, the to-do actions and
 * the search alike.
 * <ul>
 * <li>{@code RECEPTION_MANAGE} of the unit (the reception desk): register, plan, submit, record costs, cancel.</li>
 * <li>{@code RECEPTION_READ}, the unit's head and its leaders in charge: read, query, statistics, export.</li>
 * <li>Whoever took part in a reception's approval reads that reception.</li>
 * <li>Nobody sees another unit's receptions (403).</li>
 * </ul>
 */
@Component
class ReceptionAccess {

    static final Set<String> LEADER_POSITIONS = Set.of(Positions.UNIT_HEAD, Positions.LEADER_IN_CHARGE);

    private final OrgDirectory directory;
    private final Workflow workflow;

    ReceptionAccess(OrgDirectory directory, Workflow workflow) {
        this.directory = directory;
        this.workflow = workflow;
    }

    boolean mayManage(CurrentUser user) {
        return user.unitId() != null && user.can(ReceptionPermissions.MANAGE);
    }

    /** Reads every reception of the own unit: the desk, the readers, the unit's leaders. */
    boolean mayReadUnit(CurrentUser user) {
        if (user.unitId() == null) {
            return false;
        }
        if (mayManage(user) || user.can(ReceptionPermissions.READ)) {
            return true;
        }
        return directory.person(user.username())
                .map(p -> LEADER_POSITIONS.contains(p.position()) && p.unitId() == user.unitId()).orElse(false);
    }

    boolean canRead(Reception reception, CurrentUser user) {
        if (user.unitId() == null || reception.getUnitId() != user.unitId()) {
            return false;
        }
        if (mayReadUnit(user)) {
            return true;
        }
        return reception.getProcessInstanceId() != null
                && workflow.participants(reception.getProcessInstanceId()).contains(user.username());
    }

    void requireUnitReader(CurrentUser user) {
        if (!mayReadUnit(user)) {
            throw new AccessDeniedException(user.username() + " may not read receptions");
        }
    }

    void requireManager(CurrentUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException(user.username() + " may not manage receptions");
        }
    }

    void requireRead(Reception reception, CurrentUser user) {
        if (!canRead(reception, user)) {
            throw new AccessDeniedException("reception " + reception.getId() + " is not visible to " + user.username());
        }
    }

    void requireManage(Reception reception, CurrentUser user) {
        if (!mayManage(user) || reception.getUnitId() != user.unitId()) {
            throw new AccessDeniedException("reception " + reception.getId() + " may not be changed by "
                    + user.username());
        }
    }
}
