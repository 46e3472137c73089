package org.zhengtong.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.presence.internal.AbsenceForm;
import org.zhengtong.presence.internal.AbsenceKind;
import org.zhengtong.presence.internal.AbsenceService;

/**
 * Who sees whose whereabouts, decided on the server from the organization: in 外出情况查询 a 科长 his department only,
 * the unit's head, leaders in charge and office director the whole unit and no other; a clerk nothing (403), whatever
 * the request names; on 本科室外出 and its home tile, the people of one's own department.
 */
@IntegrationTest
class PresenceScopeAttackTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired AbsenceService absences;
    @Autowired MutableClock clock;

    Team team;

    @BeforeEach
    void clerkOut() {
        team = platform.newTeam();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        absences.register(team.clerk(), new AbsenceForm(AbsenceKind.TRIP, now.minusHours(1), now.plusHours(3),
                "审计对账", "市审计局", "13800000000", null));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aChiefSeesHisDepartmentOnly() throws Exception {
        String page = query(team.chief(), "");
        assertThat(page).contains(person(team.clerk()), person(team.clerk2()), "出差", "市审计局", "审计对账")
                .doesNotContain(person(team.chief()), person("czj.d1.clerk1"), person("czj.head"));
        assertThat(query("czj.d2.chief", "")).contains(person("czj.d2.clerk1"))
                .doesNotContain(person(team.clerk()), person("czj.d1.clerk1"));
    }

    @Test
    void theUnitsHeadAndOfficeSeeTheWholeUnitAndNoOther() throws Exception {
        for (String leader : new String[] {"czj.head", "czj.office"}) {
            assertThat(query(leader, "")).as(leader).contains(person(team.clerk()), person("czj.d1.clerk1"),
                            person("czj.d2.clerk1"), "市审计局")
                    .doesNotContain(person("sjj.d1.clerk1"));
        }
        assertThat(query("sjj.head", "")).contains(person("sjj.d1.clerk1")).doesNotContain(person(team.clerk()));
    }

    @Test
    void aLeaderInChargeSeesTheDepartmentsHeIsInChargeOfOnly() throws Exception {
        // the team's own 分管领导: his department, nobody of the departments others are in charge of
        assertThat(query(team.leader(), "")).contains(person(team.clerk()), person(team.chief()), "市审计局")
                .doesNotContain(person("czj.d1.clerk1"), person("czj.d2.clerk1"), person("czj.head"));
        // in the demo city czj.deputy1 is in charge of 办公室 and the odd departments, czj.deputy2 of the even ones
        assertThat(query("czj.deputy1", "")).contains(person("czj.d1.clerk1"), person("czj.clerk"))
                .doesNotContain(person("czj.d2.clerk1"), person(team.clerk()), "审计对账", person("czj.deputy2"));
        assertThat(query("czj.deputy2", "")).contains(person("czj.d2.clerk1"))
                .doesNotContain(person("czj.d1.clerk1"), person(team.clerk()), "审计对账");
        // what a request names does not widen it
        assertThat(query("czj.deputy2", "&departmentId=" + team.departmentId() + "&username=" + team.clerk()))
                .doesNotContain(person(team.clerk()), "审计对账");
        mvc.perform(get("/api/v1/presence/query").with(users.as("czj.deputy2"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("czj.d2.clerk1")))
                .andExpect(jsonPath("$[*].username", not(hasItem(team.clerk()))));
    }

    @Test
    void nobodyElseQueriesAnyone() throws Exception {
        for (String clerk : new String[] {team.clerk2(), "czj.d1.clerk1", "czj.secretary", "czj.clerk"}) {
            mvc.perform(get("/presence/query").with(users.as(clerk))).andExpect(status().isForbidden());
            mvc.perform(get("/presence/query").param("username", team.chief()).param("departmentId",
                    String.valueOf(team.departmentId())).with(users.as(clerk))).andExpect(status().isForbidden());
        }
        assertThat(page("/presence", team.clerk2())).doesNotContain("/presence/query");
        assertThat(page("/presence", team.chief())).contains("/presence/query");
    }

    @Test
    void forgedParametersChangeNothing() throws Exception {
        String forged = "&unitId=" + team.unitId() + "&departmentId=" + team.departmentId() + "&username="
                + team.clerk() + "&people=" + team.clerk();
        assertThat(query("czj.d2.chief", forged)).doesNotContain(person(team.clerk()), "审计对账");
        assertThat(query("sjj.head", forged)).doesNotContain(person(team.clerk()), "审计对账");
        mvc.perform(get("/presence/query").param("from", "昨天").with(users.as(team.chief())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPeriodShowsWhoIsAwayThenAndBadPeriodsAreRefused() throws Exception {
        LocalDateTime tomorrow = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        absences.register(team.clerk2(), new AbsenceForm(AbsenceKind.LEAVE, tomorrow, tomorrow.plusHours(8), "病假",
                null, null, null));
        LocalDate day = tomorrow.toLocalDate();
        String today = query(team.chief(), "");
        assertThat(today).doesNotContain("病假");
        String thatDay = query(team.chief(), "&from=" + day + "&to=" + day);
        assertThat(thatDay).contains("病假", "请假");

        String refused = mvc.perform(get("/presence/query").param("from", day.toString())
                        .param("to", day.minusDays(2).toString()).with(users.as(team.chief())))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("结束日期不能早于开始日期");
        mvc.perform(get("/presence/query").param("from", day.toString()).param("to", day.plusYears(1).toString())
                .with(users.as(team.chief()))).andExpect(status().isConflict());
    }

    @Test
    void colleaguesSeeWhoOfTheirDepartmentIsOut() throws Exception {
        // where and until when, not why: the reason is the leaders' to see
        assertThat(page("/presence/department", team.clerk2())).contains("市审计局", "出差", "13800000000")
                .doesNotContain("审计对账");
        assertThat(page("/presence/department", "czj.d1.clerk1")).doesNotContain("13800000000");
        assertThat(page("/", team.clerk2())).contains("本科室外出");
        assertThat(page("/", "czj.head")).doesNotContain("本科室外出");
    }

    private String query(String username, String parameters) throws Exception {
        return page("/presence/query?x=1" + parameters, username);
    }

    private static String person(String username) {
        return "data-person=\"" + username + "\"";
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
