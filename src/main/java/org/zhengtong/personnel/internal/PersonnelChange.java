package org.zhengtong.personnel.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One changed field of a record: who, when, from what to what (as text; masked on reading for those not covered). */
@Entity
@Table(name = "personnel_change")
public class PersonnelChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long recordId;
    private Instant changedAt;
    @Size(max = 40)
    private String changedBy;
    @Enumerated(EnumType.STRING)
    private PersonnelField field;
    @Size(max = 2000)
    private String oldValue;
    @Size(max = 2000)
    private String newValue;

    protected PersonnelChange() {
    }

    PersonnelChange(long recordId, Instant changedAt, String changedBy, PersonnelField field, String oldValue,
                    String newValue) {
        this.recordId = recordId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getRecordId() {
        return recordId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public PersonnelField getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
