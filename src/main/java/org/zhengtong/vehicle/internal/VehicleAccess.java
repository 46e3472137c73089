package org.zhengtong.vehicle.internal;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.Workflow;

/**
 * Who may do what with a unit's fleet, decided on the server for the pages, the API, the to-do actions and the search
 * alike.
 * <ul>
 * <li>Everyone of a unit sees its cars (to know what may be booked) and books.</li>
 * <li>{@code VEHICLE_MANAGE} of the unit (the fleet manager): keeps cars and drivers, reads every booking, 派车,
 * records trips, statistics and export.</li>
 * <li>The unit's head and leaders in charge read every booking and the statistics.</li>
 * <li>A booker reads her own bookings; a driver those assigned to him, and records their trips; whoever took part in
 * a booking's approval reads that booking.</li>
 * <li>Nobody sees another unit's cars, drivers or bookings (403).</li>
 * </ul>
 */
@Component
class VehicleAccess {

    static final Set<String> LEADER_POSITIONS = Set.of(Positions.UNIT_HEAD, Positions.LEADER_IN_CHARGE);

    private final OrgDirectory directory;
    private final Workflow workflow;

    VehicleAccess(OrgDirectory directory, Workflow workflow) {
        this.directory = directory;
        this.workflow = workflow;
    }

    boolean mayManage(CurrentUser user) {
        return user.unitId() != null && user.can(VehiclePermissions.MANAGE);
    }

    /** Reads every booking and the statistics of the own unit: fleet managers and the unit's leaders. */
    boolean mayReadUnit(CurrentUser user) {
        if (user.unitId() == null) {
            return false;
        }
        if (mayManage(user)) {
            return true;
        }
        return directory.person(user.username())
                .map(p -> LEADER_POSITIONS.contains(p.position()) && p.unitId() == user.unitId()).orElse(false);
    }

    boolean canRead(Booking booking, CurrentUser user, Driver driver) {
        if (user.unitId() == null || booking.getUnitId() != user.unitId()) {
            return false;
        }
        if (booking.getBookedBy().equals(user.username()) || mayReadUnit(user)) {
            return true;
        }
        if (driver != null && driver.getUsername().equals(user.username())) {
            return true;
        }
        return booking.getProcessInstanceId() != null
                && workflow.participants(booking.getProcessInstanceId()).contains(user.username());
    }

    void requireMember(CurrentUser user, long unitId) {
        if (user.unitId() == null || user.unitId() != unitId) {
            throw new AccessDeniedException(user.username() + " is not of unit " + unitId);
        }
    }

    void requireManager(CurrentUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException(user.username() + " may not manage vehicles");
        }
    }

    /** A fleet manager of this unit. */
    void requireManager(CurrentUser user, long unitId) {
        if (!mayManage(user) || user.unitId() != unitId) {
            throw new AccessDeniedException(user.username() + " may not manage the vehicles of unit " + unitId);
        }
    }

    void requireUnitReader(CurrentUser user) {
        if (!mayReadUnit(user)) {
            throw new AccessDeniedException(user.username() + " may not read the unit's vehicle use");
        }
    }
}
