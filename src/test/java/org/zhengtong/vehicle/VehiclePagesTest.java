package org.zhengtong.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
 * Every page of 车辆管理 answers and says what it should, in Chinese and with {@code ?lang=en}; the forms post: a
 * car, a driver, a booking (twice with one request key: one booking), and the trip.
 */
@IntegrationTest
class VehiclePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired PlatformFixtures platform;
    @Autowired OrgDirectory directory;

    @Test
    void theFleetPagesShowAndSaveCarsAndDrivers() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        assertThat(page("/vehicle/cars", team.clerk())).contains("本单位车辆", "湘LA1234", "丰田考斯特")
                .doesNotContain("id=\"new-car\"");
        assertThat(page("/vehicle/cars", MANAGER)).contains("id=\"new-car\"", "驾驶员", "用车统计");
        assertThat(page("/vehicle/cars/new", MANAGER)).contains("登记车辆", "id=\"car-form\"", "requestKey");
        String plate = VehicleTestKit.freshPlate();
        String location = mvc.perform(post("/vehicle/cars").with(users.as(MANAGER)).with(csrf())
                        .param("plate", plate).param("type", "MPV").param("model", "别克GL8").param("seats", "7")
                        .param("status", "AVAILABLE").param("mileage", "1200")
                        .param("insuranceDue", "2027-06-30").param("requestKey", TestUsers.unique("k")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(location, team.clerk())).contains(plate, "商务车", "别克GL8", "2027-06-30");
        assertThat(page(location + "/edit", MANAGER)).contains("修改车辆", plate);
        mvc.perform(post(location).with(users.as(MANAGER)).with(csrf()).param("plate", plate).param("type", "MPV")
                        .param("seats", "7").param("status", "REPAIR").param("mileage", "1300"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, team.clerk())).contains("维修", "1300");
        assertThat(page(location + "?lang=en", team.clerk())).contains("In repair", "Seats");

        assertThat(page("/vehicle/drivers", MANAGER)).contains("登记驾驶员", "准驾车型");
        mvc.perform(post("/vehicle/drivers").with(users.as(MANAGER)).with(csrf()).param("username", team.clerk2())
                        .param("licenceClass", "B2").param("phone", "13907351234")
                        .param("requestKey", TestUsers.unique("k")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/vehicle/drivers", MANAGER)).contains("13907351234");
        mvc.perform(post("/vehicle/drivers").with(users.as(MANAGER)).with(csrf()).param("username", team.clerk2())
                        .param("licenceClass", "B2").param("phone", "13907351234"))
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("已登记为驾驶员"));
    }

    @Test
    void theBookingPagesBookOnceShowTheProcessAndTheStatistics() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        mvc.perform(get("/vehicle").with(users.as(team.clerk()))).andExpect(status().is3xxRedirection());
        assertThat(page("/vehicle/bookings", team.clerk())).contains("我的用车申请").doesNotContain("本单位用车");
        assertThat(page("/vehicle/bookings/new", team.clerk())).contains("申请用车", "id=\"booking-form\"", "市外用车",
                "湘LA1234");
        String destination = TestUsers.unique("苏仙区白露塘镇");
        LocalDateTime start = LocalDateTime.now(clock).plusDays(12).truncatedTo(ChronoUnit.DAYS).withHour(8);
        String key = TestUsers.unique("key");
        String first = book(team.clerk(), destination, start, key);
        assertThat(book(team.clerk(), destination, start, key)).as("the same request key books once").isEqualTo(first);
        assertThat(page(first, team.clerk())).contains(destination, "审批中", "科室审核");
        assertThat(page("/vehicle/bookings", team.clerk())).contains(destination);
        assertThat(page("/vehicle/bookings", MANAGER)).contains("本单位用车", destination);
        assertThat(page("/vehicle/bookings?status=PENDING", MANAGER)).contains(destination);
        assertThat(page("/vehicle/bookings?status=RETURNED", MANAGER)).doesNotContain(destination);
        assertThat(page(first + "?lang=en", team.clerk())).contains("In approval", "Passengers");
        // the approval's trail (the kit's fragment): each step with its handler's name, time and opinion
        new VehicleTestKit(mvc, users, workflow, clock).approve(team.chief(), Long.parseLong(first.substring(
                first.lastIndexOf('/') + 1)));
        assertThat(page(first, team.clerk())).contains("审批流程", "发起", "科室审核", "同意",
                directory.nameOf(team.chief()), "办理中");
        assertThat(page("/vehicle/statistics", MANAGER)).contains("用车统计", "按车辆", "导出 Excel");
        assertThat(page("/vehicle/statistics?month=2026-01", MANAGER)).contains("按驾驶员");
        mvc.perform(get("/vehicle/statistics?month=1999-01").with(users.as(MANAGER)))
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("月份不正确"));
        mvc.perform(get("/vehicle/statistics?month=abc").with(users.as(MANAGER)))
                .andExpect(status().is4xxClientError());
        // the unit's leaders read the unit's bookings and statistics
        assertThat(page("/vehicle/bookings", "czj.head")).contains("本单位用车", destination);
        assertThat(page("/vehicle/statistics", "czj.head")).contains("按科室");
    }

    @Test
    void theApiIsDescribedWithItsOwnSchemas() throws Exception {
        String docs = page("/v3/api-docs", MANAGER);
        assertThat(docs).contains("\"/api/v1/vehicle/bookings\"", "\"/api/v1/vehicle/bookings/{id}/assignment\"",
                "\"/api/v1/vehicle/cars\"", "\"/api/v1/vehicle/trips\"", "\"VehicleBookingForm\"",
                "\"VehicleUseReport\"", "申请用车", "派车");
    }

    private String book(String user, String destination, LocalDateTime start, String key) throws Exception {
        return mvc.perform(post("/vehicle/bookings").with(users.as(user)).with(csrf())
                        .param("startsAt", start.toString()).param("endsAt", start.plusHours(10).toString())
                        .param("scope", "OUT_OF_CITY").param("destination", destination).param("passengers", "4")
                        .param("reason", "实地核查项目资金").param("requestKey", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
