package org.zhengtong.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengtong.vehicle.VehicleTestKit.MANAGER;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.vehicle.internal.VehicleReminders;
import org.zhengtong.workflow.Workflow;

/**
 * 车辆到期提醒 with the test clock: a car's maintenance, insurance and annual inspection are reminded to the unit's
 * fleet managers from 30 days before they fall due, each due date once however often the sweep runs, not to
 * another unit's managers, and a new due date is reminded anew.
 */
@IntegrationTest
class VehicleRemindersTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired VehicleReminders reminders;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void dueDatesAreRemindedToTheFleetManagersOnceEachBeforeTheyFallDue() throws Exception {
        VehicleTestKit kit = new VehicleTestKit(mvc, users, workflow, clock);
        String plate = VehicleTestKit.freshPlate();
        LocalDate today = LocalDate.now(clock);
        long car = VehicleTestKit.id(kit.postJson("/api/v1/vehicle/cars", MANAGER, """
                {"plate": "%s", "type": "SEDAN", "seats": 5, "status": "AVAILABLE", "mileage": 0,
                 "maintenanceDue": "%s", "insuranceDue": "%s", "inspectionDue": "%s"}"""
                .formatted(plate, today.plusDays(32), today.plusDays(45), today.plusDays(200))));
        String link = "/vehicle/cars/" + car;

        reminders.sweep();
        assertThat(remindedTo(MANAGER, link)).isZero();

        clock.advance(Duration.ofDays(3));
        reminders.sweep();
        reminders.sweep();
        assertThat(remindedTo(MANAGER, link)).as("maintenance, 29 days ahead, once").isEqualTo(1);
        assertThat(titles(MANAGER, link)).containsExactly(plate + "保养即将到期");
        assertThat(remindedTo("jyj.office", link)).isZero();

        clock.advance(Duration.ofDays(14));
        reminders.sweep();
        assertThat(remindedTo(MANAGER, link)).as("and the insurance, 28 days ahead").isEqualTo(2);

        // overdue maintenance still reminded once; a new due date anew
        clock.advance(Duration.ofDays(20));
        reminders.sweep();
        assertThat(remindedTo(MANAGER, link)).isEqualTo(2);
        mvc.perform(put("/api/v1/vehicle/cars/{id}", car).with(users.as(MANAGER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"plate": "%s", "type": "SEDAN", "seats": 5, "status": "AVAILABLE", "mileage": 0,
                                 "maintenanceDue": "%s", "insuranceDue": "%s", "inspectionDue": "%s"}"""
                                .formatted(plate, LocalDate.now(clock).plusDays(10), today.plusDays(45),
                                        today.plusDays(200))))
                .andExpect(status().isOk());
        reminders.sweep();
        assertThat(remindedTo(MANAGER, link)).isEqualTo(3);

        // a car out of service is not reminded
        jdbc.update("update vehicle_car set status = 'DISABLED', inspection_due = ? where id = ?",
                LocalDate.now(clock).plusDays(1), car);
        reminders.sweep();
        assertThat(remindedTo(MANAGER, link)).isEqualTo(3);
    }

    private long remindedTo(String username, String link) {
        return jdbc.queryForObject("select count(*) from ntf_notification where recipient = ? and link = ?",
                Long.class, username, link);
    }

    private java.util.List<String> titles(String username, String link) {
        return jdbc.queryForList("select title from ntf_notification where recipient = ? and link = ?", String.class,
                username, link);
    }
}
