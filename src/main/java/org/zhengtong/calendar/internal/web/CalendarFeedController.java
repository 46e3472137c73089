package org.zhengtong.calendar.internal.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhengtong.calendar.internal.ICalendars;
import org.zhengtong.platform.Downloads;

/**
 * 日历订阅: a person's calendar as iCalendar for the calendar programs she subscribes with, opened by the token in
 * the address alone (no login; the security configuration lets {@code /calendar/feed/**} through). A token that is
 * not current — never made, replaced or revoked — is 404, saying nothing more.
 */
@Controller
class CalendarFeedController {

    private final ICalendars icalendars;

    CalendarFeedController(ICalendars icalendars) {
        this.icalendars = icalendars;
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        byte[] calendar = icalendars.feed(token);
        if (calendar == null) {
            return ResponseEntity.notFound().build();
        }
        return Downloads.attachment("calendar.ics", calendar);
    }
}
