package org.zhengtong.chronicle.internal;

/** What an entry is about: 会议, 领导活动, 重要工作, 荣誉 (awards and honours), 其他. */
public enum Category {
    MEETING("会议"), LEADER("领导活动"), WORK("重要工作"), HONOUR("荣誉"), OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The Chinese name, as printed in the exports (which are Chinese whatever the page's language). */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "chronicle.category." + name();
    }
}
