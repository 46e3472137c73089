package org.zhengtong.vehicle.internal;

/**
 * 审批中 (the approval steps) → 待派车 (at 派车) → 已派车 (a car and a driver hold the period) → 已出车 → 已还车;
 * 未批准 when refused at a step, 已取消 when the booker cancels an assigned booking or an administrator ends the
 * process. Assigned and departed bookings hold their car and driver.
 */
public enum BookingStatus {
    PENDING, APPROVED, ASSIGNED, DEPARTED, RETURNED, REJECTED, CANCELLED;

    public boolean holds() {
        return this == ASSIGNED || this == DEPARTED;
    }

    public boolean inProcess() {
        return this == PENDING || this == APPROVED;
    }

    public String messageKey() {
        return "vehicle.status." + name();
    }
}
