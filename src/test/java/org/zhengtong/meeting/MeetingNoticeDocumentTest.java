package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.workflow.Workflow;

/**
 * A meeting's notice as a 公文 (通知) draft: made by its organizer, addressed to the units of its attendees, at 拟稿 in
 * her to-do; refused to an attendee who does not run the meeting and for a classified meeting.
 */
@IntegrationTest
class MeetingNoticeDocumentTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired RoomService rooms;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired OrgDirectory directory;

    @Test
    void theOrganizerDraftsTheNoticeAsADocument() throws Exception {
        MeetingTestKit kit = new MeetingTestKit(mvc, users, as, workflow, rooms, meetings, minutes);
        Team team = platform.newTeam();
        String outsider = platform.newMember("sjj", Position.CLERK);
        long outsidersUnit = directory.person(outsider).orElseThrow().unitId();
        String title = TestUsers.unique("财政工作会");
        LocalDateTime start = LocalDateTime.now(clock).plusDays(5).withHour(9).withMinute(0).withSecond(0).withNano(0);
        long meeting = kit.plan(team, MeetingKind.WORK, title, kit.room(), start, Classification.UNCLASSIFIED,
                outsider);
        kit.approve(team, meeting);

        mvc.perform(post("/api/v1/meetings/{id}/notice-document", meeting).with(users.as(team.chief())).with(csrf()))
                .andExpect(status().isForbidden());
        String body = mvc.perform(post("/api/v1/meetings/{id}/notice-document", meeting).with(users.as(team.clerk()))
                        .with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.link").exists())
                .andReturn().getResponse().getContentAsString();
        long document = json.readTree(body).get("documentId").asLong();
        Map<String, Object> row = jdbc.queryForMap("select title, doc_type, main_recipients, body_html, unit_id "
                + "from doc_document where id = ?", document);
        assertThat(row.get("title")).isEqualTo("关于召开" + title + "的通知");
        assertThat(row.get("doc_type")).isEqualTo("NOTICE");
        assertThat((String) row.get("main_recipients")).contains(String.valueOf(team.unitId()))
                .contains(String.valueOf(outsidersUnit));
        assertThat((String) row.get("body_html")).contains("预算调整" + title).contains("主楼");
        assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(team.unitId());
        assertThat(workflow.todo(team.clerk())).anyMatch(t -> ("document:" + document).equals(t.businessKey()));

        long secret = kit.plan(team, MeetingKind.OFFICE, TestUsers.unique("涉密会"), null, start.plusDays(1));
        mvc.perform(post("/api/v1/meetings/{id}/notice-document", secret).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isConflict());
    }
}
