package org.zhengtong.taskforce.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * A person in a coordination group's leading group or office, by username, with the unit they come from and the
 * position as the notice gives it (市财政局副局长); one person may hold two roles (成员 and 办公室主任 兼).
 */
@Entity
@Table(name = "tf_member")
public class TaskForceMember {

    static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long taskForceId;

    @Enumerated(EnumType.STRING)
    private MemberRole memberRole;

    @Size(max = 40)
    private String username;

    private long unitId;

    @Size(max = MAX_TITLE)
    private String title;

    private int sortOrder;

    protected TaskForceMember() {
    }

    TaskForceMember(long taskForceId, MemberRole memberRole, String username, long unitId, String title, int sortOrder) {
        this.taskForceId = taskForceId;
        this.memberRole = memberRole;
        this.username = username;
        this.unitId = unitId;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public long getTaskForceId() { return taskForceId; }
    public MemberRole getMemberRole() { return memberRole; }
    public String getUsername() { return username; }
    public long getUnitId() { return unitId; }
    public String getTitle() { return title; }
    public int getSortOrder() { return sortOrder; }
}
