package org.zhengtong.regulation.internal;

/** Who reads an entry: everybody of the publishing unit (本单位), or every account of the city (全市). */
public enum Scope {
    UNIT, CITY;

    public String messageKey() {
        return "regulation.scope." + name();
    }
}
