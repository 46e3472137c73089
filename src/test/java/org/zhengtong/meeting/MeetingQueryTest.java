package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.meeting.internal.DecisionService;
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
 * 会议综合查询 and 会议统计 through the API: each filter (period, kind, room, host unit, attendee, status, words),
 * paging with its total, nothing of a meeting one may not read; the statistics per kind and month, the attendance of
 * a begun meeting and its 议定事项 open and overdue.
 */
@IntegrationTest
class MeetingQueryTest {

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
    @Autowired DecisionService decisions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void filtersPagingStatisticsAndScope() throws Exception {
        MeetingTestKit kit = new MeetingTestKit(mvc, users, as, workflow, rooms, meetings, minutes);
        Team team = platform.newTeam();
        String guest = platform.newClerk(team, "列席" + TestUsers.unique(""), "0451-86664444");
        String outsider = platform.newMember("sjj", Position.CLERK);
        String stem = TestUsers.unique("查询");
        long room = kit.room();
        LocalDateTime dayA = LocalDateTime.now(clock).plusDays(2).withHour(9).withMinute(0).withSecond(0).withNano(0);
        LocalDateTime dayB = dayA.plusDays(2);
        long a = kit.plan(team, MeetingKind.OFFICE, stem + "局务会", room, dayA, Classification.UNCLASSIFIED);
        long b = kit.plan(team, MeetingKind.TOPIC, stem + "专题会", null, dayB, Classification.UNCLASSIFIED, guest);
        kit.approve(team, a);

        assertThat(ids(team.chief(), query(stem))).containsExactly(b, a);
        assertThat(ids(team.chief(), query(stem).param("kind", "OFFICE"))).containsExactly(a);
        assertThat(ids(team.chief(), query(stem).param("roomId", String.valueOf(room)))).containsExactly(a);
        assertThat(ids(team.chief(), query(stem).param("unitId", String.valueOf(team.unitId())))).containsExactly(b, a);
        assertThat(ids(team.chief(), query(stem).param("attendee", guest))).containsExactly(b);
        assertThat(ids(team.chief(), query(stem).param("status", "NOTICED"))).containsExactly(a);
        assertThat(ids(team.chief(), query(stem).param("status", "DRAFT"))).containsExactly(b);
        assertThat(ids(team.chief(), query(stem).param("from", dayB.toLocalDate().toString())
                .param("to", dayB.toLocalDate().toString()))).containsExactly(b);
        assertThat(ids(team.chief(), get("/api/v1/meetings").param("q", "第二议题" + stem + "局务"))).containsExactly(a);
        // words are words, not patterns
        assertThat(ids(team.chief(), get("/api/v1/meetings").param("q", stem.substring(0, 2) + "%会"))).isEmpty();
        mvc.perform(query(stem).param("size", "1").param("page", "1").with(users.as(team.chief())))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(a));
        mvc.perform(query(stem).param("size", "1000").with(users.as(team.chief()))).andExpect(status().isConflict());
        mvc.perform(query(stem).param("from", "2027-02-01").param("to", "2027-01-01").with(users.as(team.chief())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("查询的结束日期不能早于开始日期。"));
        // the guest sees only the meeting he is invited to; another unit and the administrators nothing
        assertThat(ids(guest, query(stem))).containsExactly(b);
        assertThat(ids(outsider, query(stem).param("unitId", String.valueOf(team.unitId())))).isEmpty();
        assertThat(ids("sysadmin", query(stem))).isEmpty();
        JsonNode none = statistics(outsider, stem);
        assertThat(none.get("meetings").asLong()).isZero();

        // statistics: the begun meeting's attendance, its decisions open then overdue
        long decision = as.call(team.clerk2(), () -> decisions.add(a, "编制预算", team.clerk(),
                dayA.toLocalDate().plusDays(1)));
        String code = jdbc.queryForObject("select sign_in_code from meeting where id = ?", String.class, a);
        clock.advance(Duration.between(LocalDateTime.now(clock), dayA.plusMinutes(5)));
        as.run(team.chief(), () -> meetings.signIn(code));
        JsonNode stats = statistics(team.clerk(), stem);
        assertThat(stats.get("meetings").asLong()).isEqualTo(2);
        assertThat(stats.at("/byKind/OFFICE").asLong()).isEqualTo(1);
        assertThat(stats.at("/byKind/TOPIC").asLong()).isEqualTo(1);
        assertThat(stats.at("/byKind/FORUM").asLong()).isZero();
        List<String> months = new ArrayList<>();
        stats.get("byMonth").forEach(m -> months.add(m.get("month").asText() + " " + m.get("kind").asText() + " "
                + m.get("meetings").asLong()));
        assertThat(months).contains(dayA.getYear() + "-" + String.format("%02d", dayA.getMonthValue()) + " OFFICE 1");
        // chief, leader (host) and clerk2 (记录人) attend; the chief signed in
        assertThat(stats.at("/attendance/attendees").asLong()).isEqualTo(3);
        assertThat(stats.at("/attendance/signedIn").asLong()).isEqualTo(1);
        assertThat(stats.at("/attendance/rate").asDouble()).isEqualTo(0.333);
        assertThat(stats.at("/decisions/open").asLong()).isEqualTo(1);
        assertThat(stats.at("/decisions/overdue").asLong()).isZero();
        clock.advance(Duration.ofDays(3));
        stats = statistics(team.clerk(), stem);
        assertThat(stats.at("/decisions/open").asLong()).isZero();
        assertThat(stats.at("/decisions/overdue").asLong()).isEqualTo(1);
        assertThat(stats.at("/decisions/done").asLong()).isZero();
        assertThat(decision).isPositive();
    }

    private static MockHttpServletRequestBuilder query(String stem) {
        return get("/api/v1/meetings").param("q", stem);
    }

    private List<Long> ids(String username, MockHttpServletRequestBuilder request) throws Exception {
        JsonNode list = json.readTree(mvc.perform(request.with(users.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<Long> ids = new ArrayList<>();
        list.forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    private JsonNode statistics(String username, String stem) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/meetings/statistics").param("q", stem)
                        .with(users.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
