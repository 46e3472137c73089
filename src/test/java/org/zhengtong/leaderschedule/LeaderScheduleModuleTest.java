package org.zhengtong.leaderschedule;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.TestUsers;
import org.zhengtong.calendar.Calendars;

/**
 * 领导日程 with only the modules it uses started (日程, 综合检索 and the platform): in the demo city the 局长's
 * secretary keeps his week without any setting; a public entry she adds is in his calendar and in the week a clerk
 * reads, a private one only in the week she and he read.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import(TestUsers.class)
class LeaderScheduleModuleTest {

    /** Monday of 2027-W02. */
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ObjectMapper json;
    @Autowired Calendars calendars;

    @Test
    void theSecretaryKeepsTheHeadsWeekOutOfTheBox() throws Exception {
        LeaderScheduleFixtures fixtures = new LeaderScheduleFixtures(mvc, users, json);
        String open = TestUsers.unique("预算执行调度会");
        String own = TestUsers.unique("个人事务");
        fixtures.create("czj.secretary", LeaderScheduleFixtures.timed("czj.head", MONDAY.atTime(9, 0),
                MONDAY.atTime(10, 0), open, "局三楼会议室", "PUBLIC", List.of()));
        fixtures.create("czj.secretary", LeaderScheduleFixtures.timed("czj.head", MONDAY.atTime(14, 0),
                MONDAY.atTime(15, 0), own, null, "PRIVATE", List.of()));

        org.assertj.core.api.Assertions.assertThat(calendars.busy("czj.head", MONDAY.atTime(9, 0),
                MONDAY.atTime(10, 0))).anyMatch(b -> open.equals(b.title()));
        String activities = "$.rows[*].days[*][*][*].activity";
        mvc.perform(get("/api/v1/leader-schedules/week").param("week", "2027-W02").with(users.as("czj.head")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(activities, hasItem(open))).andExpect(jsonPath(activities, hasItem(own)));
        mvc.perform(get("/api/v1/leader-schedules/week").param("week", "2027-W02").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(activities, hasItem(open))).andExpect(jsonPath(activities, not(hasItem(own))));
    }
}
