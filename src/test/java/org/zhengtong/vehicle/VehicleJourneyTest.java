package org.zhengtong.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.vehicle.VehicleTestKit.MANAGER;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * A clerk books a car for a trip to 苏仙区; her 科长 approves in his to-do window, the fleet manager assigns a car and
 * a driver at 派车, the driver records the departure and the return with mileage and fuel, and the month's report
 * (page, API and Excel read back with POI) counts the trip per car, driver and department; 综合检索 finds it.
 */
@IntegrationTest
class VehicleJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired PlatformFixtures platform;

    VehicleTestKit kit;

    @BeforeEach
    void kit() {
        kit = new VehicleTestKit(mvc, users, workflow, clock);
    }

    @Test
    void aBookingIsApprovedAssignedDrivenReturnedAndReported() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String plate = VehicleTestKit.freshPlate();
        long car = kit.addCar(plate, 5, 48_000);
        long driver = kit.addDriver(team.clerk2());
        String destination = TestUsers.unique("苏仙区政府");

        long id = kit.book(team.clerk(), 1, destination, 3);
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("用车")));
        // 科室审核 in the 科长's one to-do window
        mvc.perform(get("/api/v1/todo").with(users.as(team.chief()))).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(destination));
        assertThat(page("/vehicle/bookings/" + id, team.chief())).contains("科室审核", "不同意", "同意");
        kit.approve(team.chief(), id);
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("APPROVED"));

        // 派车 at the fleet manager: the page offers the free car and driver; the tile counts it
        TodoTask dispatch = kit.task(MANAGER, id);
        assertThat(dispatch.activityId()).isEqualTo("dispatch");
        assertThat(page("/vehicle/bookings/" + id, MANAGER)).contains("派出车辆", plate, "dispatch-driver");
        assertThat(page("/", MANAGER)).contains("待派车", destination);
        kit.assign(MANAGER, id, car, driver).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED")).andExpect(jsonPath("$.carPlate").value(plate));
        assertThat(workflow.todo(MANAGER)).noneMatch(t -> t.businessKey().equals("vehicle:" + id));

        // the driver sees the trip (on his home page too) and records it
        assertThat(page("/", team.clerk2())).contains("我的出车任务", destination);
        mvc.perform(get("/api/v1/vehicle/trips").with(users.as(team.clerk2())))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(destination));
        kit.postJson("/api/v1/vehicle/bookings/{id}/departure", team.clerk2(), "{\"mileage\": 48000}", id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEPARTED"));
        clock.advance(Duration.ofHours(3));
        try {
            kit.postJson("/api/v1/vehicle/bookings/{id}/return", team.clerk2(),
                            "{\"mileage\": 48052, \"fuelLitres\": 6.5, \"fuelCost\": 48.75, \"tripNote\": \"顺利\"}", id)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                    .andExpect(jsonPath("$.distance").value(52));
        } finally {
            clock.reset();
        }
        mvc.perform(get("/api/v1/vehicle/cars/{id}", car).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.mileage").value(48052));

        // the month's report
        String month = YearMonth.now(clock).toString();
        String report = mvc.perform(get("/api/v1/vehicle/statistics").param("month", month)
                        .with(users.as(MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> lines = JsonPath.read(report, "$.cars[?(@.name == '" + plate + "')].line");
        assertThat(lines).as(report).hasSize(1);
        assertThat(lines.get(0)).containsEntry("trips", 1).containsEntry("km", 52).containsEntry("hours", 3.0);
        assertThat(page("/vehicle/statistics?month=" + month, MANAGER)).contains("按车辆", plate, "按驾驶员", "按科室");

        byte[] xlsx = mvc.perform(get("/vehicle/statistics/export").param("month", month).with(users.as(MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet byCar = workbook.getSheet("按车辆");
            assertThat(byCar.getRow(0).getCell(2).getStringCellValue()).isEqualTo("里程（公里）");
            Map<String, Row> rows = new java.util.HashMap<>();
            byCar.forEach(row -> rows.put(row.getCell(0).getStringCellValue(), row));
            assertThat(rows).containsKey(plate);
            assertThat(rows.get(plate).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(rows.get(plate).getCell(2).getNumericCellValue()).isEqualTo(52.0);
            assertThat(rows.get(plate).getCell(3).getNumericCellValue()).isEqualTo(6.5);
            Sheet trips = workbook.getSheet("出车明细");
            boolean found = false;
            for (Row row : trips) {
                found |= destination.equals(row.getCell(3).getStringCellValue());
            }
            assertThat(found).as("the trip is in the details").isTrue();
        }

        // the booker sees it among her own, and 综合检索 finds it for her
        assertThat(page("/vehicle/bookings", team.clerk())).contains(destination, "已还车");
        mvc.perform(get("/api/v1/search").param("q", destination).with(users.as(team.clerk())))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(destination));
    }

    @Test
    void aRefusalAtAnyStepEndsTheBookingWithItsReason() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        kit.addCar(VehicleTestKit.freshPlate(), 5, 0);
        long id = kit.book(team.clerk(), 2, TestUsers.unique("北湖区"), 2);
        kit.postJson("/api/v1/tasks/{taskId}/refuse", team.chief(), "{\"reason\": \"可乘公交前往\"}",
                kit.task(team.chief(), id).taskId()).andExpect(status().isOk());
        mvc.perform(get("/api/v1/vehicle/bookings/{id}", id).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decisionNote").value("可乘公交前往"));
        assertThat(workflow.todo(MANAGER)).noneMatch(t -> t.businessKey().equals("vehicle:" + id));
        assertThat(workflow.todo(team.chief())).noneMatch(t -> t.businessKey().equals("vehicle:" + id));
    }

    @Test
    void anAssignedBookingCancelledFreesItsCarForAnother() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        long car = kit.addCar(VehicleTestKit.freshPlate(), 5, 0);
        long driver = kit.addDriver(team.clerk2());
        long first = kit.book(team.clerk(), 3, TestUsers.unique("资兴市"), 2);
        long second = kit.book(team.chief(), 3, TestUsers.unique("桂阳县"), 2);
        kit.approve(team.chief(), first);
        kit.approve(team.chief(), second);
        kit.assign(MANAGER, first, car, driver).andExpect(status().isOk());
        kit.assign(MANAGER, second, car, driver).andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("已派给其他用车"));
        kit.postJson("/api/v1/vehicle/bookings/{id}/cancel", team.clerk(), "{\"reason\": \"会议改期\"}", first)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        kit.assign(MANAGER, second, car, driver).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
