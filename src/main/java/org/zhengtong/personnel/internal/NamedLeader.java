package org.zhengtong.personnel.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/** A leader the unit's personnel office named: sees the fields of 人事处及指定领导 in the unit's records. */
@Entity
@Table(name = "personnel_leader")
@IdClass(NamedLeader.Key.class)
class NamedLeader {

    @Id
    private long unitId;
    @Id
    @Size(max = 40)
    private String username;
    @Size(max = 40)
    private String namedBy;
    private Instant namedAt;

    protected NamedLeader() {
    }

    NamedLeader(long unitId, String username, String namedBy, Instant namedAt) {
        this.unitId = unitId;
        this.username = username;
        this.namedBy = namedBy;
        this.namedAt = namedAt;
    }

    String getUsername() {
        return username;
    }

    record Key(long unitId, String username) implements Serializable {
        Key() {
            this(0, null);
        }
    }
}
