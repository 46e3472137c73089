package org.zhengtong.supplies.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A purchase taken into a store (入库): how many of an item, at what unit price, from which supplier, on which day. */
@Entity
@Table(name = "supplies_receipt")
public class Receipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private long storeId;
    private long itemId;
    private int quantity;
    private BigDecimal unitPrice;
    @Size(max = 100)
    private String supplier;
    private LocalDate receivedOn;
    @Size(max = 40)
    private String receivedBy;
    private Instant createdAt;

    protected Receipt() {
    }

    Receipt(long unitId, long storeId, long itemId, int quantity, BigDecimal unitPrice, String supplier,
            LocalDate receivedOn, String receivedBy, Instant createdAt) {
        this.unitId = unitId;
        this.storeId = storeId;
        this.itemId = itemId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.supplier = supplier;
        this.receivedOn = receivedOn;
        this.receivedBy = receivedBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getStoreId() { return storeId; }
    public long getItemId() { return itemId; }
    public int getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public String getSupplier() { return supplier; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getReceivedBy() { return receivedBy; }
}
