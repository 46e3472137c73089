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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Bad input is refused with a clear Chinese message and a 4xx, and nothing is saved: a booking ending before it
 * starts, more passengers than any car seats or than the assigned car seats, a plate that is no Chinese plate, a
 * departure below the car's last mileage, a return below the departure.
 */
@IntegrationTest
class VehicleInputTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;

    VehicleTestKit kit;

    @BeforeEach
    void kit() {
        kit = new VehicleTestKit(mvc, users, workflow, clock);
    }

    @Test
    void aBookingEndingBeforeItStartsOrForTooManyIsRefusedAndNothingSaved() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(14);
        long before = bookingsOf(team.clerk());
        refused(kit.postJson("/api/v1/vehicle/bookings", team.clerk(),
                VehicleTestKit.body(start, start.minusHours(2), "苏仙区", 2)), "用车结束时间须晚于开始时间");
        refused(kit.postJson("/api/v1/vehicle/bookings", team.clerk(),
                VehicleTestKit.body(start, start, "苏仙区", 2)), "用车结束时间须晚于开始时间");
        // the demo unit's largest car seats 19
        refused(kit.postJson("/api/v1/vehicle/bookings", team.clerk(),
                VehicleTestKit.body(start, start.plusHours(2), "苏仙区", 40)), "乘车人数须在 1 至 60 之间",
                "本单位没有可乘坐 40 人的车辆");
        refused(kit.postJson("/api/v1/vehicle/bookings", team.clerk(), """
                {"startsAt": "%s", "endsAt": "%s", "destination": " ", "passengers": 0, "reason": ""}"""
                .formatted(start, start.plusHours(1))), "请填写目的地");
        assertThat(bookingsOf(team.clerk())).isEqualTo(before);
        assertThat(workflow.todo(team.chief())).isEmpty();

        // on the page: 400 with the message, the form shown again
        mvc.perform(post("/vehicle/bookings").with(users.as(team.clerk())).with(csrf())
                        .param("startsAt", start.toString()).param("endsAt", start.minusHours(1).toString())
                        .param("destination", "苏仙区").param("passengers", "2").param("reason", "调研"))
                .andExpect(status().is4xxClientError())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("用车结束时间须晚于开始时间",
                        "id=\"booking-form\""));
        assertThat(bookingsOf(team.clerk())).isEqualTo(before);
    }

    @Test
    void aPlateThatIsNoChinesePlateIsRefused() throws Exception {
        long before = jdbc.queryForObject("select count(*) from vehicle_car", Long.class);
        for (String plate : new String[] {"ABC1234", "湘1A2345", "湘LI1234", "湘LA123", "湘LA12345X", "<b>湘L</b>"}) {
            refused(kit.postJson("/api/v1/vehicle/cars", MANAGER, """
                    {"plate": "%s", "type": "SEDAN", "seats": 5, "status": "AVAILABLE", "mileage": 0}"""
                    .formatted(plate)), "车牌号", "格式不正确", "请填写车牌号");
        }
        String plate = VehicleTestKit.freshPlate();
        kit.addCar(plate.substring(0, 2) + "·" + plate.substring(2), 5, 0);
        refused(kit.postJson("/api/v1/vehicle/cars", MANAGER, """
                {"plate": "%s", "type": "SEDAN", "seats": 5, "status": "AVAILABLE", "mileage": 0}"""
                .formatted(plate)), "已登记");
        mvc.perform(post("/vehicle/cars").with(users.as(MANAGER)).with(csrf()).param("plate", "京O12345")
                        .param("type", "SEDAN").param("seats", "5").param("status", "AVAILABLE").param("mileage", "0"))
                .andExpect(status().is4xxClientError())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("格式不正确"));
        assertThat(jdbc.queryForObject("select count(*) from vehicle_car", Long.class)).isEqualTo(before + 1);
    }

    @Test
    void aCarWithTooFewSeatsIsNotAssignedAndMileageNeverGoesBack() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        long small = kit.addCar(VehicleTestKit.freshPlate(), 4, 30_000);
        long large = kit.addCar(VehicleTestKit.freshPlate(), 7, 30_000);
        long driver = kit.addDriver(team.clerk2());
        long id = kit.book(team.clerk(), 8, TestUsers.unique("宜章县"), 6);
        kit.approve(team.chief(), id);
        refused(kit.assign(MANAGER, id, small, driver), "只有 4 个座位，不够 6 人乘坐");
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(MANAGER)))
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.carId").isEmpty());
        kit.assign(MANAGER, id, large, driver).andExpect(status().isOk());

        refused(kit.postJson("/api/v1/vehicle/bookings/{id}/return", team.clerk2(), "{\"mileage\": 30100}", id),
                "只有已出车的用车可以登记还车");
        refused(kit.postJson("/api/v1/vehicle/bookings/{id}/departure", team.clerk2(), "{\"mileage\": 29999}", id),
                "出车里程 29999 公里小于车辆");
        refused(kit.postJson("/api/v1/vehicle/bookings/{id}/departure", team.clerk2(), "{\"mileage\": -1}", id),
                "里程须为 0 至 9999999 之间的整数");
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(MANAGER)))
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        kit.postJson("/api/v1/vehicle/bookings/{id}/departure", team.clerk2(), "{\"mileage\": 30010}", id)
                .andExpect(status().isOk());
        refused(kit.postJson("/api/v1/vehicle/bookings/{id}/return", team.clerk2(), "{\"mileage\": 30009}", id),
                "还车里程 30009 公里小于出车里程");
        refused(kit.postJson("/api/v1/vehicle/bookings/{id}/return", team.clerk2(),
                "{\"mileage\": 30050, \"fuelLitres\": -3}", id), "加油量和油费不能为负数");
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(MANAGER)))
                .andExpect(jsonPath("$.status").value("DEPARTED")).andExpect(jsonPath("$.returnMileage").isEmpty());
        // on the page: 409 with the message, the form shown again, nothing saved
        mvc.perform(post("/vehicle/bookings/{id}/return", id).with(users.as(team.clerk2())).with(csrf())
                        .param("mileage", "100"))
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("还车里程 100 公里小于出车里程",
                        "id=\"return-form\""));
        mvc.perform(get("/api/v1/vehicle/cars/{id}", large).with(users.as(MANAGER)))
                .andExpect(jsonPath("$.mileage").value(30010));
        // a car's mileage is not lowered by editing it either
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/vehicle/cars/{id}",
                        large).with(users.as(MANAGER)).with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                                {"plate": "%s", "type": "MPV", "seats": 7, "status": "AVAILABLE", "mileage": 100}"""
                                .formatted(jdbc.queryForObject("select plate from vehicle_car where id = ?",
                                        String.class, large))))
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("里程不能小于已记录的里程"));
    }

    private long bookingsOf(String username) {
        return jdbc.queryForObject("select count(*) from vehicle_booking where booked_by = ?", Long.class, username);
    }

    /** A 4xx whose message says one of the texts. */
    private static void refused(ResultActions result, String... oneOf) throws Exception {
        result.andExpect(status().is4xxClientError()).andExpect(r -> {
            String body = r.getResponse().getContentAsString();
            assertThat(oneOf).as(body).anyMatch(body::contains);
        });
    }
}
