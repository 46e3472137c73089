package org.zhengtong.taskforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.WorkingDays;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * A task's deadline on the test clock: handed out for 3 working days, its 办理 step is due at the end of that day;
 * the day after, it is late on the office's board, on its page and in 督办, and the office's 催办 (the kit's urging)
 * reaches the handler as a reminder.
 */
@IntegrationTest
class TaskForceDeadlineTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired WorkingDays workingDays;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLateTaskIsShownLateAndUrged() throws Exception {
        TaskForceTestKit kit = new TaskForceTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        TaskForceTestKit.Fixture group = kit.taskForce(team);
        String title = TestUsers.unique("梳理无证资产清单");
        long task = kit.hand(team.chief(), group, title, 3);

        LocalDate due = workingDays.plusWorkingDays(LocalDate.now(clock), 3);
        kit.view(team.chief(), task).andExpect(jsonPath("$.dueDate").value(due.toString()))
                .andExpect(jsonPath("$.overdue").value(false));
        TodoTask handle = kit.task(team.clerk(), task);
        assertThat(handle.due()).isEqualTo(due.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());

        ZonedDateTime dayAfter = due.plusDays(1).atTime(10, 0).atZone(clock.getZone());
        clock.advance(Duration.between(clock.instant(), dayAfter.toInstant()));
        kit.view(team.chief(), task).andExpect(jsonPath("$.overdue").value(true));
        assertThat(page("/taskforce/" + group.id() + "/board", team.chief())).contains(title, "已超期", "超期 1 项");
        assertThat(page("/todo/supervision", team.chief())).contains(title);

        kit.postJson("/api/v1/taskforces/tasks/{id}/urge", team.chief(), "{\"message\": \"请于明日前报送\"}", task)
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from ntf_notification where recipient = ? and title = ?", Long.class,
                team.clerk(), "催办：办理")).isEqualTo(1));
        // every member of the office chases it, not only the one who handed it out
        kit.postJson("/api/v1/taskforces/{id}/members", team.chief(), """
                {"role": "OFFICE_STAFF", "username": "%s", "title": "科员"}""".formatted(team.clerk2()), group.id())
                .andExpect(status().isOk());
        assertThat(page("/taskforce/tasks/" + task, team.clerk2())).as("the urge form").contains("/urge\"");
        kit.postJson("/api/v1/taskforces/tasks/{id}/urge", team.clerk2(), "{}", task).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from ntf_notification where recipient = ? and title = ?", Long.class,
                team.clerk(), "催办：办理")).isEqualTo(2));
        // someone the group does not involve cannot urge it
        kit.postJson("/api/v1/taskforces/tasks/{id}/urge", TaskForceTestKit.OUTSIDER, "{}", task)
                .andExpect(status().isForbidden());
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
