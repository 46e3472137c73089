package org.zhengtong.asset.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The changes of an asset that need approval, and what each asks for: a department and people (配置, 领用, 调拨), a
 * use, a value, a counterparty (出租出借, 对外投资, 处置). The ones that take the asset off the books end with its
 * status; {@link #SURPLUS} confirms a card registered for something a stock-take found unregistered (盘盈).
 */
public enum ChangeKind {
    ALLOCATE, RECEIVE, TRANSFER, CHANGE_USE, LEND, RECALL, INVEST, REVALUE, SCRAP, LOSS, DISPOSE, SURPLUS;

    /** Kinds a value limit may send to 市财政局 too (the administrator's page offers these). */
    public static final Set<ChangeKind> LIMITED = EnumSet.of(TRANSFER, INVEST, SCRAP, LOSS, DISPOSE);

    /** Kinds that take the asset off the unit's books. */
    public boolean removes() {
        return this == SCRAP || this == LOSS || this == DISPOSE;
    }

    /** The status the asset has once the change is approved, or null when it keeps its own. */
    AssetStatus resultingStatus() {
        return switch (this) {
            case ALLOCATE, RECEIVE, RECALL, SURPLUS -> AssetStatus.IN_USE;
            case LEND -> AssetStatus.LENT;
            case INVEST -> AssetStatus.INVESTED;
            case SCRAP -> AssetStatus.SCRAPPED;
            case LOSS -> AssetStatus.LOST;
            case DISPOSE -> AssetStatus.DISPOSED;
            case TRANSFER, CHANGE_USE, REVALUE -> null;
        };
    }

    public String messageKey() {
        return "asset.kind." + name();
    }
}
