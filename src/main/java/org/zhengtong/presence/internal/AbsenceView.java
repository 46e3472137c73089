package org.zhengtong.presence.internal;

import java.time.Instant;

/** An absence as pages and the API show it: names instead of usernames, its state at the time it was read. */
public record AbsenceView(long id, String username, String name, AbsenceKind kind, Instant leavesAt,
                          Instant expectedReturnAt, Instant returnedAt, String reason, String destination,
                          String contactPhone, String standInName, Status status) {

    /** Shown by the message {@code presence.status.<name>}. */
    public enum Status {
        /** registered for later */
        PLANNED,
        /** away now */
        OUT,
        /** the expected return has passed without a 返回登记: still counted as out */
        OVERDUE,
        RETURNED,
        /** withdrawn by a 返回登记 before she left */
        CANCELLED
    }

    static AbsenceView of(Absence absence, String name, String standInName, Instant now) {
        return new AbsenceView(absence.getId(), absence.getUsername(), name, absence.getKind(), absence.getLeavesAt(),
                absence.getExpectedReturnAt(), absence.getReturnedAt(), absence.getReason(),
                absence.getDestination(), absence.getContactPhone(), standInName, status(absence, now));
    }

    private static Status status(Absence absence, Instant now) {
        if (absence.getReturnedAt() != null) {
            return absence.getReturnedAt().isAfter(absence.getLeavesAt()) ? Status.RETURNED : Status.CANCELLED;
        }
        if (now.isBefore(absence.getLeavesAt())) {
            return Status.PLANNED;
        }
        return now.isBefore(absence.getExpectedReturnAt()) ? Status.OUT : Status.OVERDUE;
    }

    public boolean away() {
        return status == Status.OUT || status == Status.OVERDUE;
    }

    /** 返回登记 is open to a registration not yet ended. */
    public boolean returnable() {
        return returnedAt == null;
    }
}
