package org.zhengtong.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.presence.Engagements;

/**
 * 会议中 for 外出情况查询: the noticed meetings these people attend — replied 参加 or not yet replied, not 请假 —
 * overlapping the period. A meeting whose 密级 (or a 议题's) is classified is shown by its kind only; the place is the
 * room or the place typed.
 */
@Component
class MeetingEngagements implements Engagements {

    static final String KIND_KEY = "meeting.engagement";

    private final AttendeeRepository attendees;
    private final MeetingRepository meetings;
    private final TopicRepository topics;
    private final MeetingService service;
    private final MessageSource messages;
    private final Clock clock;

    MeetingEngagements(AttendeeRepository attendees, MeetingRepository meetings, TopicRepository topics,
                       MeetingService service, MessageSource messages, Clock clock) {
        this.attendees = attendees;
        this.meetings = meetings;
        this.topics = topics;
        this.service = service;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Engagement> during(Collection<String> usernames, Instant from, Instant to) {
        if (usernames == null || usernames.isEmpty() || !to.isAfter(from)) {
            return List.of();
        }
        List<Attendee> found = attendees.attending(usernames, Meeting.Status.NOTICED,
                LocalDateTime.ofInstant(from, clock.getZone()), LocalDateTime.ofInstant(to, clock.getZone()));
        Map<Long, Meeting> byId = new HashMap<>();
        meetings.findByIdIn(found.stream().map(Attendee::getMeetingId).distinct().toList())
                .forEach(m -> byId.put(m.getId(), m));
        Map<Long, String> titles = new HashMap<>();
        Map<Long, String> places = new HashMap<>();
        return found.stream().filter(a -> byId.containsKey(a.getMeetingId())).map(a -> {
            Meeting m = byId.get(a.getMeetingId());
            return new Engagement(a.getUsername(), KIND_KEY, titles.computeIfAbsent(m.getId(), id -> title(m)),
                    places.computeIfAbsent(m.getId(), id -> service.place(m)),
                    m.getStartsAt().atZone(clock.getZone()).toInstant(),
                    m.getEndsAt().atZone(clock.getZone()).toInstant(), "/meetings/" + m.getId());
        }).sorted(Comparator.comparing(Engagement::start)).toList();
    }

    private String title(Meeting meeting) {
        if (MeetingIndex.classification(meeting, topics.findByMeetingIdOrderBySortOrderAscIdAsc(meeting.getId()))
                .classified()) {
            return messages.getMessage(meeting.getKind().messageKey(), null, meeting.getKind().label(),
                    LocaleContextHolder.getLocale());
        }
        return meeting.getTitle();
    }
}
