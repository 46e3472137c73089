package org.zhengtong.platform.internal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Instants as the console shows them, in the application clock's time zone: {@code ${@displayTime.of(instant)}}. */
@Component("displayTime")
class DisplayTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    DisplayTime(Clock clock) {
        this.clock = clock;
    }

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(clock.getZone()));
    }
}
