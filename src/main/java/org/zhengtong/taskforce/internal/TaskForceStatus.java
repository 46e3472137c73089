package org.zhengtong.taskforce.internal;

/** 工作状态 of a coordination group, named by {@code taskforce.status.<NAME>}; stored by name. */
public enum TaskForceStatus {
    ACTIVE, CLOSED;

    public String messageKey() {
        return "taskforce.status." + name();
    }
}
