package org.zhengtong.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.vehicle.VehicleTestKit.MANAGER;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * 用车审批 is designed per unit (and 市内/市外) with the kit's process designer: 市财政局's 市外用车 goes to the
 * department's 分管领导 instead of its 科长, then to 派车 as always; its 市内用车 keeps the product's process, and
 * the designer offers the template with its fixed 派车 after the designed steps.
 */
@IntegrationTest
class VehicleProcessDesignTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired PlatformFixtures platform;
    @Autowired OrgDirectory directory;

    @Test
    void aUnitsDesignForOutOfCityTripsRunsItsOwnStepsBeforeDispatch() throws Exception {
        VehicleTestKit kit = new VehicleTestKit(mvc, users, workflow, clock);
        PlatformFixtures.Team team = platform.newTeam();
        long czj = directory.units().stream().filter(u -> "czj".equals(u.code())).findFirst().orElseThrow().id();
        mvc.perform(get("/admin/processes/new").param("template", "vehicle-booking").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("市外用车", "派车"));
        String location = mvc.perform(post("/admin/processes/new").with(users.as("sysadmin")).with(csrf())
                        .param("name", TestUsers.unique("市外用车审批")).param("template", "vehicle-booking")
                        .param("type", "OUT_OF_CITY").param("unitId", String.valueOf(czj))
                        .param("nodes[0].name", "分管领导审批").param("nodes[0].kind", "LEADER_IN_CHARGE")
                        .param("op", "save"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        try {
            LocalDateTime start = LocalDateTime.now(clock).plusDays(15).truncatedTo(ChronoUnit.DAYS).withHour(7);
            long out = VehicleTestKit.id(kit.postJson("/api/v1/vehicle/bookings", team.clerk(),
                    VehicleTestKit.body("OUT_OF_CITY", start, start.plusHours(12), TestUsers.unique("长沙市"), 2))
                    .andExpect(status().isCreated()));
            assertThat(workflow.todo(team.chief())).noneMatch(t -> t.businessKey().equals("vehicle:" + out));
            assertThat(kit.task(team.leader(), out).name()).isEqualTo("分管领导审批");
            kit.approve(team.leader(), out);
            assertThat(kit.task(MANAGER, out).activityId()).isEqualTo("dispatch");
            mvc.perform(get("/api/v1/vehicle/bookings/{id}", out).with(users.as(team.clerk())))
                    .andExpect(jsonPath("$.status").value("APPROVED"));

            long local = kit.book(team.clerk(), 15, TestUsers.unique("北湖区"), 2);
            assertThat(kit.task(team.chief(), local).name()).isEqualTo("科室审核");
        } finally {
            mvc.perform(post(location + "/active").with(users.as("sysadmin")).with(csrf()).param("active", "false"))
                    .andExpect(status().is3xxRedirection());
        }
    }
}
