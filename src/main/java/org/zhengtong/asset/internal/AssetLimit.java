package org.zhengtong.asset.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Above this original value (元, inclusive) a change of this kind needs 市财政局's approval too; null: never. */
@Entity
@Table(name = "asset_limit")
public class AssetLimit {

    @Id
    @Enumerated(EnumType.STRING)
    private ChangeKind kind;
    private BigDecimal threshold;

    protected AssetLimit() {
    }

    AssetLimit(ChangeKind kind, BigDecimal threshold) {
        this.kind = kind;
        this.threshold = threshold;
    }

    void set(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public ChangeKind getKind() { return kind; }
    public BigDecimal getThreshold() { return threshold; }
}
