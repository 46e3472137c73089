package org.zhengtong.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MicrosecondClockTest {

    private final Clock fixed = Clock.fixed(Instant.parse("2026-12-05T01:02:03.123456789Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void instantsAreWholeMicrosecondsAndMillisWork() {
        Clock clock = new MicrosecondClock(fixed);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-05T01:02:03.123456Z"));
        // what the rate limit of /verify asks: Clock.tick(…, 1 µs) threw ArithmeticException here on Java 17
        assertThat(clock.millis()).isEqualTo(fixed.millis());
        assertThat(clock.withZone(ZoneId.of("UTC")).getZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }
}
