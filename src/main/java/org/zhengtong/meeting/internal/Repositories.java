package org.zhengtong.meeting.internal;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoomRepository extends JpaRepository<MeetingRoom, Long> {

    /** The room's row locked until the transaction ends: bookings of one room are checked one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MeetingRoom r where r.id = :id")
    Optional<MeetingRoom> lockById(@Param("id") Long id);

    Optional<MeetingRoom> findByUnitIdAndName(Long unitId, String name);

    @Query("select distinct r from MeetingRoom r left join r.bookingUnitIds u where r.unitId = :unitId or u = :unitId "
            + "order by r.unitId, r.name")
    List<MeetingRoom> visibleTo(@Param("unitId") Long unitId);
}

interface BookingRepository extends JpaRepository<RoomBooking, Long> {

    @Query("select count(b) from RoomBooking b where b.roomId = :roomId and b.status in :statuses "
            + "and b.startsAt < :endsAt and b.endsAt > :startsAt and b.id <> :except")
    long countOverlapping(@Param("roomId") Long roomId, @Param("startsAt") LocalDateTime startsAt,
                          @Param("endsAt") LocalDateTime endsAt, @Param("statuses") Collection<RoomBooking.Status> statuses,
                          @Param("except") Long except);

    @Query("select b from RoomBooking b where b.roomId in :roomIds and b.status in :statuses "
            + "and b.startsAt < :to and b.endsAt > :from order by b.startsAt")
    List<RoomBooking> between(@Param("roomIds") Collection<Long> roomIds, @Param("from") LocalDateTime from,
                              @Param("to") LocalDateTime to, @Param("statuses") Collection<RoomBooking.Status> statuses);

    List<RoomBooking> findByIdIn(Collection<Long> ids);

    List<RoomBooking> findByBookedByOrderByStartsAtDesc(String bookedBy);
}

interface MeetingRepository extends JpaRepository<Meeting, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Meeting> {

    List<Meeting> findByIdIn(Collection<Long> ids);

    Optional<Meeting> findBySignInCode(String signInCode);

    @Query("select m.id from Meeting m where m.organizer = :u or m.host = :u or m.recorder = :u")
    List<Long> findIdsOf(@Param("u") String username);

    List<Meeting> findByMinutesStatusAndIdGreaterThanOrderByIdAsc(Meeting.MinutesStatus status, Long afterId,
                                                                  org.springframework.data.domain.Pageable page);

    @Query("select m from Meeting m where m.minutesProcessId = :processId")
    Optional<Meeting> findByMinutesProcess(@Param("processId") String processId);
}

interface TopicRepository extends JpaRepository<Topic, Long> {

    List<Topic> findByMeetingIdOrderBySortOrderAscIdAsc(Long meetingId);
}

interface PaperRepository extends JpaRepository<Paper, Long> {

    List<Paper> findByTopicIdInOrderByIdAsc(Collection<Long> topicIds);
}

interface InviteeRepository extends JpaRepository<Invitee, Long> {

    List<Invitee> findByMeetingIdOrderByIdAsc(Long meetingId);

    boolean existsByMeetingIdAndKindAndTargetAndRole(Long meetingId, Invitee.Kind kind, String target,
                                                     Attendee.Role role);
}

interface AttendeeRepository extends JpaRepository<Attendee, Long> {

    List<Attendee> findByMeetingIdOrderByIdAsc(Long meetingId);

    Optional<Attendee> findByMeetingIdAndUsername(Long meetingId, String username);

    boolean existsByMeetingIdAndUsername(Long meetingId, String username);

    List<Attendee> findByUsername(String username);

    List<Attendee> findByMeetingIdIn(Collection<Long> meetingIds);

    /** The attendances of these people, not excused (请假), at meetings of this status overlapping the period. */
    @Query("select a from Attendee a, Meeting m where a.meetingId = m.id and a.username in :usernames "
            + "and a.reply <> org.zhengtong.meeting.internal.Attendee.Reply.LEAVE and m.status = :status "
            + "and m.startsAt < :to and m.endsAt > :from order by m.startsAt")
    List<Attendee> attending(@Param("usernames") Collection<String> usernames, @Param("status") Meeting.Status status,
                             @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);
}

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderByIdAsc(Long meetingId);

    List<Decision> findByIdIn(Collection<Long> ids);

    List<Decision> findByOwnerOrderByDeadlineAsc(String owner);

    List<Decision> findByMeetingIdIn(Collection<Long> meetingIds);
}

interface DecisionReportRepository extends JpaRepository<DecisionReport, Long> {

    List<DecisionReport> findByDecisionIdOrderByIdAsc(Long decisionId);
}
