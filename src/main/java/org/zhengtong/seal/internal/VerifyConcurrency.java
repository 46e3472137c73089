package org.zhengtong.seal.internal;

import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * How many verifications run at once ({@code zhengtong.seal.verify.max-concurrent}): each holds an uploaded file and
 * what it unpacks, so their number bounds the memory the open verification can take. One more is refused, not queued.
 */
@Component
class VerifyConcurrency {

    /** What a refused caller is told to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore slots;

    VerifyConcurrency(SealProperties properties) {
        this.slots = new Semaphore(properties.verify().maxConcurrent());
    }

    /** Takes a slot when one is free; the caller releases it when done. */
    boolean tryAcquire() {
        return slots.tryAcquire();
    }

    void release() {
        slots.release();
    }
}
