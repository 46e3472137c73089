package org.zhengtong.workflow.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** 代办: from {@code startsAt} to {@code endsAt}, tasks meant for {@code fromUsername} go to {@code toUsername}. */
@Entity
@Table(name = "wf_delegation")
class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fromUsername;
    private String toUsername;
    private Instant startsAt;
    private Instant endsAt;
    private String reason;
    private boolean cancelled;
    private Instant createdAt;

    @Version
    private long version;

    protected Delegation() {
    }

    Delegation(String fromUsername, String toUsername, Instant startsAt, Instant endsAt, String reason, Instant createdAt) {
        this.fromUsername = fromUsername;
        this.toUsername = toUsername;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    boolean activeAt(Instant now) {
        return !cancelled && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    void cancel() {
        this.cancelled = true;
    }

    /** Ends it at {@code now}: one not yet begun never begins, one in force stops, one already over stays as it was. */
    void endAt(Instant now) {
        if (now.isBefore(startsAt)) {
            cancel();
        } else if (endsAt.isAfter(now)) {
            endsAt = now;
        }
    }

    Long getId() { return id; }
    String getFromUsername() { return fromUsername; }
    String getToUsername() { return toUsername; }
    Instant getStartsAt() { return startsAt; }
    Instant getEndsAt() { return endsAt; }
    String getReason() { return reason; }
    boolean isCancelled() { return cancelled; }
}
