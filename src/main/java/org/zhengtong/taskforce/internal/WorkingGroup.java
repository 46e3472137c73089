package org.zhengtong.taskforce.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** 工作组: its name, its duty, and the 副组长 who oversees it (侧重负责). */
@Entity
@Table(name = "tf_group")
public class WorkingGroup {

    static final int MAX_NAME = 200;
    static final int MAX_DUTY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long taskForceId;

    @Size(max = MAX_NAME)
    private String name;

    @Size(max = MAX_DUTY)
    private String duty;

    @Size(max = 40)
    private String overseer;

    private int sortOrder;

    protected WorkingGroup() {
    }

    WorkingGroup(long taskForceId, int sortOrder) {
        this.taskForceId = taskForceId;
        this.sortOrder = sortOrder;
    }

    void describe(String name, String duty, String overseer) {
        this.name = name;
        this.duty = duty;
        this.overseer = overseer;
    }

    public Long getId() { return id; }
    public long getTaskForceId() { return taskForceId; }
    public String getName() { return name; }
    public String getDuty() { return duty; }
    public String getOverseer() { return overseer; }
    public int getSortOrder() { return sortOrder; }
}
