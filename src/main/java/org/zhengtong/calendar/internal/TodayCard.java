package org.zhengtong.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home tile for every person: her calendar's entries today (今日日程), listed by time, linking to the day. */
@Component
class TodayCard implements WorkbenchCard {

    private final MyCalendar calendar;
    private final Clock clock;

    TodayCard(MyCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        if (user.personId() == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        List<Occurrence> todays = calendar.ownOccurrences(user.username(), today.atStartOfDay(),
                today.plusDays(1).atStartOfDay());
        // an all-day entry has no time to show
        List<Line> lines = todays.stream().map(o -> new Line(o.title(), o.location(),
                o.allDay() ? null : o.start().atZone(clock.getZone()).toInstant(),
                "/calendar/entries/" + o.entryId() + "?date=" + o.date())).toList();
        return Optional.of(new Tile("calendar.tile.today", "bi-calendar-event", "/calendar?view=day", todays.size(),
                lines));
    }
}
