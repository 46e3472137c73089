package org.zhengtong.vehicle.internal;

/** 准驾车型 of a driving licence (GB/T driving-licence classes a unit's drivers hold). */
public enum LicenceClass {
    A1, A2, A3, B1, B2, C1, C2
}
