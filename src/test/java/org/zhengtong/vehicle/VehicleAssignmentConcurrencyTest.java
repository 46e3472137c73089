package org.zhengtong.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengtong.vehicle.VehicleTestKit.MANAGER;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.Together;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.vehicle.internal.TripForms;
import org.zhengtong.vehicle.internal.VehicleBookingService;
import org.zhengtong.workflow.Workflow;

/**
 * Two bookings of overlapping periods, both at 派车, assigned the same car (or the same driver) at the same moment:
 * exactly one assignment is saved, the other refused with the clash message and its booking still waits at 派车 —
 * on the real database, the second waiting for the first's lock on the car's (the driver's) row.
 */
@IntegrationTest
class VehicleAssignmentConcurrencyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired PlatformFixtures platform;
    @Autowired AsUser as;
    @Autowired VehicleBookingService bookings;
    @Autowired JdbcTemplate jdbc;

    @Test
    void ofTwoAssignmentsOfOneCarMadeTogetherExactlyOneWins() throws Exception {
        VehicleTestKit kit = new VehicleTestKit(mvc, users, workflow, clock);
        PlatformFixtures.Team team = platform.newTeam();
        String driverPerson = platform.newClerk(team, "测试驾驶员", "0735-1");
        long car = kit.addCar(VehicleTestKit.freshPlate(), 5, 0);
        long firstDriver = kit.addDriver(team.clerk2());
        long secondDriver = kit.addDriver(driverPerson);
        long first = kit.book(team.clerk(), 5, TestUsers.unique("永兴县"), 2);
        long second = kit.book(team.clerk2(), 5, TestUsers.unique("嘉禾县"), 2);
        kit.approve(team.chief(), first);
        kit.approve(team.chief(), second);

        List<String> outcomes = Together.run(List.of(
                () -> assign(first, car, firstDriver), () -> assign(second, car, secondDriver)));
        assertThat(outcomes).containsExactlyInAnyOrder("assigned", "vehicle.error.carTaken");
        assertThat(jdbc.queryForObject("select count(*) from vehicle_booking where car_id = ? and status = 'ASSIGNED'",
                Long.class, car)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from vehicle_booking where id in (?, ?) and status = 'APPROVED'"
                + " and car_id is null", Long.class, first, second)).isEqualTo(1);
    }

    @Test
    void ofTwoAssignmentsOfOneDriverMadeTogetherExactlyOneWins() throws Exception {
        VehicleTestKit kit = new VehicleTestKit(mvc, users, workflow, clock);
        PlatformFixtures.Team team = platform.newTeam();
        long firstCar = kit.addCar(VehicleTestKit.freshPlate(), 5, 0);
        long secondCar = kit.addCar(VehicleTestKit.freshPlate(), 5, 0);
        long driver = kit.addDriver(team.clerk2());
        long first = kit.book(team.clerk(), 6, TestUsers.unique("汝城县"), 2);
        long second = kit.book(team.chief(), 6, TestUsers.unique("桂东县"), 2);
        kit.approve(team.chief(), first);
        kit.approve(team.chief(), second);

        List<String> outcomes = Together.run(List.of(
                () -> assign(first, firstCar, driver), () -> assign(second, secondCar, driver)));
        assertThat(outcomes).containsExactlyInAnyOrder("assigned", "vehicle.error.driverTaken");
        assertThat(jdbc.queryForObject("select count(*) from vehicle_booking where driver_id = ? and status = 'ASSIGNED'",
                Long.class, driver)).isEqualTo(1);
    }

    private String assign(long booking, long car, long driver) {
        try {
            as.run(MANAGER, () -> bookings.dispatch(booking, new TripForms.Assignment(car, driver, "派车")));
            return "assigned";
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
    }
}
