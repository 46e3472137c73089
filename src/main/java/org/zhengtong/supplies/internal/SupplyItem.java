package org.zhengtong.supplies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An item of a unit's catalogue (办公用品目录): its number, name, category, unit of measure, specification and reorder level. */
@Entity
@Table(name = "supplies_item")
public class SupplyItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Size(max = 30)
    private String code;
    @Size(max = 100)
    private String name;
    @Size(max = 50)
    private String category;
    @Size(max = 10)
    private String measure;
    @Size(max = 100)
    private String specification;
    @Column(name = "reorder_level")
    private int reorderLevel;
    @Size(max = 500)
    private String remarks;
    private Instant createdAt;

    @Version
    private long version;

    protected SupplyItem() {
    }

    SupplyItem(long unitId, Instant createdAt) {
        this.unitId = unitId;
        this.createdAt = createdAt;
    }

    /** The item's data as the form gives it (already checked). */
    void describe(ItemForm form) {
        this.code = form.code().strip();
        this.name = form.name().strip();
        this.category = form.category().strip();
        this.measure = form.measure().strip();
        this.specification = SuppliesService.blankToNull(form.specification());
        this.reorderLevel = form.reorderLevel() == null ? 0 : form.reorderLevel();
        this.remarks = SuppliesService.blankToNull(form.remarks());
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getCategory() { return category; }
    public String getMeasure() { return measure; }
    public String getSpecification() { return specification; }
    public int getReorderLevel() { return reorderLevel; }
    public String getRemarks() { return remarks; }

    /** 名称（规格） as shown in lists and messages. */
    public String label() {
        return specification == null ? name : name + "（" + specification + "）";
    }
}
