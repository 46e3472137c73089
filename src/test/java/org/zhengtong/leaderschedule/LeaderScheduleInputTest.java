package org.zhengtong.leaderschedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/** Bad input is refused with a Chinese message (4xx), saves nothing, and script is shown as text. */
@IntegrationTest
class LeaderScheduleInputTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    LeaderScheduleFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new LeaderScheduleFixtures(mvc, users, json);
        fixtures.editors("czj.office", "czj.head", "czj.secretary");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndNothingSaved() throws Exception {
        String activity = "倒序" + TestUsers.unique("");
        mvc.perform(post("/api/v1/leader-schedules/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(LeaderScheduleFixtures.timed("czj.head", DAY.atTime(10, 0),
                                DAY.atTime(9, 0), activity, null, "PUBLIC", List.of())))
                        .with(users.as("czj.secretary")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("结束时间必须晚于开始时间。"));
        mvc.perform(post("/leaders/schedule/entries").param("leader", "czj.head").param("dayPart", "TIMED")
                        .param("start", DAY + "T10:00").param("end", DAY + "T09:00").param("activity", activity)
                        .param("visibility", "PUBLIC").with(users.as("czj.secretary")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("结束时间必须晚于开始时间。")));
        mvc.perform(post("/api/v1/leader-schedules/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("leader", "czj.head", "dayPart", "ALL_DAY",
                                "date", DAY.toString(), "endDate", DAY.minusDays(2).toString(), "activity", activity,
                                "visibility", "PUBLIC")))
                        .with(users.as("czj.secretary")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("结束时间必须晚于开始时间。"));
        assertThat(count(activity)).isZero();
    }

    @Test
    void tooLongUnreadableAndUnknownInputIsRefused() throws Exception {
        String activity = "超长" + TestUsers.unique("");
        mvc.perform(post("/api/v1/leader-schedules/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(LeaderScheduleFixtures.timed("czj.head", DAY.atTime(9, 0),
                                DAY.atTime(10, 0), activity + "长".repeat(500), "地".repeat(201), "PUBLIC", List.of())))
                        .with(users.as("czj.secretary")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("长度超出限制")));
        mvc.perform(post("/leaders/schedule/entries").param("leader", "czj.head").param("dayPart", "TIMED")
                        .param("start", "明天").param("end", DAY + "T09:00").param("activity", activity)
                        .param("visibility", "PUBLIC").with(users.as("czj.secretary")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/leader-schedules/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(LeaderScheduleFixtures.timed("czj.head", DAY.atTime(9, 0),
                                DAY.atTime(10, 0), activity, null, "PUBLIC", List.of("no.such.person"))))
                        .with(users.as("czj.secretary")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("没有这个人员：no.such.person。"));
        mvc.perform(post("/api/v1/leader-schedules/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(LeaderScheduleFixtures.timed("czj.d1.clerk1", DAY.atTime(9, 0),
                                DAY.atTime(10, 0), activity, null, "PUBLIC", List.of())))
                        .with(users.as("czj.d1.clerk1")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("不是领导")));
        mvc.perform(get("/api/v1/leader-schedules/week").param("week", "2026-W99").with(users.as("czj.secretary")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value(containsString("2026-W50")));
        mvc.perform(get("/leaders/schedule").param("week", "下周").with(users.as("czj.secretary")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("周的格式应为 2026-W50")));
        assertThat(count(activity)).isZero();
    }

    @Test
    void scriptIsShownAsText() throws Exception {
        String activity = "<script>alert('x')</script>" + TestUsers.unique("");
        long id = fixtures.create("czj.secretary", LeaderScheduleFixtures.timed("czj.head", DAY.atTime(9, 0),
                DAY.atTime(10, 0), activity, "<img src=x onerror=alert(1)>", "PUBLIC", List.of()));
        mvc.perform(get("/leaders/schedule/entries/{id}", id).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(get("/leaders/schedule").param("week", "2026-W50").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
    }

    private long count(String activityPrefix) {
        return jdbc.queryForObject("select count(*) from leaderschedule_entry where activity like ?", Long.class,
                activityPrefix + "%");
    }
}
