package org.zhengtong.workflow;

import java.util.List;

/**
 * A reminder for the handlers of an open task: by a person (催办) or by the supervision job when the task is overdue
 * ({@code automatic}); {@code escalated} when it goes to the handler's leader after repeated reminders.
 */
public record TaskUrged(String taskId, String processInstanceId, String taskName, List<String> recipients,
                        String urgedBy, String message, boolean automatic, boolean escalated) {

    /** A reminder to the handlers themselves (not escalated). */
    public TaskUrged(String taskId, String processInstanceId, String taskName, List<String> recipients,
                     String urgedBy, String message, boolean automatic) {
        this(taskId, processInstanceId, taskName, recipients, urgedBy, message, automatic, false);
    }
}
