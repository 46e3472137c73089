package org.zhengtong.search;

import java.time.Instant;

/** How far the full-text index is behind the changes its owners committed, for administrators. */
public interface IndexStatus {

    Lag lag();

    /**
     * @param pendingChanges changes committed by their owners that the index has not yet made durable
     * @param oldestChange   when the oldest of them was committed, or null when there is none
     */
    record Lag(long pendingChanges, Instant oldestChange) {
    }
}
