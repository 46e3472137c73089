package org.zhengtong.meeting;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * The demo city's meeting rooms: 市财政局's people see 第一会议室, 第二会议室 and 报告厅 (kept by its office director,
 * bookings waiting for him); 市审计局's see 第二会议室 only, which is opened to them; starting again adds nothing.
 */
@IntegrationTest
class DemoMeetingRoomsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<ApplicationRunner> runners;

    @Test
    void theFinanceBureauHasItsRoomsAndOpensOneToTheAuditBureau() throws Exception {
        mvc.perform(get("/api/v1/meetings/rooms").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItems("第一会议室", "第二会议室", "报告厅")))
                .andExpect(jsonPath("$[?(@.name == '报告厅')].needsApproval", hasItem(true)))
                .andExpect(jsonPath("$[?(@.name == '报告厅')].keeper", hasItem("czj.office")))
                .andExpect(jsonPath("$[?(@.name == '第一会议室')].needsApproval", hasItem(false)));
        mvc.perform(get("/api/v1/meetings/rooms").with(users.as("sjj.d1.clerk1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("第二会议室")))
                .andExpect(jsonPath("$[*].name", not(hasItem("报告厅"))));
    }

    @Test
    void startingAgainAddsNothing() throws Exception {
        String count = "select count(*) from meeting_room where name in ('第一会议室', '第二会议室', '报告厅')";
        Long before = jdbc.queryForObject(count, Long.class);
        ApplicationRunner demo = runners.stream().filter(r -> r.getClass().getName().contains("DemoMeetingRooms"))
                .findFirst().orElseThrow();
        demo.run(new DefaultApplicationArguments());
        Assertions.assertThat(jdbc.queryForObject(count, Long.class)).isEqualTo(before).isGreaterThanOrEqualTo(3);
    }
}
