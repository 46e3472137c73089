package org.zhengtong.taskforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * The office of a coordination group hands a task to a working group; the lead unit's contact finds it in the one
 * to-do window, reports progress twice (with a file), submits completion; the office sends it back, the contact
 * submits again, the office accepts. The group then calls a meeting (a draft plan in 会议管理 with everyone named),
 * is closed and offered to the archive; 综合检索 finds the task.
 */
@IntegrationTest
class TaskForceJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aTaskIsHandedOutReportedSentBackAcceptedAndTheGroupClosed() throws Exception {
        TaskForceTestKit kit = new TaskForceTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        TaskForceTestKit.Fixture group = kit.taskForce(team);
        mvc.perform(get("/api/v1/taskforces/{id}", group.id()).with(users.as(team.leader())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.members[?(@.role == 'DEPUTY')].oversees[0]").value("基础信息梳理组"))
                .andExpect(jsonPath("$.groups[0].units[0].contactName").isNotEmpty());

        String title = TestUsers.unique("汇总非办公类资产基础数据");
        long task = kit.hand(team.chief(), group, title, 10);
        kit.view(team.clerk(), task).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HANDLING"))
                .andExpect(jsonPath("$.handler").value(team.clerk()))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("督")));
        mvc.perform(get("/api/v1/todo").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(title));

        // two progress reports, the second with a file
        mvc.perform(multipart("/api/v1/taskforces/tasks/{id}/progress", task).param("percentDone", "30")
                        .param("text", "已收到 5 个单位的清单").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.percentDone").value(30));
        MockMultipartFile sheet = new MockMultipartFile("files", "汇总表.csv", "text/csv",
                "单位,资产\n市财政局,门面房\n".getBytes(StandardCharsets.UTF_8));
        String view = mvc.perform(multipart("/api/v1/taskforces/tasks/{id}/progress", task).file(sheet)
                        .param("percentDone", "80").param("text", "已汇总 12 个单位").with(users.as(team.clerk()))
                        .with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.progress.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        long file = ((Number) JsonPath.read(view, "$.progress[1].files[0].id")).longValue();
        assertThat(mvc.perform(get("/taskforce/tasks/{id}/files/{f}", task, file).with(users.as(team.chief())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("门面房");
        mvc.perform(get("/api/v1/taskforces/{id}/tasks", group.id()).with(users.as(team.chief())))
                .andExpect(jsonPath("$[0].percentDone").value(80)).andExpect(jsonPath("$[0].overdue").value(false));

        // completion, sent back, completed again, accepted
        kit.send(team.clerk(), task, "已汇总全部单位数据").andExpect(status().isOk());
        kit.view(team.chief(), task).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.lastNote").value("已汇总全部单位数据"));
        kit.postJson("/api/v1/tasks/{taskId}/return", team.chief(), """
                {"target": "handle", "opinion": "缺少土地数据，请补充"}""", kit.task(team.chief(), task).taskId())
                .andExpect(status().isOk());
        kit.view(team.clerk(), task).andExpect(jsonPath("$.status").value("HANDLING"));
        kit.send(team.clerk(), task, "已补充土地数据").andExpect(status().isOk());
        kit.send(team.chief(), task, "验收通过").andExpect(status().isOk());
        kit.view(team.clerk(), task).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.percentDone").value(100));

        // a group meeting: a draft plan with the group's people attending, at 拟定 with the office's 主任
        String planned = kit.postJson("/api/v1/taskforces/{id}/meeting", team.chief(), """
                {"title": "协调推进小组第一次会议", "start": "2027-03-02T09:00", "end": "2027-03-02T11:00",
                 "location": "市财政局三楼会议室"}""", group.id()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long meeting = ((Number) JsonPath.read(planned, "$.meetingId")).longValue();
        assertThat(jdbc.queryForObject("select count(*) from meeting_invitee where meeting_id = ?", Long.class, meeting))
                .isEqualTo(3);

        // closed and offered to the archive
        kit.postJson("/api/v1/taskforces/{id}/close", team.chief(), "{}", group.id()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from arc_offer where source_kind = 'taskforce' and source_id = ?", Long.class,
                group.id())).isEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mvc.perform(get("/api/v1/search")
                        .param("q", title).with(users.as(team.chief()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("/taskforce/tasks/" + task));
    }
}
