package org.zhengtong.workflow;

/** 发文 or 收文: which of the product's document processes a design replaces. */
public enum ProcessDirection {
    OUTGOING("outgoing"),
    INCOMING("incoming");

    private final String defaultProcessKey;

    ProcessDirection(String defaultProcessKey) {
        this.defaultProcessKey = defaultProcessKey;
    }

    /** The key of the process shipped with the product ({@code classpath:workflow/<key>.bpmn20.xml}). */
    public String defaultProcessKey() {
        return defaultProcessKey;
    }
}
