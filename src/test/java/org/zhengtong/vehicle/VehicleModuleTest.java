package org.zhengtong.vehicle;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.vehicle.VehicleTestKit.MANAGER;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * 车辆管理 with only the modules it uses started (the workflow kit, notification, search and the platform): a booking
 * made through the API is approved by the booker's 科长 and assigned a car and driver by the fleet manager at 派车.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import({TestUsers.class, PlatformFixtures.class})
class VehicleModuleTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired Clock clock;
    @Autowired PlatformFixtures platform;

    @Test
    void aBookingIsApprovedAndAssigned() throws Exception {
        VehicleTestKit kit = new VehicleTestKit(mvc, users, workflow, clock);
        PlatformFixtures.Team team = platform.newTeam();
        long car = kit.addCar(VehicleTestKit.freshPlate(), 5, 0);
        long driver = kit.addDriver(team.clerk2());
        long id = kit.book(team.clerk(), 20, TestUsers.unique("苏仙区"), 3);
        kit.approve(team.chief(), id);
        kit.assign(MANAGER, id, car, driver).andExpect(status().isOk());
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.driverName").isNotEmpty());
    }
}
