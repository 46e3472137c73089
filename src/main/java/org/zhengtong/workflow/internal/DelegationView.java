package org.zhengtong.workflow.internal;

import java.time.Instant;

/** A delegation as the 代办 page lists it, with names instead of usernames. */
public record DelegationView(Long id, String fromName, String toName, Instant startsAt, Instant endsAt,
                             String reason, Status status) {

    public enum Status { PENDING, ACTIVE, ENDED, CANCELLED }

    public boolean cancellable() {
        return status == Status.PENDING || status == Status.ACTIVE;
    }
}
