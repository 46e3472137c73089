package org.zhengtong.meeting.internal;

import java.time.LocalDateTime;

/** The period checks of the bookings, for the controllers' queries. */
public final class BookingServiceChecks {

    private BookingServiceChecks() {
    }

    /** Refuses a period without a start or end, ending before it starts, or longer than 31 days. */
    public static void period(LocalDateTime from, LocalDateTime to) {
        BookingService.checkPeriod(from, to);
    }
}
