package org.zhengtong.meeting.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home tile for everyone in the organization: the noticed meetings of hers still to come (近期会议), the next first. */
@Component
class UpcomingMeetingsCard implements WorkbenchCard {

    private final MeetingService meetings;
    private final Clock clock;

    UpcomingMeetingsCard(MeetingService meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 360;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        if (user.personId() == null) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Meeting> upcoming = meetings.mine().stream()
                .filter(m -> m.getStatus() == Meeting.Status.NOTICED && m.getEndsAt().isAfter(now))
                .sorted((a, b) -> a.getStartsAt().compareTo(b.getStartsAt())).toList();
        List<Line> lines = upcoming.stream().map(m -> new Line(m.getTitle(), meetings.place(m),
                m.getStartsAt().atZone(clock.getZone()).toInstant(), "/meetings/" + m.getId())).toList();
        return Optional.of(new Tile("meeting.page.tile", "bi-people", "/meetings", upcoming.size(), lines));
    }
}
