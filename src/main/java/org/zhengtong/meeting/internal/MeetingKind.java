package org.zhengtong.meeting.internal;

/** 会议类型, named by {@code meeting.kind.<KIND>}; stored by name, so a kind never changes its name once released. */
public enum MeetingKind {
    OFFICE("办公会"), TOPIC("专题会"), FORUM("座谈会"), WORK("工作会"), STUDY("学习会"), OTHER("其他会议");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    /** The Chinese name, for the process designer's codes and the to-do window. */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
