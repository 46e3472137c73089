package org.zhengtong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.petition.PetitionTestKit.HOUSING;
import static org.zhengtong.petition.PetitionTestKit.LEADER;
import static org.zhengtong.petition.PetitionTestKit.OFFICE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.petition.internal.PetitionDeadlines;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.WorkingDays;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.internal.SupervisionService;

/**
 * The 条例's deadlines on the test clock: a case's 拟办 is due at the end of the 15th working day after it was
 * received; three working days before, the handler is reminded (临期提醒, once); when the day has passed the task is
 * overdue, on the 督办 page and on the case, and the supervision sweep urges it (超期提醒). An approved extension moves
 * the 办理 deadline by 30 working days, with the open tasks' due dates.
 */
@IntegrationTest
class PetitionDeadlineTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired WorkingDays workingDays;
    @Autowired MutableClock clock;
    @Autowired PetitionDeadlines deadlines;
    @Autowired SupervisionService supervision;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theAcceptanceDeadlineIsUrgedBeforeAndAfterItRunsOut() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        String summary = TestUsers.unique("楼道堆放杂物");
        long id = kit.register(PetitionTestKit.body("VISIT", "赵敏", PetitionTestKit.newIdNumber(), "13907350001",
                "HOUSING", summary, List.of()));
        LocalDate today = LocalDate.now(clock);
        LocalDate due = workingDays.plusWorkingDays(today, 15);
        TodoTask propose = kit.task(OFFICE, id, "propose");
        assertThat(propose.due()).isEqualTo(due.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
        kit.view(OFFICE, id).andExpect(jsonPath("$.workingDaysLeft").value(15));

        // two working days before: reminded once, however often the watch runs
        LocalDate warnDay = due.minusDays(1);
        while (workingDays.workingDaysBetween(warnDay, due) < 2) {
            warnDay = warnDay.minusDays(1);
        }
        moveTo(warnDay);
        deadlines.remind();
        deadlines.remind();
        String number = com.jayway.jsonpath.JsonPath.read(kit.view(OFFICE, id).andReturn().getResponse()
                .getContentAsString(), "$.number");
        assertThat(notifications(OFFICE, "信访期限临近：拟办（" + number + "）")).isEqualTo(1);

        // the day after the deadline: overdue on the case and in 督办, urged by the supervision sweep
        moveTo(due.plusDays(1));
        kit.view(OFFICE, id).andExpect(jsonPath("$.workingDaysLeft").value(org.hamcrest.Matchers.lessThan(0)));
        assertThat(mvc.perform(get("/petitions/{id}", id).with(users.as(OFFICE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("已超期");
        assertThat(mvc.perform(get("/todo/supervision").with(users.as(OFFICE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(summary);
        supervision.sweep();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(notifications(OFFICE, "超期提醒：拟办%")).isPositive());
        assertThat(jdbc.queryForObject("select reminder_count from wf_urging where task_id = ?", Integer.class,
                propose.taskId())).isEqualTo(1);
    }

    @Test
    void anApprovedExtensionMovesTheHandlingDeadlineAndTheOpenTasks() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        long id = kit.handedToTwoUnits(TestUsers.unique("老旧小区改造"));
        LocalDate handleDue = workingDays.plusWorkingDays(LocalDate.now(clock), 60);
        kit.view(OFFICE, id).andExpect(jsonPath("$.handleDue").value(handleDue.toString()));

        mvc.perform(post("/api/v1/petitions/{id}/extension", id).with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"涉及多部门，需进一步调查\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.extensionPending").value(true));
        // only once at a time
        mvc.perform(post("/api/v1/petitions/{id}/extension", id).with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"再次申请\"}"))
                .andExpect(status().isConflict());
        TodoTask approval = workflow.todo(LEADER).stream()
                .filter(t -> t.businessKey().equals("petition-extension:" + id)).findFirst().orElseThrow();
        mvc.perform(post("/api/v1/tasks/{taskId}/send", approval.taskId()).with(users.as(LEADER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"同意延期\"}"))
                .andExpect(status().isOk());

        LocalDate extended = workingDays.plusWorkingDays(handleDue, 30);
        kit.view(OFFICE, id).andExpect(jsonPath("$.handleDue").value(extended.toString()))
                .andExpect(jsonPath("$.extended").value(true));
        assertThat(kit.task(HOUSING, id, "handle").due())
                .isEqualTo(extended.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
        // and only once
        mvc.perform(post("/api/v1/petitions/{id}/extension", id).with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"再延\"}"))
                .andExpect(status().isConflict());
    }

    private void moveTo(LocalDate day) {
        ZonedDateTime target = day.atTime(10, 0).atZone(clock.getZone());
        clock.advance(Duration.between(clock.instant(), target.toInstant()));
    }

    private long notifications(String recipient, String titlePattern) {
        return jdbc.queryForObject("select count(*) from ntf_notification where recipient = ? and title like ?",
                Long.class, recipient, titlePattern);
    }
}
