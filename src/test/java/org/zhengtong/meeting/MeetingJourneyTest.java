package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The meeting journey through the API: a room, a clash refused; a meeting planned with 议题 and attendees, approved
 * on the engine, noticed — every attendee with a MEETING notification and a calendar entry with the reminder —
 * replies (请假 with a stand-in, who gets the meeting in his calendar while it leaves the one on leave), sign-in refused outside the time and to someone not invited, then accepted; the 纪要
 * refused before approval, approved and published; its 议定事项 tracked at its owner and closed.
 */
@IntegrationTest
class MeetingJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fromBookingToAClosedDecision() throws Exception {
        Team team = platform.newTeam();
        String guest = platform.newClerk(team, "代会人" + TestUsers.unique(""), "0451-86660001");
        String outsider = platform.newMember("sjj", org.zhengtong.platform.internal.org.Position.CLERK);
        String roomName = TestUsers.unique("第一会议室");
        long room = id(mvc.perform(post("/api/v1/meetings/rooms").with(users.as("czj.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + roomName + "\", \"building\": \"主楼\", \"capacity\": 30,"
                                + " \"equipment\": \"投影、话筒\", \"needsApproval\": false}"))
                .andExpect(status().isCreated()));

        LocalDateTime start = LocalDateTime.now(clock).plusDays(2).withHour(9).withMinute(0).withSecond(0).withNano(0);
        LocalDateTime end = start.plusHours(2);
        String plan = """
                {"kind": "OFFICE", "title": "局长办公会 <script>x</script>", "host": "%s", "recorder": "%s",
                 "roomId": %d, "start": "%s", "end": "%s", "reminderMinutes": 45,
                 "topics": [{"title": "预算调整", "presenter": "%s"},
                            {"title": "涉密事项", "presenter": "%s", "classification": "SECRET"}],
                 "invitees": [{"kind": "DEPARTMENT", "target": "%d", "role": "ATTENDEE"},
                              {"kind": "PERSON", "target": "%s", "role": "OBSERVER"}]}
                """.formatted(team.leader(), team.clerk2(), room, start, end, team.chief(), team.clerk(),
                team.departmentId(), team.leader());
        // no attendee, end before start: refused, nothing saved
        long before = count("select count(*) from meeting");
        mvc.perform(post("/api/v1/meetings").with(users.as(team.clerk())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(plan.replaceAll(
                                "\"invitees\": \\[[^]]*]", "\"invitees\": []")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("会议至少要有一名参会人员。"));
        mvc.perform(post("/api/v1/meetings").with(users.as(team.clerk())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(plan.replace("\"end\": \"" + end,
                                "\"end\": \"" + start.minusHours(1))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("结束时间必须晚于开始时间。"));
        assertThat(count("select count(*) from meeting")).isEqualTo(before);

        long meeting = id(mvc.perform(post("/api/v1/meetings").with(users.as(team.clerk())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(plan))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT")));
        // the room is taken for the meeting's time
        mvc.perform(post("/api/v1/meetings/bookings").with(users.as(team.chief())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roomId\": %d, \"start\": \"%s\", \"end\": \"%s\", \"purpose\": \"座谈\"}"
                                .formatted(room, start.plusHours(1), end.plusHours(1))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("“" + roomName + "”在这段时间已被预订，请另选时间或会议室。"));
        mvc.perform(get("/api/v1/meetings/occupancy").with(users.as(team.chief()))
                        .param("from", start.toLocalDate().atStartOfDay().toString())
                        .param("to", start.toLocalDate().plusDays(1).atStartOfDay().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].meetingId").value(org.hamcrest.Matchers.hasItem((int) meeting)));

        // the plan through the unit's approval: 拟定 → 科室审核 → 领导审批
        send(team.clerk(), "meeting:" + meeting);
        send(team.chief(), "meeting:" + meeting);
        send(team.leader(), "meeting:" + meeting);
        JsonNode noticed = meeting(team.clerk(), meeting);
        assertThat(noticed.get("status").asText()).isEqualTo("NOTICED");
        String code = noticed.get("signInCode").asText();
        assertThat(code).matches("\\d{6}");

        List<String> people = List.of(team.leader(), team.chief(), team.clerk(), team.clerk2(), guest);
        for (String person : people) {
            awaitTrue(() -> count("select count(*) from ntf_notification where recipient = ? and link = ? and title like '会议通知%'", person,
                    "/meetings/" + meeting) == 1, person + " has the notice");
            awaitTrue(() -> count("select count(*) from calendar_entry e join calendar_reminder r on r.entry_id = e.id"
                    + " where e.owner = ? and e.source = ? and r.minutes_before = 45", person, "meeting:" + meeting)
                    == 1, person + "'s calendar entry with its reminder");
        }
        assertThat(count("select count(*) from meeting_attendee where meeting_id = ?", meeting)).isEqualTo(5);

        // replies: 请假 without a reason refused; with a stand-in from outside the list, who is then noticed too
        mvc.perform(post("/api/v1/meetings/{id}/reply", meeting).with(users.as(team.chief())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reply\": \"LEAVE\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("请假请填写原因。"));
        String standIn = platform.newClerk(team, "代参会" + TestUsers.unique(""), "0451-86660002");
        mvc.perform(post("/api/v1/meetings/{id}/reply", meeting).with(users.as(team.chief())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reply\": \"LEAVE\", \"reason\": \"出差\", \"standIn\": \"" + standIn + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/meetings/{id}/reply", meeting).with(users.as(team.clerk())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reply\": \"ATTEND\"}"))
                .andExpect(status().isOk());
        awaitTrue(() -> count("select count(*) from calendar_entry where owner = ? and source = ?", standIn,
                "meeting:" + meeting) == 1, "the stand-in's calendar");
        // who asked for leave is not reminded to attend: the meeting leaves his calendar; those attending keep it
        awaitTrue(() -> count("select count(*) from calendar_entry where owner = ? and source = ?", team.chief(),
                "meeting:" + meeting) == 0, "the meeting gone from the calendar of who asked for leave");
        assertThat(count("select count(*) from calendar_entry where owner = ? and source = ?", team.clerk(),
                "meeting:" + meeting)).isEqualTo(1);

        // sign-in: not yet; not by someone not invited; then in time
        signIn(team.clerk(), code).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只能在会议开始前30分钟至会议结束之间签到。"));
        clock.advance(Duration.between(LocalDateTime.now(clock), start.minusMinutes(10)));
        signIn(outsider, code).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("您不在本次会议的参会名单中。"));
        signIn(team.clerk(), "000000x").andExpect(status().isConflict());
        signIn(team.clerk(), code).andExpect(status().isOk());
        signIn(standIn, code).andExpect(status().isOk());
        assertThat(count("select count(*) from meeting_attendee where meeting_id = ? and signed_in_at is not null",
                meeting)).isEqualTo(2);

        // 纪要: not published before approval; approved by the host; published; its decision tracked and closed
        mvc.perform(put("/api/v1/meetings/{id}/minutes", meeting).with(users.as(team.clerk2())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"html\": \"<p>会议议定：<b>调整预算</b></p><script>alert(1)</script>\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutesHtml").value("<p>会议议定：<b>调整预算</b></p>"));
        long decision = id(mvc.perform(post("/api/v1/meetings/{id}/decisions", meeting).with(users.as(team.clerk2()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"调整预算方案\", \"owner\": \"%s\", \"deadline\": \"%s\"}"
                                .formatted(team.clerk(), start.toLocalDate().plusDays(7))))
                .andExpect(status().isCreated()));
        mvc.perform(post("/api/v1/meetings/{id}/minutes/publish", meeting).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("纪要尚未审定，不能印发。"));
        mvc.perform(post("/api/v1/meetings/{id}/minutes/submit", meeting).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutesStatus").value("APPROVING"));
        send(team.leader(), "meeting-minutes:" + meeting);
        mvc.perform(post("/api/v1/meetings/{id}/minutes/publish", meeting).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutesStatus").value("PUBLISHED"));

        TodoTask carryOut = task(team.clerk(), "meeting-decision:" + decision);
        assertThat(carryOut.due()).isNotNull();
        mvc.perform(post("/api/v1/meetings/decisions/{id}/reports", decision).with(users.as(team.clerk())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"已起草方案\", \"progress\": 50}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        send(team.clerk(), "meeting-decision:" + decision);
        assertThat(jdbc.queryForObject("select status from meeting_decision where id = ?", String.class, decision))
                .isEqualTo("DONE");
    }

    private ResultActions signIn(String username, String code) throws Exception {
        return mvc.perform(post("/api/v1/meetings/sign-in").with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"" + code + "\"}"));
    }

    private TodoTask task(String username, String businessKey) {
        return workflow.todo(username).stream().filter(t -> businessKey.equals(t.businessKey())).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no task of " + businessKey));
    }

    private void send(String username, String businessKey) throws Exception {
        mvc.perform(post("/api/v1/tasks/{taskId}/send", task(username, businessKey).taskId())
                        .with(users.as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"同意\"}"))
                .andExpect(status().isOk());
    }

    private JsonNode meeting(String username, long id) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/meetings/{id}", id).with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long id(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        // events are delivered by a pool the whole suite shares: under load they wait behind other listeners
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
