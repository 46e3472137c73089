package org.zhengtong.asset.internal;

/** 经费来源. */
public enum Funding {
    FISCAL, SPECIAL, OWN, OTHER;

    public String messageKey() {
        return "asset.funding." + name();
    }
}
