package org.zhengtong.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home tile for every person: how many entries her calendar has today (今日日程), linking to the day. */
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
        return Optional.of(new Tile("calendar.tile.today", "bi-calendar-event", "/calendar?view=day",
                calendar.ownOccurrences(user.username(), today.atStartOfDay(), today.plusDays(1).atStartOfDay())
                        .size()));
    }
}
