package org.zhengtong.workflow.internal;

import java.time.Instant;
import java.util.List;

/**
 * An overdue or near-due task on the supervision page: its handlers, whether it is the user's own, how often it
 * was urged and reminded, whether it went up to a leader, and every urging.
 */
public record SupervisionRow(TodoRow row, String handlers, boolean mine, int urgeCount, int reminderCount,
                             boolean escalated, String escalatedTo, List<Entry> urgings) {

    /** One urging: by whom (a name, or null for the supervision job), to whom, what. */
    public record Entry(Instant at, String by, boolean automatic, boolean escalated, String recipients,
                        String message) {
    }
}
