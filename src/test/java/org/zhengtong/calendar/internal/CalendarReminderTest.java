package org.zhengtong.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.calendar.EntryType;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.TestSmtp;

/**
 * 日程提醒 with the test clock: she puts a weekly meeting with a reminder 15 minutes before into her calendar and
 * cancels next week's; the reminder comes at 15 minutes before, not at 16, in the notification list and by e-mail,
 * once however often the job runs, not for the cancelled week and again the week after.
 */
@IntegrationTest
class CalendarReminderTest {

    @RegisterExtension
    static GreenMailExtension mail = TestSmtp.server();

    @Autowired MyCalendar calendar;
    @Autowired CalendarReminders reminders;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    Team team;

    @BeforeEach
    void team() {
        team = platform.newTeam();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWeeklyMeetingRemindsFifteenMinutesBeforeExceptTheCancelledWeek() {
        String title = TestUsers.unique("处务会");
        LocalDateTime start = LocalDateTime.now(clock).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        long id = as.call(team.clerk(), () -> calendar.create(new EntryForm(EntryType.MEETING, title, "二楼会议室", null,
                false, start.toLocalDate(), start.toLocalTime(), start.plusHours(1).toLocalDate(),
                start.plusHours(1).toLocalTime(), false, List.of(15), Repeat.WEEKLY, 1, List.of(), null, null)));
        as.run(team.clerk(), () -> calendar.cancelOccurrence(id, start.toLocalDate().plusWeeks(1)));

        moveTo(start.minusMinutes(16));
        reminders.fireDueReminders();
        assertThat(reminded(title)).as("16 minutes before").isZero();

        moveTo(start.minusMinutes(15));
        reminders.fireDueReminders();
        assertThat(reminded(title)).as("15 minutes before").isEqualTo(1);
        assertThat(jdbc.queryForObject("select body from ntf_notification where recipient = ? and title = ?",
                String.class, team.clerk(), "日程提醒：" + title)).contains("二楼会议室");
        assertThat(mailed("日程提醒：" + title)).as("by e-mail").isEqualTo(1);

        // the job again, and after a restart that forgot how far it had come: still one reminder
        reminders.fireDueReminders();
        jdbc.update("update calendar_reminder_mark set reminded_up_to = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(30))));
        reminders.fireDueReminders();
        assertThat(reminded(title)).isEqualTo(1);
        assertThat(mailed("日程提醒：" + title)).isEqualTo(1);

        // next week's is cancelled
        moveTo(start.plusWeeks(1).minusMinutes(16));
        reminders.fireDueReminders();
        moveTo(start.plusWeeks(1).minusMinutes(14));
        reminders.fireDueReminders();
        assertThat(reminded(title)).isEqualTo(1);

        // the week after reminds again
        moveTo(start.plusWeeks(2).minusMinutes(16));
        reminders.fireDueReminders();
        assertThat(reminded(title)).isEqualTo(1);
        moveTo(start.plusWeeks(2).minusMinutes(15));
        reminders.fireDueReminders();
        assertThat(reminded(title)).isEqualTo(2);
        assertThat(mailed("日程提醒：" + title)).isEqualTo(2);
    }

    /** Moves the test clock forward to this local time (plus the milliseconds the test takes). */
    private void moveTo(LocalDateTime time) {
        Duration ahead = Duration.between(clock.instant(), time.atZone(clock.getZone()).toInstant());
        assertThat(ahead.isNegative()).as("the clock only moves forward").isFalse();
        clock.advance(ahead);
    }

    private int reminded(String title) {
        return jdbc.queryForObject("select count(*) from ntf_notification where recipient = ? and title = ?",
                Integer.class, team.clerk(), "日程提醒：" + title);
    }

    private long mailed(String subject) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject()) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(Team.email(team.clerk())));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
