package org.zhengtong.calendar.internal;

/** How an entry repeats; named by {@code calendar.repeat.<REPEAT>}. */
public enum Repeat {
    NONE, DAILY, WEEKLY, MONTHLY;

    public String messageKey() {
        return "calendar.repeat." + name();
    }
}
