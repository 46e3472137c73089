package org.zhengtong.asset.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A 盘点 of a unit's assets, all of them or one department's, open while labels are scanned. */
@Entity
@Table(name = "asset_stocktake")
public class StockTake {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unitId;
    @Size(max = 100)
    private String title;
    private Long departmentId;
    @Size(max = 20)
    private String status;
    @Size(max = 40)
    private String createdBy;
    private Instant createdAt;
    private Instant closedAt;
    @Version
    private long version;

    protected StockTake() {
    }

    StockTake(long unitId, String title, Long departmentId, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.title = title;
        this.departmentId = departmentId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = "OPEN";
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    void close(Instant at) {
        this.status = "CLOSED";
        this.closedAt = at;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getTitle() { return title; }
    public Long getDepartmentId() { return departmentId; }
    public String getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
}
