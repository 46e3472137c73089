package org.zhengtong.asset.internal;

/** Where an asset card stands; the first four are on the unit's books. */
public enum AssetStatus {
    IN_USE, IDLE, LENT, INVESTED, SCRAPPED, LOST, DISPOSED, UNCONFIRMED, VOID;

    /** On the books: counted in the reports and expected at a stock-take. */
    public boolean held() {
        return ordinal() <= INVESTED.ordinal();
    }

    public String messageKey() {
        return "asset.status." + name();
    }
}
