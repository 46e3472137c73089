package org.zhengtong.calendar.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The owner lets the reader see her calendar, not change it. */
@Entity
@Table(name = "calendar_share")
public class CalendarShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Size(max = 40)
    private String owner;
    @Size(max = 40)
    private String reader;
    private Instant createdAt;

    protected CalendarShare() {
    }

    CalendarShare(String owner, String reader, Instant createdAt) {
        this.owner = owner;
        this.reader = reader;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getOwner() { return owner; }
    public String getReader() { return reader; }
    public Instant getCreatedAt() { return createdAt; }
}
