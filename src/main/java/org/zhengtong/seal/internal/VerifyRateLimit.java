package org.zhengtong.seal.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** At most {@value #PER_MINUTE} verifications a minute from one address, so the open page cannot be used to burn CPU. */
@Component
class VerifyRateLimit {

    static final int PER_MINUTE = 20;
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    VerifyRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts one verification from the address; false when its minute is used up. */
    boolean tryAcquire(String address) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(window -> window[0] != minute);
        }
        long[] window = windows.compute(address == null ? "?" : address, (key, current) ->
                current == null || current[0] != minute ? new long[] {minute, 1} : new long[] {minute, current[1] + 1});
        return window[1] <= PER_MINUTE;
    }
}
