package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.meeting.internal.BookingForm;
import org.zhengtong.meeting.internal.BookingService;
import org.zhengtong.meeting.internal.DecisionService;
import org.zhengtong.meeting.internal.MeetingKind;
import org.zhengtong.meeting.internal.MeetingService;
import org.zhengtong.meeting.internal.MinutesService;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.workflow.Workflow;

/**
 * An attacker's test for each access rule of 会议管理: a person of another unit, a person of the same unit who was not
 * invited, the three administrators and forged ids get 403 or 404 from every meeting, room, booking, paper, 纪要 and
 * 议定事项 request, and nothing changes; a 秘密 议题's paper is refused to an attendee without the clearance; sign-in
 * by someone not invited, or outside the time, is refused; the 纪要 cannot be published before it is approved.
 */
@IntegrationTest
class MeetingAccessAttackTest {

    private static final long FORGED = 987_654_321_987L;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired RoomService rooms;
    @Autowired BookingService bookings;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired DecisionService decisions;

    MeetingTestKit kit;
    Team team;
    long room;
    long meeting;
    long[] papers;
    long topic;
    long decision;
    long booking;
    LocalDateTime start;

    @BeforeEach
    void aNoticedMeeting() throws Exception {
        kit = new MeetingTestKit(mvc, users, as, workflow, rooms, meetings, minutes);
        team = platform.newTeam();
        room = kit.room();
        start = LocalDateTime.now(clock).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        meeting = kit.plan(team, MeetingKind.OFFICE, TestUsers.unique("局务会"), room, start);
        papers = kit.papers(team, meeting);
        topic = as.call(team.clerk(), () -> meetings.topics(meetings.readable(meeting)).get(0).getId());
        kit.approve(team, meeting);
        decision = as.call(team.clerk2(), () -> decisions.add(meeting, "落实预算", team.clerk(),
                start.toLocalDate().plusDays(10)));
        booking = as.call(team.clerk(), () -> bookings.book(new BookingForm(room, start.plusDays(1),
                start.plusDays(1).plusHours(1), "科务会")));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void outsidersAdministratorsAndForgedIdsAreRefusedAndChangeNothing() throws Exception {
        String otherUnit = platform.newMember("sjj", Position.CLERK);
        String sameUnit = platform.newClerk(team, "未邀请" + TestUsers.unique(""), "0451-86661111");
        List<String> intruders = List.of(otherUnit, sameUnit, "sysadmin", "secadmin", "auditadmin");
        String before = snapshot();
        for (String intruder : intruders) {
            boolean ownUnit = intruder.equals(sameUnit);
            for (Supplier<MockHttpServletRequestBuilder> request : meetingRequests(meeting, papers[0], topic, decision)) {
                refused(intruder, request.get());
            }
            refused(intruder, post("/api/v1/meetings/bookings/{id}/cancel", booking));
            refused(intruder, put("/api/v1/meetings/rooms/{id}", room).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"改名\", \"capacity\": 5, \"needsApproval\": false}"));
            if (!ownUnit) {
                // another unit's rooms and bookings are not even found
                refused(intruder, get("/api/v1/meetings/rooms/{id}", room));
                refused(intruder, get("/api/v1/meetings/bookings/{id}", booking));
                refused(intruder, post("/api/v1/meetings/bookings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roomId\": %d, \"start\": \"%s\", \"end\": \"%s\", \"purpose\": \"占用\"}"
                                .formatted(room, start.plusDays(2), start.plusDays(2).plusHours(1))));
                MvcResult free = mvc.perform(get("/api/v1/meetings/occupancy").with(users.as(intruder))
                                .param("from", start.toLocalDate().atStartOfDay().toString())
                                .param("to", start.toLocalDate().plusDays(1).atStartOfDay().toString()))
                        .andReturn();
                assertThat(free.getResponse().getContentAsString()).doesNotContain("\"meetingId\":" + meeting);
            }
            // their own list of meetings does not show it
            assertThat(mvc.perform(get("/api/v1/meetings").with(users.as(intruder))).andReturn().getResponse()
                    .getContentAsString()).doesNotContain("\"id\":" + meeting + ",");
        }
        // forged ids: not found, whoever asks
        for (Supplier<MockHttpServletRequestBuilder> request : meetingRequests(FORGED, FORGED, FORGED, FORGED)) {
            refused(team.clerk(), request.get());
        }
        refused(team.clerk(), get("/api/v1/meetings/{id}/papers/{paperId}", meeting, FORGED));
        refused(team.clerk(), get("/api/v1/meetings/rooms/{id}", FORGED));
        refused(team.clerk(), get("/api/v1/meetings/bookings/{id}", FORGED));
        refused(team.clerk(), post("/api/v1/meetings/bookings/{id}/cancel", FORGED));
        // a paper of another meeting through this meeting's id
        long other = kit.plan(team, MeetingKind.TOPIC, TestUsers.unique("专题会"), null, start.plusDays(5));
        long[] otherPapers = kit.papers(team, other);
        refused(team.chief(), get("/api/v1/meetings/{id}/papers/{paperId}", meeting, otherPapers[0]));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from meeting_room where id = ? and name = '改名'", Long.class,
                room)).isZero();
    }

    @Test
    void aSecretTopicsPaperNeedsTheClearance() throws Exception {
        // the chief attends and presents, but holds no clearance
        platform.grantClearance(team.chief(), Clearance.NONE);
        mvc.perform(get("/api/v1/meetings/{id}/papers/{paperId}", meeting, papers[0]).with(users.as(team.chief())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings/{id}/papers/{paperId}", meeting, papers[1]).with(users.as(team.chief())))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'MEETING_PAPER_OPEN' "
                + "and actor = ? and result = 'FAILURE'", Long.class, team.chief())).isEqualTo(1);
        platform.grantClearance(team.chief(), Clearance.GENERAL);
        mvc.perform(get("/api/v1/meetings/{id}/papers/{paperId}", meeting, papers[1]).with(users.as(team.chief())))
                .andExpect(status().isOk());
    }

    @Test
    void signInBySomeoneNotInvitedOrOutsideTheTimeIsRefused() throws Exception {
        String code = jdbc.queryForObject("select sign_in_code from meeting where id = ?", String.class, meeting);
        String sameUnit = platform.newClerk(team, "未邀请" + TestUsers.unique(""), "0451-86662222");
        // too early
        signIn(team.chief(), code).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只能在会议开始前30分钟至会议结束之间签到。"));
        clock.advance(Duration.between(LocalDateTime.now(clock), start.plusMinutes(5)));
        signIn(sameUnit, code).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("您不在本次会议的参会名单中。"));
        signIn("sysadmin", code).andExpect(status().isConflict());
        // after the end
        clock.advance(Duration.ofHours(3));
        signIn(team.chief(), code).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只能在会议开始前30分钟至会议结束之间签到。"));
        assertThat(jdbc.queryForObject("select count(*) from meeting_attendee where meeting_id = ? and "
                + "signed_in_at is not null", Long.class, meeting)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from meeting_attendee where meeting_id = ? and username = ?",
                Long.class, meeting, sameUnit)).isZero();
    }

    @Test
    void theMinutesAreNotPublishedBeforeApprovalNorByAnAttendee() throws Exception {
        mvc.perform(put("/api/v1/meetings/{id}/minutes", meeting).with(users.as(team.clerk2())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"html\": \"<p>议定：预算</p>\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/meetings/{id}/minutes/publish", meeting).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("纪要尚未审定，不能印发。"));
        mvc.perform(post("/api/v1/meetings/{id}/minutes/submit", meeting).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/meetings/{id}/minutes/publish", meeting).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isConflict());
        // an attendee is no writer, even once approved
        kit.send(team.leader(), "meeting-minutes:" + meeting);
        mvc.perform(post("/api/v1/meetings/{id}/minutes/publish", meeting).with(users.as(team.chief())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select minutes_status from meeting where id = ?", String.class, meeting))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from meeting_decision where meeting_id = ? and "
                + "process_instance_id is not null", Long.class, meeting)).isZero();
    }

    private List<Supplier<MockHttpServletRequestBuilder>> meetingRequests(long id, long paperId, long topicId,
            long decisionId) {
        List<Supplier<MockHttpServletRequestBuilder>> list = new ArrayList<>();
        list.add(() -> get("/api/v1/meetings/{id}", id));
        list.add(() -> get("/meetings/{id}", id));
        list.add(() -> put("/api/v1/meetings/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"OFFICE\", \"title\": \"篡改\", \"location\": \"某处\", \"start\": \"%s\", "
                        .formatted(start) + "\"end\": \"%s\"}".formatted(start.plusHours(1))));
        list.add(() -> get("/api/v1/meetings/{id}/papers/{paperId}", id, paperId));
        list.add(() -> multipart("/api/v1/meetings/{id}/topics/{topicId}/papers", id, topicId)
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF".getBytes())));
        list.add(() -> post("/api/v1/meetings/{id}/reply", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reply\": \"ATTEND\"}"));
        list.add(() -> put("/api/v1/meetings/{id}/minutes", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"html\": \"<p>伪造的纪要</p>\"}"));
        list.add(() -> post("/api/v1/meetings/{id}/minutes/submit", id));
        list.add(() -> post("/api/v1/meetings/{id}/minutes/publish", id));
        list.add(() -> post("/api/v1/meetings/{id}/decisions", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"伪造\", \"owner\": \"%s\", \"deadline\": \"%s\"}"
                        .formatted(team.clerk(), LocalDate.now(clock).plusDays(3))));
        list.add(() -> post("/api/v1/meetings/decisions/{id}/reports", decisionId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"伪造进展\", \"progress\": 90}"));
        return list;
    }

    private void refused(String username, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(users.as(username)).with(csrf())).andReturn();
        assertThat(response.getResponse().getStatus())
                .as(username + " " + response.getRequest().getMethod() + " " + response.getRequest().getRequestURI())
                .isIn(403, 404);
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String username, String code)
            throws Exception {
        return mvc.perform(post("/api/v1/meetings/sign-in").with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"" + code + "\"}"));
    }

    private String snapshot() {
        return String.join("\n",
                jdbc.queryForList("select title, status, minutes_status, minutes_html, version from meeting "
                        + "where id = ?", meeting).toString(),
                jdbc.queryForList("select username, reply, signed_in_at from meeting_attendee where meeting_id = ? "
                        + "order by id", meeting).toString(),
                jdbc.queryForList("select count(*) from meeting_paper p join meeting_topic t on t.id = p.topic_id "
                        + "where t.meeting_id = ?", meeting).toString(),
                jdbc.queryForList("select text, status from meeting_decision where meeting_id = ? order by id",
                        meeting).toString(),
                jdbc.queryForList("select count(*) from meeting_decision_report where decision_id = ?", decision)
                        .toString(),
                jdbc.queryForList("select status from meeting_booking where room_id = ? order by id", room)
                        .toString(),
                jdbc.queryForList("select name, capacity from meeting_room where id = ?", room).toString());
    }
}
