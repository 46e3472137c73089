package org.zhengtong.taskforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Every page of 专项工作: the list (and the 成立 form for the 专项工作管理员), a group's structure with its office's
 * forms, the printed structure (PDF), the office's board with 交办 and 催办, a task's page with the report form for its
 * handler and the kit's actions; a refused form shows the page again with the reason and 409.
 */
@IntegrationTest
class TaskForcePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;

    @Test
    void theListTheStructureTheBoardAndTheTaskPages() throws Exception {
        TaskForceTestKit kit = new TaskForceTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        TaskForceTestKit.Fixture group = kit.taskForce(team);
        String title = TestUsers.unique("汇总资产数据");
        long task = kit.hand(team.chief(), group, title, 5);

        assertThat(page("/taskforce", TaskForceTestKit.ADMIN)).contains(group.name(), "成立专项工作小组");
        assertThat(page("/taskforce", team.leader())).contains(group.name()).doesNotContain("create-form");
        assertThat(page("/taskforce/" + group.id(), team.chief()))
                .contains(group.name(), "测政办〔2026〕1号", "基础信息梳理组", "侧重负责基础信息梳理组", "办公室主任",
                        "member-form", "召开小组会议", "撤销小组");
        assertThat(page("/taskforce/" + group.id(), team.leader())).contains("基础信息梳理组")
                .doesNotContain("member-form", "call-meeting");
        byte[] pdf = mvc.perform(get("/taskforce/{id}/structure.pdf", group.id()).with(users.as(team.leader())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(page("/taskforce/" + group.id() + "/board", team.chief()))
                .contains(title, "办理中", "hand-form", "催办");
        assertThat(page("/taskforce/tasks/" + task, team.clerk())).contains(title, "报送进展", "提交办结");
        assertThat(page("/taskforce/tasks/" + task, team.chief())).contains(title).doesNotContain("report-form");

        // forms: a member added through the page, a refused one shown again with the reason
        mvc.perform(post("/taskforce/{id}/members", group.id()).param("role", "OFFICE_STAFF")
                        .param("username", team.clerk2()).param("title", "工作人员").with(users.as(team.chief()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/taskforce/{id}/members", group.id()).param("role", "OFFICE_STAFF")
                        .param("username", team.clerk2()).with(users.as(team.chief())).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("已是该身份");
        mvc.perform(post("/taskforce/{id}/tasks", group.id()).param("groupId", String.valueOf(group.groupId()))
                        .param("title", TestUsers.unique("页面交办")).param("workingDays", "4")
                        .with(users.as(team.chief())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/taskforce/tasks/*"));
        mvc.perform(post("/taskforce/{id}/tasks/{t}/urge", group.id(), task).with(users.as(team.chief()))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
