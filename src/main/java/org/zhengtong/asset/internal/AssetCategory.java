package org.zhengtong.asset.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * A code of GB/T 14885-2022 (固定资产等资产基础分类与代码) with the depreciation years the 应用指南 of 政府会计准则第3号
 * gives its category. A depreciable code without years is a group: a card takes a finer code.
 */
@Entity
@Table(name = "asset_category")
public class AssetCategory {

    @Id
    @Size(max = 9)
    private String code;
    @Size(max = 100)
    private String name;
    @Size(max = 9)
    private String parentCode;
    private boolean depreciable;
    private Integer depreciationYears;

    protected AssetCategory() {
    }

    AssetCategory(String code, String name, String parentCode, boolean depreciable, Integer depreciationYears) {
        this.code = code;
        describe(name, parentCode, depreciable, depreciationYears);
    }

    void describe(String name, String parentCode, boolean depreciable, Integer depreciationYears) {
        this.name = name;
        this.parentCode = parentCode;
        this.depreciable = depreciable;
        this.depreciationYears = depreciable ? depreciationYears : null;
    }

    /** A card may take this code: not depreciated at all, or with its years. */
    public boolean assignable() {
        return !depreciable || depreciationYears != null;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getParentCode() { return parentCode; }
    public boolean isDepreciable() { return depreciable; }
    public Integer getDepreciationYears() { return depreciationYears; }
}
