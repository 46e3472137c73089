package org.zhengtong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.IntegrationTest;
import org.zhengtong.platform.PlatformFixtures;

/**
 * {@link Calendars#busy}: the occurrences overlapping a period, with their source and type; a private entry without
 * its title; nothing outside the period.
 */
@IntegrationTest
class CalendarBusyTest {

    @Autowired Calendars calendars;
    @Autowired PlatformFixtures platform;

    @Test
    void busyListsTheOverlappingOccurrences() {
        String owner = platform.newTeam().clerk();
        LocalDate day = LocalDate.of(2031, 6, 2);
        calendars.put(new CalendarEntryRequest("meeting:9001", owner, EntryType.MEETING, "党组会", "三楼", null,
                day.atTime(9, 0), day.atTime(10, 0), false, List.of(), null));
        calendars.put(new CalendarEntryRequest("meeting:9002", owner, EntryType.MEETING, "下午会", null, null,
                day.atTime(15, 0), day.atTime(16, 0), false, List.of(), null));

        List<BusyTime> morning = calendars.busy(owner, day.atTime(8, 0), day.atTime(12, 0));
        assertThat(morning).containsExactly(new BusyTime("meeting:9001", EntryType.MEETING, "党组会",
                day.atTime(9, 0), day.atTime(10, 0), false));
        // touching is no overlap
        assertThat(calendars.busy(owner, day.atTime(10, 0), day.atTime(15, 0))).isEmpty();
        assertThat(calendars.busy(owner, day.atStartOfDay(), day.plusDays(1).atStartOfDay()))
                .extracting(BusyTime::source).containsExactly("meeting:9001", "meeting:9002");
        assertThat(calendars.busy(owner, LocalDateTime.of(2031, 6, 3, 0, 0), LocalDateTime.of(2031, 6, 2, 0, 0)))
                .isEmpty();
        calendars.remove("meeting:9001", owner);
        assertThat(calendars.busy(owner, day.atTime(8, 0), day.atTime(12, 0))).isEmpty();
    }
}
