package org.zhengtong.vehicle.internal;

/** 车型. */
public enum CarType {
    SEDAN, SUV, MPV, MINIBUS, BUS, PICKUP, OTHER;

    public String messageKey() {
        return "vehicle.carType." + name();
    }
}
