package org.zhengtong.platform.internal.org;

public enum UnitKind {
    /** 市政府 (the root). */
    CITY_GOVERNMENT,
    /** 市直单位. */
    CITY_UNIT,
    /** 区政府. */
    DISTRICT_GOVERNMENT,
    /** 区直单位. */
    DISTRICT_UNIT
}
