package org.zhengtong.meeting.internal;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.LikePatterns;

/**
 * 会议综合查询 and 会议统计 over the meetings the current user may read: those she organizes, hosts, records, is
 * invited to or attends (stand-ins included) or owns a 议定事项 of, whose 密级 her clearance covers. Filters: the
 * period of the start (local dates, inclusive), kind, room, host unit, an attendee (username: on the list, or invited by name
 * before the notice), status and words of
 * the title or a 议题. MeetingStatistics count the matching meetings per month and kind, the attendance of those begun
 * (signed in / attendees) and their 议定事项 open, done and overdue.
 */
@Service
@Transactional(readOnly = true)
public class MeetingQuery {

    /** The most meetings a statistic counts at once. */
    static final int MAX_COUNTED = 5000;
    static final int MAX_PAGE = 100;

    public record Criteria(LocalDate from, LocalDate to, MeetingKind kind, Long roomId, Long unitId, String attendee,
                           Meeting.Status status, String text) {

        public static Criteria none() {
            return new Criteria(null, null, null, null, null, null, null, null);
        }
    }

    /** Meetings of a month and kind. */
    public record MeetingMonthCount(YearMonth month, MeetingKind kind, long meetings) {
    }

    /** MeetingAttendance of the begun meetings: the attendees (请假 not counted) and how many signed in. */
    public record MeetingAttendance(long attendees, long signedIn, double rate) {
    }

    public record MeetingDecisionCounts(long open, long done, long overdue) {
    }

    public record MeetingStatistics(long meetings, Map<MeetingKind, Long> byKind, List<MeetingMonthCount> byMonth,
                             MeetingAttendance attendance, MeetingDecisionCounts decisions) {
    }

    private final MeetingRepository meetings;
    private final AttendeeRepository attendees;
    private final DecisionRepository decisions;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    MeetingQuery(MeetingRepository meetings, AttendeeRepository attendees, DecisionRepository decisions,
                 CurrentUsers currentUsers, Clock clock) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.decisions = decisions;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A page of the matching meetings, the latest start first. */
    public Page<Meeting> find(Criteria criteria, int page, int size) {
        check(criteria);
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new BusinessRuleException("meeting.error.page", MAX_PAGE);
        }
        return meetings.findAll(matching(criteria, currentUsers.current()), PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id"))));
    }

    public MeetingStatistics statistics(Criteria criteria) {
        check(criteria);
        List<Meeting> found = meetings.findAll(matching(criteria, currentUsers.current()),
                PageRequest.of(0, MAX_COUNTED, Sort.by("startsAt", "id"))).getContent();
        Map<MeetingKind, Long> byKind = new java.util.EnumMap<>(MeetingKind.class);
        Arrays.stream(MeetingKind.values()).forEach(k -> byKind.put(k, 0L));
        Map<YearMonth, Map<MeetingKind, Long>> months = new TreeMap<>();
        for (Meeting m : found) {
            byKind.merge(m.getKind(), 1L, Long::sum);
            months.computeIfAbsent(YearMonth.from(m.getStartsAt()), k -> new java.util.EnumMap<>(MeetingKind.class))
                    .merge(m.getKind(), 1L, Long::sum);
        }
        List<MeetingMonthCount> byMonth = new ArrayList<>();
        months.forEach((month, kinds) -> kinds.forEach((kind, n) -> byMonth.add(new MeetingMonthCount(month, kind, n))));

        LocalDateTime now = LocalDateTime.now(clock);
        Set<Long> begun = found.stream().filter(m -> m.getStatus() == Meeting.Status.NOTICED
                && !m.getStartsAt().isAfter(now)).map(Meeting::getId).collect(Collectors.toSet());
        long invited = 0;
        long signedIn = 0;
        if (!begun.isEmpty()) {
            for (Attendee a : attendees.findByMeetingIdIn(begun)) {
                if (a.getSignedInAt() != null) {
                    invited++;
                    signedIn++;
                } else if (a.getReply() != Attendee.Reply.LEAVE) {
                    invited++;
                }
            }
        }
        double rate = invited == 0 ? 0 : Math.round(1000.0 * signedIn / invited) / 1000.0;

        LocalDate today = LocalDate.now(clock);
        long open = 0;
        long done = 0;
        long overdue = 0;
        if (!found.isEmpty()) {
            for (Decision d : decisions.findByMeetingIdIn(found.stream().map(Meeting::getId).toList())) {
                if (d.getStatus() == Decision.Status.DONE) {
                    done++;
                } else if (d.getDeadline().isBefore(today)) {
                    overdue++;
                } else {
                    open++;
                }
            }
        }
        return new MeetingStatistics(found.size(), byKind, byMonth, new MeetingAttendance(invited, signedIn, rate),
                new MeetingDecisionCounts(open, done, overdue));
    }

    private static void check(Criteria criteria) {
        if (criteria.from() != null && criteria.to() != null) {
            if (criteria.to().isBefore(criteria.from())) {
                throw new BusinessRuleException("meeting.error.queryOrder");
            }
            if (ChronoUnit.DAYS.between(criteria.from(), criteria.to()) > 3660) {
                throw new BusinessRuleException("meeting.error.queryPeriod");
            }
        }
        if (criteria.text() != null && criteria.text().length() > 100) {
            throw new BusinessRuleException("meeting.error.tooLong", 100);
        }
    }

    private static Specification<Meeting> matching(Criteria criteria, CurrentUser user) {
        return (root, cq, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(visible(root, cq, cb, user));
            Set<Classification> readable = EnumSet.noneOf(Classification.class);
            for (Classification c : Classification.values()) {
                if (c.readableWith(user.clearance())) {
                    readable.add(c);
                }
            }
            where.add(root.get("classification").in(readable));
            if (criteria.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("startsAt"), criteria.from().atStartOfDay()));
            }
            if (criteria.to() != null) {
                where.add(cb.lessThan(root.get("startsAt"), criteria.to().plusDays(1).atStartOfDay()));
            }
            if (criteria.kind() != null) {
                where.add(cb.equal(root.get("kind"), criteria.kind()));
            }
            if (criteria.roomId() != null) {
                where.add(cb.equal(root.get("roomId"), criteria.roomId()));
            }
            if (criteria.unitId() != null) {
                where.add(cb.equal(root.get("unitId"), criteria.unitId()));
            }
            if (criteria.status() != null) {
                where.add(cb.equal(root.get("status"), criteria.status()));
            }
            String attendee = RoomService.blankToNull(criteria.attendee());
            if (attendee != null) {
                Subquery<Long> invited = cq.subquery(Long.class);
                Root<Invitee> i = invited.from(Invitee.class);
                invited.select(i.get("id")).where(cb.equal(i.get("meetingId"), root.get("id")),
                        cb.equal(i.get("kind"), Invitee.Kind.PERSON), cb.equal(i.get("target"), attendee));
                where.add(cb.or(cb.exists(attendeeIs(root, cq, cb, a -> cb.equal(a.get("username"), attendee))),
                        cb.exists(invited)));
            }
            String pattern = LikePatterns.containingIgnoreCase(criteria.text());
            if (pattern != null) {
                Subquery<Long> topic = cq.subquery(Long.class);
                Root<Topic> t = topic.from(Topic.class);
                topic.select(t.get("id")).where(cb.equal(t.get("meetingId"), root.get("id")),
                        cb.like(cb.lower(t.get("title")), pattern, '\\'));
                where.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'), cb.exists(topic)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Predicate visible(Root<Meeting> root, jakarta.persistence.criteria.CriteriaQuery<?> cq,
                                     CriteriaBuilder cb, CurrentUser user) {
        String me = user.username();
        Subquery<Long> invitee = cq.subquery(Long.class);
        Root<Invitee> i = invitee.from(Invitee.class);
        invitee.select(i.get("id")).where(cb.equal(i.get("meetingId"), root.get("id")),
                cb.equal(i.get("kind"), Invitee.Kind.PERSON), cb.equal(i.get("target"), me));
        Subquery<Long> owner = cq.subquery(Long.class);
        Root<Decision> d = owner.from(Decision.class);
        owner.select(d.get("id")).where(cb.equal(d.get("meetingId"), root.get("id")), cb.equal(d.get("owner"), me));
        return cb.or(cb.equal(root.get("organizer"), me), cb.equal(root.get("host"), me),
                cb.equal(root.get("recorder"), me),
                cb.exists(attendeeIs(root, cq, cb, a -> cb.or(cb.equal(a.get("username"), me),
                        cb.equal(a.get("standIn"), me)))),
                cb.exists(invitee), cb.exists(owner));
    }

    private static Subquery<Long> attendeeIs(Root<Meeting> root, jakarta.persistence.criteria.CriteriaQuery<?> cq,
                                             CriteriaBuilder cb, Function<Root<Attendee>, Predicate> condition) {
        Subquery<Long> sub = cq.subquery(Long.class);
        Root<Attendee> a = sub.from(Attendee.class);
        sub.select(a.get("id")).where(cb.equal(a.get("meetingId"), root.get("id")), condition.apply(a));
        return sub;
    }
}
