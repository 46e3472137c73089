package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.meeting.internal.Attendee;
import org.zhengtong.meeting.internal.DecisionService;
import org.zhengtong.meeting.internal.Invitee;
import org.zhengtong.meeting.internal.MeetingForm;
import org.zhengtong.meeting.internal.MeetingKind;
import org.zhengtong.meeting.internal.MeetingService;
import org.zhengtong.meeting.internal.MinutesService;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * Whom a meeting invites by position and by unit, and as 列席: once noticed, the holders of the position in the
 * meeting's unit and everyone of the invited unit are attendees (列席 where invited so, attendance winning), the
 * 记录人 is 记录人, and each of them has the meeting in the calendar. A 议定事项 past its deadline is under 督办: on
 * the supervision page of whoever published the 纪要 as 超期, and urged from there to its owner.
 */
@IntegrationTest
class MeetingInviteesAndSupervisionTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired RoomService rooms;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired DecisionService decisions;
    @Autowired OrgDirectory directory;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void positionsUnitsAndObserversBecomeAttendeesWithTheMeetingInTheirCalendars() throws Exception {
        MeetingTestKit kit = new MeetingTestKit(mvc, users, as, workflow, rooms, meetings, minutes);
        Team team = platform.newTeam();
        long auditUnit = directory.person("sjj.head").orElseThrow().unitId();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(3).withHour(14).withMinute(0).withSecond(0).withNano(0);
        List<MeetingForm.InviteeForm> invitees = List.of(
                new MeetingForm.InviteeForm(Invitee.Kind.POSITION, Positions.LEADER_IN_CHARGE, Attendee.Role.ATTENDEE),
                new MeetingForm.InviteeForm(Invitee.Kind.POSITION, Positions.OFFICE_DIRECTOR, Attendee.Role.OBSERVER),
                new MeetingForm.InviteeForm(Invitee.Kind.UNIT, String.valueOf(auditUnit), Attendee.Role.OBSERVER),
                // invited to attend by name and to sit in by position: he attends
                new MeetingForm.InviteeForm(Invitee.Kind.PERSON, "czj.deputy2", Attendee.Role.OBSERVER));
        long meeting = as.call(team.clerk(), () -> meetings.create(new MeetingForm(MeetingKind.OFFICE,
                TestUsers.unique("职务邀请"), team.leader(), team.clerk2(), null, "二楼会议室", start,
                start.plusHours(1), Classification.UNCLASSIFIED, 15,
                List.of(new MeetingForm.TopicForm("年度预算", team.chief(), null)), invitees)));
        kit.approve(team, meeting);

        Map<String, String> roles = jdbc.queryForList("select username, role from meeting_attendee where meeting_id = ?",
                meeting).stream().collect(Collectors.toMap(r -> (String) r.get("USERNAME"), r -> (String) r.get("ROLE")));
        assertThat(roles).containsEntry("czj.deputy1", "ATTENDEE").containsEntry("czj.deputy2", "ATTENDEE")
                .containsEntry(team.leader(), "ATTENDEE")
                .containsEntry("czj.office", "OBSERVER")
                .containsEntry("sjj.head", "OBSERVER").containsEntry("sjj.d1.clerk1", "OBSERVER")
                .containsEntry(team.clerk2(), "RECORDER")
                // a position is held in the meeting's unit only: 市审计局's 分管领导 sits in with his unit, no more
                .containsEntry("sjj.deputy1", "OBSERVER")
                // a clerk was invited by nobody
                .doesNotContainKeys("czj.d1.clerk1");
        for (String person : List.of("czj.deputy1", "czj.office", "sjj.d1.clerk1", team.clerk2())) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select count(*) from calendar_entry e join calendar_reminder r on r.entry_id = e.id"
                            + " where e.owner = ? and e.source = ? and r.minutes_before = 15", Long.class, person,
                    "meeting:" + meeting)).as(person + "'s calendar").isEqualTo(1));
        }
        // the attendance list shows each in the role invited
        String page = mvc.perform(get("/meetings/{id}", meeting).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String list = page.substring(page.indexOf("id=\"attendees\""));
        assertThat(list).containsPattern("<td>" + directory.nameOf("sjj.d1.clerk1") + "</td>\\s*<td>列席</td>")
                .containsPattern("<td>" + directory.nameOf(team.clerk2()) + "</td>\\s*<td>记录人</td>")
                .containsPattern("<td>" + directory.nameOf("czj.deputy1") + "</td>\\s*<td>参会</td>");
    }

    @Test
    void aDecisionPastItsDeadlineIsUnderSupervisionAndUrgedToItsOwner() throws Exception {
        MeetingTestKit kit = new MeetingTestKit(mvc, users, as, workflow, rooms, meetings, minutes);
        Team team = platform.newTeam();
        LocalDateTime start = LocalDateTime.now(clock).plusHours(1).withMinute(0).withSecond(0).withNano(0);
        long meeting = kit.plan(team, MeetingKind.TOPIC, TestUsers.unique("督办议定"), null, start,
                Classification.UNCLASSIFIED);
        kit.approve(team, meeting);
        String text = TestUsers.unique("清理暂付款");
        LocalDate deadline = LocalDate.now(clock).plusDays(2);
        long decision = as.call(team.clerk2(), () -> decisions.add(meeting, text, team.chief(), deadline));
        kit.publishMinutes(team, meeting, "<p>会议议定清理暂付款</p>");

        TodoTask carryOut = kit.task(team.chief(), "meeting-decision:" + decision);
        assertThat(carryOut.due()).isEqualTo(deadline.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone())
                .toInstant());
        assertThat(row(page("/todo/supervision", team.clerk2()), carryOut.taskId())).isNull();

        ZonedDateTime dayAfter = deadline.plusDays(1).atTime(10, 0).atZone(clock.getZone());
        clock.advance(Duration.between(clock.instant(), dayAfter.toInstant()));
        for (String overseer : List.of(team.clerk2(), team.chief())) {
            String row = row(page("/todo/supervision", overseer), carryOut.taskId());
            assertThat(row).as(overseer + "'s 督办").isNotNull().contains("table-danger", "超期", text,
                    "/meetings/decisions/" + decision);
        }
        mvc.perform(post("/todo/supervision/urge").param("processInstanceId", carryOut.processInstanceId())
                        .param("message", "请本周内办结").with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from ntf_notification where recipient = ? and title like ?", Long.class,
                team.chief(), "催办：落实议定事项%")).isEqualTo(1));

        // closed, it leaves 督办
        kit.send(team.chief(), "meeting-decision:" + decision);
        assertThat(row(page("/todo/supervision", team.clerk2()), carryOut.taskId())).isNull();
    }

    /** The supervision page's row of the task, or null. */
    private static String row(String page, String taskId) {
        int at = page.indexOf("data-task=\"" + taskId + "\"");
        if (at < 0) {
            return null;
        }
        int from = page.lastIndexOf("<tr", at);
        return page.substring(from, page.indexOf("</tr>", at));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
