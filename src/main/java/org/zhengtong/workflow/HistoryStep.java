package org.zhengtong.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One step in the timeline of a process: who, when, how long, and what they wrote. */
public record HistoryStep(String taskId, String activityId, String name, String handler, String delegatedFrom,
                          Instant started, Instant ended, List<Remark> remarks) {

    public Duration duration() {
        return ended == null ? null : Duration.between(started, ended);
    }

    public boolean open() {
        return ended == null;
    }

    /** An opinion or a recorded action (transfer, return, urge, withdraw…), by {@code author} at {@code time}. */
    public record Remark(String type, String author, Instant time, String text) {
    }
}
