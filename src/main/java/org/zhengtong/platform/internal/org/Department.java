package org.zhengtong.platform.internal.org;

import jakarta.persistence.*;

@Entity
@Table(name = "org_department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    private String name;
    private int sortOrder;
    private boolean enabled = true;

    /** 科长: the department head. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_person_id")
    private Person head;

    /** 分管领导: the unit leader in charge of this department. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_person_id")
    private Person leaderInCharge;

    @Version
    private long version;

    protected Department() {
    }

    public Department(Unit unit, String name, int sortOrder) {
        this.unit = unit;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Person getHead() { return head; }
    public void setHead(Person head) { this.head = head; }
    public Person getLeaderInCharge() { return leaderInCharge; }
    public void setLeaderInCharge(Person leaderInCharge) { this.leaderInCharge = leaderInCharge; }
    public long getVersion() { return version; }
}
