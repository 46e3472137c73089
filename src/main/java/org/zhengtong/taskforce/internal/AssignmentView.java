package org.zhengtong.taskforce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task as its page, the office's board and the API show it; people and units by name. */
public record AssignmentView(long id, long taskForceId, String taskForceName, String number, String title,
                             String content, Long groupId, String groupName, long unitId, String unitName,
                             String handler, String handlerName, LocalDate dueDate, AssignmentStatus status,
                             boolean overdue, int percentDone, String processInstanceId, String assignedByName,
                             Instant assignedAt, Instant submittedAt, Instant acceptedAt, String lastNote,
                             List<ProgressView> progress) {

    public String businessKey() {
        return TaskAssignment.KEY_PREFIX + id;
    }

    /** A progress report with its files. */
    public record ProgressView(long id, String authorName, int percentDone, String text, Instant createdAt,
                               List<FileView> files) {
    }

    public record FileView(long id, String name, long size) {
    }
}
