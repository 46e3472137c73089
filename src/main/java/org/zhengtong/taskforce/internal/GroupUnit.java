package org.zhengtong.taskforce.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * A unit in a working group: a lead unit (以…为主) or a member unit, with its contact person (联络员), who receives the
 * tasks handed to the group through this unit.
 */
@Entity
@Table(name = "tf_group_unit")
public class GroupUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;
    private long unitId;
    private boolean lead;

    @Size(max = 40)
    private String contact;

    protected GroupUnit() {
    }

    GroupUnit(long groupId, long unitId, boolean lead, String contact) {
        this.groupId = groupId;
        this.unitId = unitId;
        this.lead = lead;
        this.contact = contact;
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public long getUnitId() { return unitId; }
    public boolean isLead() { return lead; }
    public String getContact() { return contact; }
}
