package org.zhengtong.vehicle;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.TestUsers;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The vehicle tests' common steps through the API: 市财政局's fleet manager ({@code czj.office}) adds a car of a fresh
 * plate and a driver; a booker books; a step's handler finds and sends his task.
 */
final class VehicleTestKit {

    static final String MANAGER = "czj.office";
    static final String PLATE_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final MockMvc mvc;
    private final TestUsers users;
    private final Workflow workflow;
    private final Clock clock;

    VehicleTestKit(MockMvc mvc, TestUsers users, Workflow workflow, Clock clock) {
        this.mvc = mvc;
        this.users = users;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** A plate no other test has: 湘 + office letter + five characters of a counter. */
    static String freshPlate() {
        int n = SEQUENCE.incrementAndGet();
        StringBuilder plate = new StringBuilder("湘");
        plate.append(PLATE_CHARACTERS.charAt(Math.floorMod(n / 34 / 34 / 34 / 34 / 34, 24)));
        int rest = n;
        for (int i = 0; i < 5; i++) {
            plate.append(PLATE_CHARACTERS.charAt(Math.floorMod(rest, 34)));
            rest /= 34;
        }
        return plate.toString();
    }

    long addCar(String plate, int seats, int mileage) throws Exception {
        return id(postJson("/api/v1/vehicle/cars", MANAGER, """
                {"plate": "%s", "type": "SEDAN", "model": "测试车", "seats": %d, "status": "AVAILABLE",
                 "mileage": %d}""".formatted(plate, seats, mileage)).andExpect(status().isCreated()));
    }

    long addDriver(String username) throws Exception {
        return id(postJson("/api/v1/vehicle/drivers", MANAGER, """
                {"username": "%s", "licenceClass": "B1", "phone": "13907350000"}""".formatted(username))
                .andExpect(status().isCreated()));
    }

    /** A booking for tomorrow (plus days) from 09:00 for three hours. */
    long book(String booker, int days, String destination, int passengers) throws Exception {
        LocalDateTime start = LocalDateTime.now(clock).plusDays(days).truncatedTo(ChronoUnit.DAYS).withHour(9);
        return book(booker, start, start.plusHours(3), destination, passengers);
    }

    long book(String booker, LocalDateTime start, LocalDateTime end, String destination, int passengers)
            throws Exception {
        return id(postJson("/api/v1/vehicle/bookings", booker, body(start, end, destination, passengers))
                .andExpect(status().isCreated()));
    }

    static String body(LocalDateTime start, LocalDateTime end, String destination, int passengers) {
        return body("LOCAL", start, end, destination, passengers);
    }

    static String body(String scope, LocalDateTime start, LocalDateTime end, String destination, int passengers) {
        return """
                {"scope": "%s", "startsAt": "%s", "endsAt": "%s", "destination": "%s", "passengers": %d,
                 "reason": "督查财政资金使用情况"}""".formatted(scope, start, end, destination, passengers);
    }

    TodoTask task(String username, long bookingId) {
        return workflow.todo(username).stream().filter(t -> t.businessKey().equals("vehicle:" + bookingId))
                .findFirst().orElseThrow(() -> new AssertionError("no task of vehicle:" + bookingId + " for "
                        + username));
    }

    /** The booker's 科长 approves at 科室审核. */
    void approve(String chief, long bookingId) throws Exception {
        postJson("/api/v1/tasks/{taskId}/send", chief, "{\"opinion\": \"同意\"}", task(chief, bookingId).taskId())
                .andExpect(status().isOk());
    }

    ResultActions assign(String manager, long bookingId, long carId, long driverId) throws Exception {
        return postJson("/api/v1/vehicle/bookings/{id}/assignment", manager,
                "{\"carId\": %d, \"driverId\": %d, \"opinion\": \"派车\"}".formatted(carId, driverId), bookingId);
    }

    ResultActions postJson(String path, String user, String body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
