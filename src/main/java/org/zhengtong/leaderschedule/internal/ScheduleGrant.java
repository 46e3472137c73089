package org.zhengtong.leaderschedule.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A leader's setting, one person at a time: this person keeps (EDITOR) or reads (VIEWER) his schedule. */
@Entity
@Table(name = "leaderschedule_grant")
class ScheduleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Size(max = 40)
    private String leader;
    @Size(max = 40)
    private String username;
    @Enumerated(EnumType.STRING)
    private GrantKind kind;

    protected ScheduleGrant() {
    }

    ScheduleGrant(long unitId, String leader, String username, GrantKind kind) {
        this.unitId = unitId;
        this.leader = leader;
        this.username = username;
        this.kind = kind;
    }

    Long getId() { return id; }
    long getUnitId() { return unitId; }
    String getLeader() { return leader; }
    String getUsername() { return username; }
    GrantKind getKind() { return kind; }
}
