package org.zhengtong.supplies.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How many of an item a store holds. Changed only by {@link StockRepository}'s conditional updates (入库 adds, 发放
 * subtracts only while enough is left), never by a read-modify-write, so concurrent issues cannot overdraw it.
 */
@Entity
@Table(name = "supplies_stock")
public class Stock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long storeId;
    private long itemId;
    private int quantity;

    @Version
    private long version;

    protected Stock() {
    }

    Stock(long storeId, long itemId) {
        this.storeId = storeId;
        this.itemId = itemId;
    }

    public Long getId() { return id; }
    public long getStoreId() { return storeId; }
    public long getItemId() { return itemId; }
    public int getQuantity() { return quantity; }
}
