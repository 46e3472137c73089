package org.zhengtong.leaderschedule.internal;

/**
 * How an entry gives its time: from a start to an end (TIMED), whole days (ALL_DAY), or the morning or afternoon of
 * one day (上午, 下午), whose hours are {@code zhengtong.leaderschedule.morning-*} and {@code .afternoon-*}.
 * Named by {@code leaderschedule.dayPart.<NAME>}.
 */
public enum DayPart {
    TIMED, ALL_DAY, MORNING, AFTERNOON;

    public String messageKey() {
        return "leaderschedule.dayPart." + name();
    }
}
