package org.zhengtong.taskforce;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * The rules a task force keeps, attacked: a unit outside it reads nothing and changes nothing; a member of its
 * leading group reads it but does not edit its structure nor hand out tasks; ids of another group's member, working
 * group or task are refused; only the handler reports progress; a group with open tasks is not closed, and a closed
 * one is not changed — each refusal in Chinese, nothing changed.
 */
@IntegrationTest
class TaskForceAccessAttackTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;

    @Test
    void aUnitOutsideTheGroupSeesAndChangesNothing() throws Exception {
        TaskForceTestKit kit = new TaskForceTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        TaskForceTestKit.Fixture group = kit.taskForce(team);
        long task = kit.hand(team.chief(), group, TestUsers.unique("汇总数据"), 5);
        String outsider = TaskForceTestKit.OUTSIDER;

        mvc.perform(get("/api/v1/taskforces/{id}", group.id()).with(users.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/taskforce/{id}", group.id()).with(users.as(outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/taskforce/{id}/board", group.id()).with(users.as(outsider)))
                .andExpect(status().isForbidden());
        kit.view(outsider, task).andExpect(status().isForbidden());
        mvc.perform(get("/taskforce/tasks/{id}", task).with(users.as(outsider))).andExpect(status().isForbidden());
        kit.postJson("/api/v1/taskforces/{id}/members", outsider, """
                {"role": "OFFICE_DIRECTOR", "username": "%s"}""".formatted(outsider), group.id())
                .andExpect(status().isForbidden());
        kit.handing(outsider, group.id(), """
                {"groupId": %d, "title": "伪造交办", "workingDays": 3}""".formatted(group.groupId()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/taskforce/{id}/close", group.id()).with(users.as(outsider)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/taskforces").with(users.as(outsider))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)]".formatted(group.id())).isEmpty());
    }

    @Test
    void aMemberOfTheLeadingGroupDoesNotEditTheStructure() throws Exception {
        TaskForceTestKit kit = new TaskForceTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        TaskForceTestKit.Fixture group = kit.taskForce(team);
        String deputy = team.leader();

        mvc.perform(get("/api/v1/taskforces/{id}", group.id()).with(users.as(deputy))).andExpect(status().isOk());
        kit.postJson("/api/v1/taskforces/{id}/members", deputy, """
                {"role": "OFFICE_STAFF", "username": "%s"}""".formatted(deputy), group.id())
                .andExpect(status().isForbidden());
        kit.postJson("/api/v1/taskforces/{id}/groups", deputy, "{\"name\": \"自封工作组\"}", group.id())
                .andExpect(status().isForbidden());
        mvc.perform(post("/taskforce/{id}/basics", group.id()).param("name", "改名").param("officeUnitId",
                String.valueOf(team.unitId())).with(users.as(deputy)).with(csrf())).andExpect(status().isForbidden());
        kit.handing(deputy, group.id(), """
                {"groupId": %d, "title": "越权交办", "workingDays": 3}""".formatted(group.groupId()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/taskforce/{id}/meeting", group.id()).with(users.as(deputy)).with(csrf()))
                .andExpect(status().isForbidden());
        // the contact handles tasks but does not edit either
        kit.postJson("/api/v1/taskforces/{id}/groups", team.clerk(), "{\"name\": \"自封工作组\"}", group.id())
                .andExpect(status().isForbidden());
    }

    @Test
    void forgedIdsAndBrokenRulesAreRefusedInChinese() throws Exception {
        TaskForceTestKit kit = new TaskForceTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        TaskForceTestKit.Fixture group = kit.taskForce(team);
        PlatformFixtures.Team otherTeam = platform.newTeam();
        TaskForceTestKit.Fixture other = kit.taskForce(otherTeam);
        long otherMember = ((Number) JsonPath.<Integer>read(mvc.perform(get("/api/v1/taskforces/{id}", other.id())
                .with(users.as(otherTeam.chief()))).andReturn().getResponse().getContentAsString(),
                "$.members[0].id")).longValue();

        // another group's member, working group and task through this group's office
        mvc.perform(delete("/api/v1/taskforces/{id}/members/{m}", group.id(), otherMember)
                .with(users.as(team.chief())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/taskforces/{id}/groups/{g}", group.id(), other.groupId())
                .with(users.as(team.chief())).with(csrf())).andExpect(status().isNotFound());
        kit.handing(team.chief(), group.id(), """
                {"groupId": %d, "title": "交给别组", "workingDays": 3}""".formatted(other.groupId()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("没有这个工作组。"));
        kit.handing(team.chief(), group.id(), """
                {"handler": "%s", "title": "交给组外", "workingDays": 3}""".formatted(TaskForceTestKit.OUTSIDER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("承办人须是本小组的人员或工作组单位的联络员。"));
        kit.handing(team.chief(), group.id(), "{\"groupId\": %d, \"title\": \"无期限\"}".formatted(group.groupId()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("请填写完成时限。"));
        kit.view(team.chief(), 999_999_999L).andExpect(status().isNotFound());

        // only the handler reports progress; open tasks keep the group from closing
        long task = kit.hand(team.chief(), group, TestUsers.unique("汇总数据"), 5);
        mvc.perform(multipart("/api/v1/taskforces/tasks/{id}/progress", task).param("percentDone", "50")
                        .param("text", "冒名报送").with(users.as(team.chief())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有正在办理该事项的承办人可以报送进展。"));
        kit.postJson("/api/v1/taskforces/{id}/close", team.chief(), "{}", group.id())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("还有未办结的交办事项，不能撤销小组。"));
        mvc.perform(get("/api/v1/taskforces/{id}", group.id()).with(users.as(team.chief())))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        // a closed group is not changed
        kit.postJson("/api/v1/taskforces/{id}/close", otherTeam.chief(), "{}", other.id()).andExpect(status().isOk());
        kit.postJson("/api/v1/taskforces/{id}/groups", otherTeam.chief(), "{\"name\": \"再添一组\"}", other.id())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("小组已撤销，不能再修改或交办。"));
    }
}
