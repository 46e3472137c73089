package org.zhengtong.seal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * At most {@value #PER_MINUTE} verifications a minute from one client, so the open page cannot be used to burn CPU.
 * The client is the address the connection comes from. Only when that is a proxy listed in
 * {@code zhengtong.seal.verify.trusted-proxies} (addresses or CIDR ranges) does the client come from
 * {@code X-Forwarded-For}: the last address there that is not itself a trusted proxy. Anyone else's header is ignored,
 * so rotating it does not escape the limit.
 */
@Component
class VerifyRateLimit {

    static final int PER_MINUTE = 20;
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final List<IpAddressMatcher> trustedProxies;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    VerifyRateLimit(Clock clock, SealProperties properties) {
        this.clock = clock;
        this.trustedProxies = properties.verify().trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    /** Counts one verification from the request's client; false when its minute is used up. */
    boolean tryAcquire(HttpServletRequest request) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(window -> window[0] != minute);
        }
        long[] window = windows.compute(client(request), (key, current) ->
                current == null || current[0] != minute ? new long[] {minute, 1} : new long[] {minute, current[1] + 1});
        return window[1] <= PER_MINUTE;
    }

    /** Seconds until the current minute's count starts again. */
    long secondsToNextWindow() {
        return 60 - (clock.millis() / 1000) % 60;
    }

    String client(HttpServletRequest request) {
        String address = request.getRemoteAddr() == null ? "?" : request.getRemoteAddr();
        if (!trusted(address)) {
            return address;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            address = hops.get(i);
            if (!trusted(address)) {
                return address;
            }
        }
        return address;
    }

    private boolean trusted(String address) {
        try {
            return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
