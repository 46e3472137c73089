package org.zhengtong.vehicle.internal;

/** 市内 or 市外 use; a unit's designed approval may differ by it (the designer's type). */
public enum TripScope {
    LOCAL("市内用车"), OUT_OF_CITY("市外用车");

    private final String label;

    TripScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String messageKey() {
        return "vehicle.scope." + name();
    }
}
