package org.zhengtong.workflow.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One urging of a task: who (a person, or {@code system} for the supervision job), when, to whom, what. */
@Entity
@Table(name = "wf_urging_record")
class UrgingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String taskId;
    private String processInstanceId;
    private Instant urgedAt;
    private String urgedBy;
    private boolean automatic;
    private boolean escalated;
    private String recipients;
    private String message;

    protected UrgingRecord() {
    }

    UrgingRecord(String taskId, String processInstanceId, Instant urgedAt, String urgedBy, boolean automatic,
                 boolean escalated, List<String> recipients, String message) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.urgedAt = urgedAt;
        this.urgedBy = urgedBy;
        this.automatic = automatic;
        this.escalated = escalated;
        this.recipients = String.join(",", recipients);
        this.message = message;
    }

    List<String> recipientList() {
        return recipients == null || recipients.isBlank() ? List.of() : Arrays.asList(recipients.split(","));
    }

    Long getId() { return id; }
    String getTaskId() { return taskId; }
    String getProcessInstanceId() { return processInstanceId; }
    Instant getUrgedAt() { return urgedAt; }
    String getUrgedBy() { return urgedBy; }
    boolean isAutomatic() { return automatic; }
    boolean isEscalated() { return escalated; }
    String getMessage() { return message; }
}
