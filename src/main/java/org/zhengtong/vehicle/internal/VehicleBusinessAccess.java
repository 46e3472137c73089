package org.zhengtong.vehicle.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on a booking's task: the reader must see the booking ({@link VehicleAccess}); a
 * task is handed (转交, 加签, reassignment) only to people of the booking's unit.
 */
@Component
class VehicleBusinessAccess implements BusinessAccess {

    private final VehicleBookingService bookings;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;

    VehicleBusinessAccess(VehicleBookingService bookings, CurrentUsers currentUsers, OrgDirectory directory) {
        this.bookings = bookings;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @Override
    public String module() {
        return "vehicle";
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRead(String businessKey) {
        bookings.readable(bookings.byKey(businessKey).getId(), currentUsers.current());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(String businessKey, String username) {
        if (!assignable(businessKey, username)) {
            throw new BusinessRuleException("vehicle.error.assignee");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignable(String businessKey, String username) {
        Booking booking = bookings.byKey(businessKey);
        return directory.person(username).filter(p -> p.unitId() == booking.getUnitId()).isPresent();
    }

    @Override
    public String link(String businessKey) {
        return "/vehicle/bookings/" + businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
