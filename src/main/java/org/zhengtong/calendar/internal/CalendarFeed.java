package org.zhengtong.calendar.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A person's subscription address: only the SHA-256 of its token is kept. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Size(max = 40)
    private String owner;
    @Size(max = 64)
    private String tokenHash;
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String owner, String tokenHash, Instant createdAt) {
        this.owner = owner;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void replace(String tokenHash, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public String getOwner() { return owner; }
    public String getTokenHash() { return tokenHash; }
    public Instant getCreatedAt() { return createdAt; }
}
