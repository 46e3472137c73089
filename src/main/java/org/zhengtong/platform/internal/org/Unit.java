package org.zhengtong.platform.internal.org;

import jakarta.persistence.*;

@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    private String name;
    private String shortName;
    private String code;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    private int sortOrder;
    private boolean enabled = true;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String name, String shortName, String code, UnitKind kind, Unit parent, int sortOrder) {
        this.name = name;
        this.shortName = shortName;
        this.code = code;
        this.kind = kind;
        this.parent = parent;
        this.sortOrder = sortOrder;
    }

    /** True when {@code candidate} is this unit or lies below it. */
    public boolean isSelfOrAncestorOf(Unit candidate) {
        for (Unit u = candidate; u != null; u = u.getParent()) {
            if (u.getId() != null && u.getId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    public Long getId() { return id; }
    public Unit getParent() { return parent; }
    public void setParent(Unit parent) { this.parent = parent; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public long getVersion() { return version; }
}
