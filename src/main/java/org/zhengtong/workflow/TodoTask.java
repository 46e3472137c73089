package org.zhengtong.workflow;

import java.time.Instant;

/**
 * An open task. {@code delegatedFrom} names the person the task was meant for when it reached the handler through
 * delegation (代办); {@code addedSignerFor} the person who added the handler as a signer (加签).
 */
public record TodoTask(String taskId, String processInstanceId, String processKey, String businessKey,
                       String activityId, String name, String assignee, boolean candidate, String delegatedFrom,
                       String addedSignerFor, Instant created, Instant due) {

    public boolean overdueAt(Instant now) {
        return due != null && due.isBefore(now);
    }
}
