package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.meeting.internal.MeetingKind;
import org.zhengtong.meeting.internal.MeetingService;
import org.zhengtong.meeting.internal.MinutesService;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.workflow.Workflow;

/**
 * 会议中 in 外出情况查询: the section chief sees his clerk in a noticed meeting while it runs (its title and room), not
 * the colleague who asked for leave, and nobody outside his staff; a classified meeting shows its kind only.
 */
@IntegrationTest
class MeetingEngagementsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired ObjectMapper json;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired RoomService rooms;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theChiefSeesHisClerkInAMeeting() throws Exception {
        MeetingTestKit kit = new MeetingTestKit(mvc, users, as, workflow, rooms, meetings, minutes);
        Team team = platform.newTeam();
        String outsider = platform.newMember("sjj", Position.CLERK);
        String title = TestUsers.unique("预算协调会");
        long room = kit.room();
        String roomName = as.call("czj.office", () -> rooms.room(room).getName());
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0);
        long meeting = kit.plan(team, MeetingKind.WORK, title, room, start, Classification.UNCLASSIFIED, team.clerk(),
                outsider);
        long secret = kit.plan(team, MeetingKind.OFFICE, TestUsers.unique("涉密会"), null, start.plusHours(3),
                Classification.SECRET, team.clerk());
        kit.approve(team, meeting);
        kit.approve(team, secret);
        mvc.perform(post("/api/v1/meetings/{id}/reply", meeting).with(users.as(team.clerk2())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reply\": \"LEAVE\", \"reason\": \"出差\"}"))
                .andExpect(status().isOk());

        clock.advance(Duration.between(LocalDateTime.now(clock), start.plusMinutes(30)));
        Map<String, JsonNode> staff = query(team.chief(), start);
        JsonNode now = staff.get(team.clerk()).get("engagedNow");
        assertThat(now.get("kindKey").asText()).isEqualTo("meeting.engagement");
        assertThat(now.get("title").asText()).isEqualTo(title);
        assertThat(now.get("place").asText()).isEqualTo("主楼 " + roomName);
        assertThat(now.get("link").asText()).isEqualTo("/meetings/" + meeting);
        assertThat(staff.get(team.clerk()).get("engagements")).hasSize(2);
        assertThat(staff.get(team.clerk()).get("engagements").get(1).get("title").asText()).isEqualTo("办公会");
        assertThat(staff.get(team.clerk2()).get("engagedNow").isNull()).isTrue();
        // clerk2, 记录人 of both, excused from the first
        assertThat(staff.get(team.clerk2()).get("engagements")).hasSize(1);
        assertThat(staff.get(team.clerk2()).get("engagements").get(0).get("link").asText())
                .isEqualTo("/meetings/" + secret);
        assertThat(staff).doesNotContainKey(outsider);

        // once it is over, nobody is in it
        clock.advance(Duration.ofHours(2));
        assertThat(query(team.chief(), start).get(team.clerk()).get("engagedNow").isNull()).isTrue();
    }

    private Map<String, JsonNode> query(String username, LocalDateTime day) throws Exception {
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/presence/query").param("from",
                        day.toLocalDate().toString()).with(users.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Map<String, JsonNode> byUsername = new HashMap<>();
        list.forEach(p -> byUsername.put(p.get("username").asText(), p));
        return byUsername;
    }
}
