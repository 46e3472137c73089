package org.zhengtong.vehicle.internal;

/** 可用 (may be assigned), 维修 (in the workshop), 停用 (out of service). Only an available car is assigned. */
public enum CarStatus {
    AVAILABLE, REPAIR, DISABLED;

    public String messageKey() {
        return "vehicle.carStatus." + name();
    }
}
