package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.meeting.internal.MeetingKind;
import org.zhengtong.meeting.internal.MeetingService;
import org.zhengtong.meeting.internal.MinutesService;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 会议方案审批 designed by a unit for one kind of meeting: its step without a deadline of its own runs, due in the
 * kit's step time (the module passes no {@code stepDue}; the engine counts from its own clock), so 督办 watches it.
 */
@IntegrationTest
class MeetingPlanDesignTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired PlatformFixtures platform;
    @Autowired OrgDirectory directory;
    @Autowired RoomService rooms;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;

    @Test
    void aUnitsDesignForStudyMeetingsRunsItsStepWithTheKitsStepTime() throws Exception {
        MeetingTestKit kit = new MeetingTestKit(mvc, users, as, workflow, rooms, meetings, minutes);
        PlatformFixtures.Team team = platform.newTeam();
        long czj = directory.units().stream().filter(u -> "czj".equals(u.code())).findFirst().orElseThrow().id();
        String location = mvc.perform(post("/admin/processes/new").with(users.as("sysadmin")).with(csrf())
                        .param("name", TestUsers.unique("学习会方案审批")).param("template", "meeting-plan")
                        .param("type", MeetingKind.STUDY.name()).param("unitId", String.valueOf(czj))
                        .param("nodes[0].name", "分管领导审定").param("nodes[0].kind", "LEADER_IN_CHARGE")
                        .param("op", "save"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        try {
            LocalDateTime start = LocalDateTime.now(clock).plusDays(10).truncatedTo(ChronoUnit.DAYS).withHour(9);
            long meeting = kit.plan(team, MeetingKind.STUDY, TestUsers.unique("理论学习"), null, start);
            kit.send(team.clerk(), "meeting:" + meeting);

            TodoTask step = kit.task(team.leader(), "meeting:" + meeting);
            assertThat(step.name()).isEqualTo("分管领导审定");
            assertThat(Duration.between(Instant.now(), step.due()))
                    .isBetween(Duration.ofDays(3).minusMinutes(1), Duration.ofDays(3).plusMinutes(1));
        } finally {
            mvc.perform(post(location + "/active").with(users.as("sysadmin")).with(csrf()).param("active", "false"))
                    .andExpect(status().is3xxRedirection());
        }
    }
}
