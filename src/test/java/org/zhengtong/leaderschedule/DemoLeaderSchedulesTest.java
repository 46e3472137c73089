package org.zhengtong.leaderschedule;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * The demo city keeps its leaders' schedules out of the box: in every unit the 机要秘书 and the office director are
 * editors of the head and the leaders in charge, and 市财政局's week has entries of each visibility.
 */
@IntegrationTest
class DemoLeaderSchedulesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.zhengtong.MutableClock clock;
    @Autowired java.util.List<org.springframework.boot.ApplicationRunner> runners;

    @Test
    void startingAgainAddsNothing() throws Exception {
        clock.reset();
        Timestamp start = jdbc.queryForObject("select min(starts_at) from leaderschedule_entry "
                + "where leader = 'czj.head' and activity = '主持召开局党组会议'", Timestamp.class);
        var monday = start.toLocalDateTime().toLocalDate();
        // the demo week is the current one (unless the test runs just across a Monday midnight)
        var today = java.time.LocalDate.now(clock);
        org.junit.jupiter.api.Assumptions.assumeTrue(!today.isBefore(monday) && today.isBefore(monday.plusDays(7)));
        String count = "select (select count(*) from leaderschedule_grant) * 100000 + "
                + "(select count(*) from leaderschedule_entry where leader like 'czj.%')";
        Long before = jdbc.queryForObject(count, Long.class);
        org.springframework.boot.ApplicationRunner demo = runners.stream()
                .filter(r -> r.getClass().getName().contains("DemoLeaderSchedules")).findFirst().orElseThrow();
        demo.run(new org.springframework.boot.DefaultApplicationArguments());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(count, Long.class)).isEqualTo(before);
    }

    @Test
    void theSecretaryAndTheOfficeDirectorKeepTheLeadersSchedules() throws Exception {
        // 市交通局: no test changes its settings
        for (String leader : new String[] {"jtj.head", "jtj.deputy1", "jtj.deputy2"}) {
            mvc.perform(get("/api/v1/leader-schedules/settings").with(users.as("jtj.office")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.leader == '" + leader + "')].editors[*].username",
                            containsInAnyOrder("jtj.secretary", "jtj.office")));
        }
        // 市审计局's secretary has no account: its office director alone
        mvc.perform(get("/api/v1/leader-schedules/settings").with(users.as("sjj.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.leader == 'sjj.head')].editors[*].username",
                        containsInAnyOrder("sjj.office")));
        // 市财政局's secretary may keep the 局长's week
        mvc.perform(get("/api/v1/leader-schedules/week").with(users.as("czj.secretary")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.username == 'czj.head')].editable", hasItem(true)));
    }

    @Test
    void theFinanceBureausWeekHasTheDemoEntriesAsEachMaySeeThem() throws Exception {
        Timestamp start = jdbc.queryForObject("select min(starts_at) from leaderschedule_entry "
                + "where leader = 'czj.head' and activity = '主持召开局党组会议'", Timestamp.class);
        var day = start.toLocalDateTime().toLocalDate();
        String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String activities = "$.rows[*].days[*][*][*].activity";

        mvc.perform(get("/api/v1/leader-schedules/week").param("week", week).with(users.as("czj.secretary")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(activities, hasItem("主持召开局党组会议")))
                .andExpect(jsonPath(activities, hasItem("研究2027年部门预算编制方案")))
                .andExpect(jsonPath(activities, hasItem("个人事务")))
                .andExpect(jsonPath(activities, hasItem("赴省财政厅汇报国有资产管理工作")));
        mvc.perform(get("/api/v1/leader-schedules/week").param("week", week).with(users.as("czj.deputy1")))
                .andExpect(jsonPath(activities, hasItem("研究2027年部门预算编制方案")))
                .andExpect(jsonPath(activities, not(hasItem("个人事务"))));
        mvc.perform(get("/api/v1/leader-schedules/week").param("week", week).with(users.as("czj.d1.clerk1")))
                .andExpect(jsonPath(activities, hasItem("主持召开局党组会议")))
                .andExpect(jsonPath(activities, not(hasItem("研究2027年部门预算编制方案"))))
                .andExpect(jsonPath(activities, not(hasItem("个人事务"))));
        mvc.perform(get("/leaders/schedule").param("week", week).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("主持召开局党组会议")));
        // and in the 局长's own calendar
        Long inCalendar = jdbc.queryForObject("select count(*) from calendar_entry where owner = 'czj.head' "
                + "and title = '主持召开局党组会议' and source like 'leaderschedule:%'", Long.class);
        org.assertj.core.api.Assertions.assertThat(inCalendar).isEqualTo(1L);
    }
}
