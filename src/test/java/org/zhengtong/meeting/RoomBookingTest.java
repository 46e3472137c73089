package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.meeting.internal.BookingForm;
import org.zhengtong.meeting.internal.BookingService;
import org.zhengtong.meeting.internal.MeetingService;
import org.zhengtong.meeting.internal.MinutesService;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.workflow.Workflow;

/**
 * The rules of booking a room: overlapping bookings refused, touching ones (one ends when the next starts) allowed;
 * an end not after the start refused; another unit books a room only when the room is opened to it; a room that needs
 * its keeper's approval holds the time as 待审批 until the keeper decides at the task the kit gives him.
 */
@IntegrationTest
class RoomBookingTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired Workflow workflow;
    @Autowired RoomService rooms;
    @Autowired BookingService bookings;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired OrgDirectory directory;

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 4, 6, 9, 0);

    private MeetingTestKit kit() {
        return new MeetingTestKit(mvc, users, as, workflow, rooms, meetings, minutes);
    }

    @Test
    void overlapsAreRefusedTouchingIntervalsAllowed() {
        Team team = platform.newTeam();
        long room = kit().room();
        long first = book(team.clerk(), room, NINE, NINE.plusHours(2));
        assertThat(first).isPositive();
        for (LocalDateTime[] clash : new LocalDateTime[][] {{NINE.plusHours(1), NINE.plusHours(3)},
                {NINE.minusHours(1), NINE.plusMinutes(1)}, {NINE.plusMinutes(30), NINE.plusMinutes(90)},
                {NINE.minusHours(1), NINE.plusHours(3)}, {NINE, NINE.plusHours(2)}}) {
            assertThatThrownBy(() -> book(team.clerk2(), room, clash[0], clash[1]))
                    .isInstanceOf(BusinessRuleException.class).extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("meeting.error.roomTaken");
        }
        // end == next start, on either side
        assertThat(book(team.clerk2(), room, NINE.plusHours(2), NINE.plusHours(3))).isPositive();
        assertThat(book(team.chief(), room, NINE.minusHours(1), NINE)).isPositive();
        assertThat(count(room)).isEqualTo(3);
        // a cancelled booking frees its time
        as.run(team.clerk(), () -> bookings.cancel(first));
        assertThat(book(team.clerk2(), room, NINE.plusMinutes(30), NINE.plusMinutes(90))).isPositive();
    }

    @Test
    void anEndNotAfterTheStartIsRefused() {
        Team team = platform.newTeam();
        long room = kit().room();
        for (LocalDateTime end : new LocalDateTime[] {NINE.minusMinutes(1), NINE}) {
            assertThatThrownBy(() -> book(team.clerk(), room, NINE, end))
                    .isInstanceOf(BusinessRuleException.class).extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("meeting.error.endBeforeStart");
        }
        assertThatThrownBy(() -> book(team.clerk(), room, null, NINE)).isInstanceOf(BusinessRuleException.class);
        assertThat(count(room)).isZero();
    }

    @Test
    void anotherUnitBooksOnlyARoomOpenedToIt() {
        Team team = platform.newTeam();
        String outsider = platform.newMember("sjj", Position.CLERK);
        long outsidersUnit = directory.person(outsider).orElseThrow().unitId();
        long closed = kit().room();
        assertThatThrownBy(() -> book(outsider, closed, NINE, NINE.plusHours(1)))
                .isInstanceOf(NotFoundException.class);
        long opened = kit().room(null, false, outsidersUnit);
        assertThat(book(outsider, opened, NINE, NINE.plusHours(1))).isPositive();
        // and its people cannot cancel the owner's bookings there
        long owners = book(team.clerk(), opened, NINE.plusHours(2), NINE.plusHours(3));
        assertThatThrownBy(() -> as.run(outsider, () -> bookings.cancel(owners)))
                .isInstanceOf(AccessDeniedException.class);
        // an inactive room is booked by nobody
        long inactive = as.call("czj.office", () -> rooms.create(new org.zhengtong.meeting.internal.RoomForm(
                TestUsers.unique("停用会议室"), null, 10, null, null, false, java.util.List.of(), false)));
        assertThatThrownBy(() -> book(team.clerk(), inactive, NINE, NINE.plusHours(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count(closed) + count(inactive)).isZero();
        assertThat(count(opened)).isEqualTo(2);
    }

    @Test
    void aRoomNeedingApprovalHoldsTheTimeUntilItsKeeperDecides() throws Exception {
        Team team = platform.newTeam();
        MeetingTestKit kit = kit();
        long room = kit.room(team.chief(), true);
        long pending = book(team.clerk(), room, NINE, NINE.plusHours(1));
        assertThat(status(pending)).isEqualTo("PENDING");
        // its time is held meanwhile
        assertThatThrownBy(() -> book(team.clerk2(), room, NINE, NINE.plusHours(1)))
                .isInstanceOf(BusinessRuleException.class);
        kit.send(team.chief(), "meeting-booking:" + pending, "{\"opinion\": \"同意\", \"choices\": {\"approved\": [\"true\"]}}");
        assertThat(status(pending)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("select decided_by from meeting_booking where id = ?", String.class, pending))
                .isEqualTo(team.chief());

        long refused = book(team.clerk2(), room, NINE.plusHours(2), NINE.plusHours(3));
        assertThat(status(refused)).isEqualTo("PENDING");
        kit.send(team.chief(), "meeting-booking:" + refused,
                "{\"opinion\": \"另有安排\", \"choices\": {\"approved\": [\"false\"]}}");
        assertThat(status(refused)).isEqualTo("REJECTED");
        // the refused time is free again; the keeper's own booking needs no approval
        assertThat(status(book(team.chief(), room, NINE.plusHours(2), NINE.plusHours(3)))).isEqualTo("CONFIRMED");
        assertThat(workflow.todo(team.chief()).stream().filter(t -> t.businessKey().startsWith("meeting-booking:"))
                .filter(t -> t.businessKey().equals("meeting-booking:" + pending)
                        || t.businessKey().equals("meeting-booking:" + refused))).isEmpty();
    }

    private long book(String username, long room, LocalDateTime start, LocalDateTime end) {
        return as.call(username, () -> bookings.book(new BookingForm(room, start, end, "科务会")));
    }

    private String status(long booking) {
        return jdbc.queryForObject("select status from meeting_booking where id = ?", String.class, booking);
    }

    private long count(long room) {
        return jdbc.queryForObject("select count(*) from meeting_booking where room_id = ? and status in "
                + "('PENDING', 'CONFIRMED')", Long.class, room);
    }
}
