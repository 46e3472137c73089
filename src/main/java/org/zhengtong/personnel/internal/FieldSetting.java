package org.zhengtong.personnel.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The audience the security administrator set for a field. */
@Entity
@Table(name = "personnel_field_visibility")
class FieldSetting {

    @Id
    @Enumerated(EnumType.STRING)
    private PersonnelField field;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    @Size(max = 40)
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected FieldSetting() {
    }

    FieldSetting(PersonnelField field) {
        this.field = field;
    }

    void set(Audience audience, String by, Instant at) {
        this.audience = audience;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    PersonnelField getField() {
        return field;
    }

    Audience getAudience() {
        return audience;
    }
}
