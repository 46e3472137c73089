package org.zhengtong.document;

import java.time.Duration;

/** 紧急程度, with the time each step has by default (办理时限). */
public enum Urgency {
    NORMAL("平件", Duration.ofDays(3)),
    URGENT("加急", Duration.ofDays(2)),
    EXTRA_URGENT("特急", Duration.ofDays(1));

    private final String label;
    private final Duration stepTime;

    Urgency(String label, Duration stepTime) {
        this.label = label;
        this.stepTime = stepTime;
    }

    public String label() {
        return label;
    }

    public Duration stepTime() {
        return stepTime;
    }
}
