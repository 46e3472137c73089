package org.zhengtong.taskforce.internal;

/**
 * Where a task stands, kept in step with its process: 办理中 at the handling unit, 待验收 with the office, 已办结 once
 * accepted. Named by {@code taskforce.assignment.status.<NAME>}; stored by name.
 */
public enum AssignmentStatus {
    HANDLING, SUBMITTED, ACCEPTED;

    public boolean open() {
        return this != ACCEPTED;
    }

    public String messageKey() {
        return "taskforce.assignment.status." + name();
    }
}
