package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.LockWaits;
import org.zhengtong.TestUsers;
import org.zhengtong.Together;
import org.zhengtong.meeting.internal.BookingForm;
import org.zhengtong.meeting.internal.BookingService;
import org.zhengtong.meeting.internal.RoomForm;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.PlatformFixtures;

/**
 * Two bookings of the same room and time made at the same moment: exactly one is saved, the other refused with the
 * clash message — on the real database, the second waiting for the first's lock on the room.
 */
@IntegrationTest
class RoomBookingConcurrencyTest {

    @Autowired RoomService rooms;
    @Autowired BookingService bookings;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void theSecondOfTwoOverlappingBookingsWaitsForTheFirstAndIsRefused() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        long room = as.call("czj.office", () -> rooms.create(new RoomForm(TestUsers.unique("第一会议室"), "主楼", 20,
                "投影", null, false, List.of(), true)));
        LocalDateTime start = LocalDateTime.of(2027, 3, 2, 9, 0);
        CountDownLatch firstBooked = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> as.call(team.clerk(), () -> transactions.execute(status -> {
                long id = bookings.book(new BookingForm(room, start, start.plusHours(2), "局长办公会"));
                firstBooked.countDown();
                await(secondWaits);
                return id;
            })));
            Future<Long> second = pool.submit(() -> {
                await(firstBooked);
                return as.call(team.clerk2(), () -> bookings.book(new BookingForm(room, start.plusHours(1),
                        start.plusHours(3), "专题会")));
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!LockWaits.someoneWaits(jdbc) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(LockWaits.someoneWaits(jdbc)).as("the second booking waits for the room's lock").isTrue();
            secondWaits.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isPositive();
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(BusinessRuleException.class)
                    .cause().extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("meeting.error.roomTaken");
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(room)).isEqualTo(1);
    }

    @Test
    void ofTwoBookingsStartedTogetherExactlyOneWins() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        long room = as.call("czj.office", () -> rooms.create(new RoomForm(TestUsers.unique("第二会议室"), "主楼", 12,
                null, null, false, List.of(), true)));
        LocalDateTime start = LocalDateTime.of(2027, 3, 3, 14, 0);
        List<Callable<String>> both = new ArrayList<>();
        for (String who : List.of(team.clerk(), team.clerk2())) {
            both.add(() -> {
                try {
                    as.call(who, () -> bookings.book(new BookingForm(room, start, start.plusHours(1), "座谈会")));
                    return "booked";
                } catch (BusinessRuleException e) {
                    return e.messageKey();
                }
            });
        }
        List<String> outcomes = Together.run(both);
        assertThat(outcomes).containsExactlyInAnyOrder("booked", "meeting.error.roomTaken");
        assertThat(count(room)).isEqualTo(1);
    }

    private long count(long room) {
        return jdbc.queryForObject("select count(*) from meeting_booking where room_id = ?", Long.class, room);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
