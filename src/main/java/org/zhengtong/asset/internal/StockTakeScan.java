package org.zhengtong.asset.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A label scanned (or a number typed) at a stock-take; the card it names, when it is one of the unit's. */
@Entity
@Table(name = "asset_stocktake_scan")
public class StockTakeScan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long stocktakeId;
    @Size(max = 40)
    private String scannedNumber;
    private Long assetId;
    @Size(max = 200)
    private String note;
    @Size(max = 40)
    private String scannedBy;
    private Instant scannedAt;

    protected StockTakeScan() {
    }

    StockTakeScan(long stocktakeId, String scannedNumber, Long assetId, String note, String scannedBy,
                  Instant scannedAt) {
        this.stocktakeId = stocktakeId;
        this.scannedNumber = scannedNumber;
        this.assetId = assetId;
        this.note = note;
        this.scannedBy = scannedBy;
        this.scannedAt = scannedAt;
    }

    public Long getId() { return id; }
    public long getStocktakeId() { return stocktakeId; }
    public String getScannedNumber() { return scannedNumber; }
    public Long getAssetId() { return assetId; }
    public String getNote() { return note; }
    public String getScannedBy() { return scannedBy; }
    public Instant getScannedAt() { return scannedAt; }
}
