package org.zhengtong.meeting.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.workflow.Workflow;

/**
 * Bookings of rooms. A booking locks its room's row ({@code SELECT … FOR UPDATE}) and only then looks for a booking
 * overlapping its time, in one transaction: of two bookings of the same time made at once, the second waits for the
 * first to commit, then finds it and is refused. A room whose bookings need its keeper's approval gets a PENDING
 * booking (holding its time) and a process {@code meeting-booking} at the keeper; the keeper's own bookings are
 * confirmed at once.
 */
@Service
@Transactional
public class BookingService {

    static final Set<RoomBooking.Status> HOLDING = EnumSet.of(RoomBooking.Status.PENDING, RoomBooking.Status.CONFIRMED);
    static final String PROCESS = "meeting-booking";

    private final RoomRepository rooms;
    private final BookingRepository bookings;
    private final RoomService roomService;
    private final CurrentUsers currentUsers;
    private final Workflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    BookingService(RoomRepository rooms, BookingRepository bookings, RoomService roomService,
                   CurrentUsers currentUsers, Workflow workflow, AuditLog audit, Clock clock) {
        this.rooms = rooms;
        this.bookings = bookings;
        this.roomService = roomService;
        this.currentUsers = currentUsers;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** Books a room for the current user; refused when the time is taken, invalid, or the room not theirs to book. */
    public long book(BookingForm form) {
        return book(form, null).getId();
    }

    RoomBooking book(BookingForm form, Long meetingId) {
        CurrentUser user = currentUsers.current();
        if (form.roomId() == null) {
            throw new BusinessRuleException("meeting.error.roomNeeded");
        }
        checkPeriod(form.start(), form.end());
        String purpose = RoomService.limit(form.purpose(), 200);
        if (purpose == null) {
            throw new BusinessRuleException("meeting.error.purposeNeeded");
        }
        roomService.room(form.roomId());
        MeetingRoom room = rooms.lockById(form.roomId())
                .orElseThrow(() -> new NotFoundException("meetingRoom", form.roomId()));
        if (!room.bookableBy(user.unitId())) {
            audit.failure("MEETING_BOOK", "meetingRoom", room.getId(), room.getName());
            throw new AccessDeniedException("room " + room.getId() + " may not be booked by " + user.username());
        }
        if (bookings.countOverlapping(room.getId(), form.start(), form.end(), HOLDING, -1L) > 0) {
            throw new BusinessRuleException("meeting.error.roomTaken", room.getName());
        }
        boolean waits = room.isNeedsApproval() && !user.username().equals(room.getKeeper());
        RoomBooking booking = bookings.saveAndFlush(new RoomBooking(room.getId(), user.unitId(), user.username(),
                purpose, form.start(), form.end(), waits ? RoomBooking.Status.PENDING : RoomBooking.Status.CONFIRMED,
                clock.instant()));
        if (meetingId != null) {
            booking.forMeeting(meetingId);
        }
        if (waits) {
            booking.startedAs(workflow.start(PROCESS, booking.businessKey(), user.username(),
                    Map.of("keeper", room.getKeeper(), "bookingId", booking.getId())));
        }
        audit.success("MEETING_BOOK", "meetingBooking", booking.getId(), room.getName() + " " + form.start() + "–"
                + form.end());
        return booking;
    }

    static void checkPeriod(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            throw new BusinessRuleException("meeting.error.periodNeeded");
        }
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("meeting.error.endBeforeStart");
        }
        if (java.time.Duration.between(start, end).toDays() > 31) {
            throw new BusinessRuleException("meeting.error.periodTooLong");
        }
    }

    /** Cancels a booking: its booker, or a keeper of the room's unit. A booking of a meeting goes with its meeting. */
    public void cancel(long id) {
        RoomBooking booking = visible(id);
        CurrentUser user = currentUsers.current();
        MeetingRoom room = rooms.findById(booking.getRoomId()).orElseThrow();
        boolean keeper = roomService.manager() && room.getUnitId().equals(user.unitId());
        if (!booking.getBookedBy().equals(user.username()) && !keeper) {
            throw new AccessDeniedException("booking " + id + " is not " + user.username() + "'s");
        }
        if (booking.getMeetingId() != null) {
            throw new BusinessRuleException("meeting.error.bookingOfMeeting");
        }
        if (booking.getStatus() != RoomBooking.Status.CONFIRMED) {
            throw new BusinessRuleException("meeting.error.bookingNotCancellable");
        }
        booking.cancel();
        audit.success("MEETING_BOOK_CANCEL", "meetingBooking", id, null);
    }

    /** Frees a meeting's booking when the meeting is cancelled or moves. */
    void release(Long bookingId) {
        if (bookingId != null) {
            bookings.findById(bookingId).filter(b -> b.getStatus().holds()).ifPresent(RoomBooking::cancel);
        }
    }

    /** A booking of a room the current user may see; 404 otherwise. */
    @Transactional(readOnly = true)
    public RoomBooking visible(long id) {
        RoomBooking booking = bookings.findById(id).orElseThrow(() -> new NotFoundException("meetingBooking", id));
        roomService.room(booking.getRoomId());
        return booking;
    }

    /** Decided by the keeper at the booking's process step. */
    void decide(RoomBooking booking, boolean approved, String by) {
        booking.decided(approved, by);
        bookings.saveAndFlush(booking);
        audit.success(approved ? "MEETING_BOOK_APPROVE" : "MEETING_BOOK_REJECT", "meetingBooking", booking.getId(),
                null);
    }

    /** The holding bookings of the rooms the current user sees, overlapping the period, by start. */
    @Transactional(readOnly = true)
    public List<RoomBooking> occupancy(LocalDateTime from, LocalDateTime to) {
        List<Long> ids = roomService.visible().stream().map(MeetingRoom::getId).toList();
        return ids.isEmpty() ? List.of() : bookings.between(ids, from, to, HOLDING);
    }

    /** Whether the room is free in the period (for the free-room search). */
    @Transactional(readOnly = true)
    public boolean free(long roomId, LocalDateTime from, LocalDateTime to) {
        return bookings.countOverlapping(roomId, from, to, HOLDING, -1L) == 0;
    }

    @Transactional(readOnly = true)
    public List<RoomBooking> mine() {
        return bookings.findByBookedByOrderByStartsAtDesc(currentUsers.current().username());
    }
}
