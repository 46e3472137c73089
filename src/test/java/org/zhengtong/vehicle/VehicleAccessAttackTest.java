package org.zhengtong.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.vehicle.VehicleTestKit.MANAGER;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Every rule checked on the server whatever a request names: another unit's fleet manager sees and changes nothing of
 * 市财政局's fleet; a booker may not act as the fleet manager; a colleague does not read someone else's booking; a
 * forged id (another unit's car or driver at 派车, an unknown booking) is refused and nothing changes.
 */
@IntegrationTest
class VehicleAccessAttackTest {

    /** 市教育局's unit administrator: the fleet manager of another unit. */
    static final String OTHER_MANAGER = "jyj.office";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired PlatformFixtures platform;

    @Test
    void anotherUnitsManagerNeitherSeesNorChangesTheFleetOrItsBookings() throws Exception {
        VehicleTestKit kit = new VehicleTestKit(mvc, users, workflow, clock);
        PlatformFixtures.Team team = platform.newTeam();
        String plate = VehicleTestKit.freshPlate();
        long car = kit.addCar(plate, 5, 1000);
        long driver = kit.addDriver(team.clerk2());
        long id = kit.book(team.clerk(), 9, TestUsers.unique("临武县"), 2);

        for (String path : new String[] {"/api/v1/vehicle/bookings/" + id, "/vehicle/bookings/" + id,
                "/api/v1/vehicle/cars/" + car, "/vehicle/cars/" + car, "/vehicle/cars/" + car + "/edit"}) {
            mvc.perform(get(path).with(users.as(OTHER_MANAGER))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/vehicle/cars").with(users.as(OTHER_MANAGER)))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain(plate));
        mvc.perform(get("/api/v1/vehicle/drivers").with(users.as(OTHER_MANAGER)))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain(team.clerk2()));
        mvc.perform(get("/api/v1/vehicle/bookings/unit").with(users.as(OTHER_MANAGER)))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("临武县"));
        mvc.perform(put("/api/v1/vehicle/cars/{id}", car).with(users.as(OTHER_MANAGER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"plate": "%s", "type": "SEDAN", "seats": 5, "status": "DISABLED", "mileage": 5000}"""
                                .formatted(plate)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/vehicle/drivers/{id}", driver).with(users.as(OTHER_MANAGER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username": "%s", "licenceClass": "A1", "phone": "110", "active": false}"""
                                .formatted(team.clerk2())))
                .andExpect(status().isForbidden());
        kit.approve(team.chief(), id);
        kit.assign(OTHER_MANAGER, id, car, driver).andExpect(status().isForbidden());
        // a driver of another unit cannot be taken on either
        kit.postJson("/api/v1/vehicle/drivers", OTHER_MANAGER, """
                {"username": "%s", "licenceClass": "B1", "phone": "13900000000"}""".formatted(team.clerk()))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/vehicle/cars/{id}", car).with(users.as(MANAGER)))
                .andExpect(jsonPath("$.status").value("AVAILABLE")).andExpect(jsonPath("$.mileage").value(1000));
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(MANAGER)))
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void aBookerIsNoFleetManagerAndAColleagueDoesNotReadHerBooking() throws Exception {
        VehicleTestKit kit = new VehicleTestKit(mvc, users, workflow, clock);
        PlatformFixtures.Team team = platform.newTeam();
        String colleague = platform.newClerk(team, "旁观者", "0735-2");
        long car = kit.addCar(VehicleTestKit.freshPlate(), 5, 0);
        long driver = kit.addDriver(team.clerk2());
        long id = kit.book(team.clerk(), 10, TestUsers.unique("安仁县"), 2);

        kit.postJson("/api/v1/vehicle/cars", team.clerk(), """
                {"plate": "%s", "type": "SEDAN", "seats": 5, "status": "AVAILABLE", "mileage": 0}"""
                .formatted(VehicleTestKit.freshPlate())).andExpect(status().isForbidden());
        mvc.perform(get("/vehicle/cars/new").with(users.as(team.clerk()))).andExpect(status().isForbidden());
        mvc.perform(get("/vehicle/drivers").with(users.as(team.clerk()))).andExpect(status().isForbidden());
        mvc.perform(get("/vehicle/statistics").with(users.as(team.clerk()))).andExpect(status().isForbidden());
        mvc.perform(get("/vehicle/statistics/export").with(users.as(team.clerk()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/vehicle/bookings/unit").with(users.as(team.clerk()))).andExpect(status().isForbidden());
        kit.postJson("/api/v1/vehicle/drivers", team.clerk(), """
                {"username": "%s", "licenceClass": "B1", "phone": "13900000000"}""".formatted(team.clerk()))
                .andExpect(status().isForbidden());

        // the booker cannot approve her own booking nor dispatch it
        kit.approve(team.chief(), id);
        kit.assign(team.clerk(), id, car, driver).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        // a colleague of the same unit does not read it, nor find it
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(colleague))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/search").param("q", "安仁县").with(users.as(colleague)))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("vehicle/bookings/" + id));

        kit.assign(MANAGER, id, car, driver).andExpect(status().isOk());
        // only the driver (or the manager) records the trip; the booker does not cancel another's trip record
        kit.postJson("/api/v1/vehicle/bookings/{id}/departure", team.clerk(), "{\"mileage\": 10}", id)
                .andExpect(status().isForbidden());
        kit.postJson("/api/v1/vehicle/bookings/{id}/departure", colleague, "{\"mileage\": 10}", id)
                .andExpect(status().isForbidden());
        kit.postJson("/api/v1/vehicle/bookings/{id}/cancel", colleague, "{\"reason\": \"捣乱\"}", id)
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
    }

    @Test
    void forgedIdsAreRefusedAndChangeNothing() throws Exception {
        VehicleTestKit kit = new VehicleTestKit(mvc, users, workflow, clock);
        PlatformFixtures.Team team = platform.newTeam();
        long driver = kit.addDriver(team.clerk2());
        long car = kit.addCar(VehicleTestKit.freshPlate(), 5, 0);
        // another unit's car and driver
        long otherCar = ((Number) com.jayway.jsonpath.JsonPath.read(kit.postJson("/api/v1/vehicle/cars", OTHER_MANAGER, """
                {"plate": "%s", "type": "SEDAN", "seats": 5, "status": "AVAILABLE", "mileage": 0}"""
                .formatted(VehicleTestKit.freshPlate())).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
        long id = kit.book(team.clerk(), 11, TestUsers.unique("资兴市"), 2);
        kit.approve(team.chief(), id);

        kit.assign(MANAGER, id, otherCar, driver).andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("请选择本单位的车辆"));
        kit.assign(MANAGER, id, Long.MAX_VALUE, driver).andExpect(status().isConflict());
        kit.assign(MANAGER, id, car, Long.MAX_VALUE).andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("请选择本单位的驾驶员"));
        // the page's 派车 form with a forged choice
        mvc.perform(post("/tasks/{taskId}/send", kit.task(MANAGER, id).taskId()).with(users.as(MANAGER)).with(csrf())
                        .param("taskId", kit.task(MANAGER, id).taskId()).param("carId", "abc")
                        .param("driverId", String.valueOf(driver)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "请选择本单位的车辆。"));
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(MANAGER)))
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.carId").isEmpty());

        mvc.perform(get("/api/v1/vehicle/bookings/{id}", Long.MAX_VALUE).with(users.as(MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/vehicle/bookings/{id}", Long.MAX_VALUE).with(users.as(MANAGER)))
                .andExpect(status().isNotFound());
        kit.postJson("/api/v1/vehicle/bookings/{id}/departure", MANAGER, "{\"mileage\": 1}", Long.MAX_VALUE)
                .andExpect(status().isNotFound());
        mvc.perform(get("/vehicle/cars/{id}", otherCar).with(users.as(MANAGER))).andExpect(status().isForbidden());
    }
}
