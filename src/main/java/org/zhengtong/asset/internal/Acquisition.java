package org.zhengtong.asset.internal;

/** How the unit came by the asset (取得方式). */
public enum Acquisition {
    PURCHASE, TRANSFER_IN, DONATION, SELF_BUILT, SURPLUS, OTHER;

    public String messageKey() {
        return "asset.acquisition." + name();
    }
}
