package org.zhengtong.workflow.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The urging state of one task (督办台账): how often it was urged, how often the supervision job reminded its
 * handlers, and whether it went up to their leader.
 */
@Entity
@Table(name = "wf_urging")
class Urging {

    @Id
    private String taskId;

    private String processInstanceId;
    private String taskName;
    private int urgeCount;
    private int reminderCount;
    private Instant lastUrgedAt;
    private Instant lastReminderAt;
    private boolean escalated;
    private String escalatedTo;
    private Instant escalatedAt;

    @Version
    private long version;

    protected Urging() {
    }

    Urging(String taskId, String processInstanceId, String taskName) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.taskName = taskName;
    }

    void urged(Instant at, boolean automatic) {
        urgeCount++;
        lastUrgedAt = at;
        if (automatic) {
            reminderCount++;
            lastReminderAt = at;
        }
    }

    void escalated(List<String> leaders, Instant at) {
        escalated = true;
        escalatedTo = String.join(",", leaders);
        escalatedAt = at;
    }

    List<String> escalatedToList() {
        return escalatedTo == null || escalatedTo.isBlank() ? List.of() : Arrays.asList(escalatedTo.split(","));
    }

    String getTaskId() { return taskId; }
    String getProcessInstanceId() { return processInstanceId; }
    String getTaskName() { return taskName; }
    int getUrgeCount() { return urgeCount; }
    int getReminderCount() { return reminderCount; }
    Instant getLastUrgedAt() { return lastUrgedAt; }
    Instant getLastReminderAt() { return lastReminderAt; }
    boolean isEscalated() { return escalated; }
    String getEscalatedTo() { return escalatedTo; }
    Instant getEscalatedAt() { return escalatedAt; }
}
