package org.zhengtong.platform.internal.holiday;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** A day of the holiday calendar that differs from the plain week: a 法定节假日 or a 调休 working weekend. */
@Entity
@Table(name = "plat_calendar_day")
public class CalendarDay {

    public enum Kind {
        /** 法定节假日 (or a 调休 rest day) on a weekday: no working day. */
        HOLIDAY,
        /** 调休上班: a Saturday or Sunday worked, a working day. */
        WORKDAY
    }

    static final int MAX_NAME = 50;

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Size(max = MAX_NAME)
    private String name;

    @Size(max = 100)
    private String changedBy;

    private Instant changedAt;

    @Version
    private long version;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate date) {
        this.date = date;
    }

    void set(Kind kind, String name, String by, Instant at) {
        this.kind = kind;
        this.name = name;
        this.changedBy = by;
        this.changedAt = at;
    }

    public LocalDate getDate() { return date; }
    public Kind getKind() { return kind; }
    public String getName() { return name; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
