package org.zhengtong.workflow;

import java.util.List;
import java.util.UUID;

/**
 * A reminder for the handlers of an open task: by a person (催办) or by the supervision job when the task is overdue
 * ({@code automatic}); {@code escalated} when it goes to the handler's leader after repeated reminders. {@code
 * urgingId} tells this urging from another of the same task, so a listener receiving it again knows it.
 */
public record TaskUrged(String taskId, String processInstanceId, String taskName, List<String> recipients,
                        String urgedBy, String message, boolean automatic, boolean escalated, String urgingId) {

    public TaskUrged {
        // an event stored before urgings had an id is a distinct urging
        urgingId = urgingId == null ? UUID.randomUUID().toString() : urgingId;
    }

    /** A new urging. */
    public TaskUrged(String taskId, String processInstanceId, String taskName, List<String> recipients,
                     String urgedBy, String message, boolean automatic, boolean escalated) {
        this(taskId, processInstanceId, taskName, recipients, urgedBy, message, automatic, escalated, null);
    }

    /** A new reminder to the handlers themselves (not escalated). */
    public TaskUrged(String taskId, String processInstanceId, String taskName, List<String> recipients,
                     String urgedBy, String message, boolean automatic) {
        this(taskId, processInstanceId, taskName, recipients, urgedBy, message, automatic, false);
    }
}
