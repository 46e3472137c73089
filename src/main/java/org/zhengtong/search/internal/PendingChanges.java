package org.zhengtong.search.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Changes handed to the {@link IndexFeed} and not yet applied to the index. A search first waits (a moment at most)
 * for those handed over before it started, so whoever has just saved a document finds it.
 */
@Component
class PendingChanges {

    private static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private long handedOver;
    private long settled;

    synchronized void handedOver() {
        handedOver++;
    }

    /** One change applied to the index, or given up on: they settle in the order they were handed over. */
    synchronized void settled() {
        settled++;
        notifyAll();
    }

    synchronized void awaitEarlierOnes() {
        long target = handedOver;
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        try {
            for (long left = MAX_WAIT.toNanos(); settled < target && left > 0; left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
