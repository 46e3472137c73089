package org.zhengtong.taskforce;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The task force tests' common steps through the API: the 专项工作管理员 of the demo city ({@value #ADMIN}) sets up a
 * group of a fresh team of 市财政局 — its 科长 the office's 主任, its 分管领导 a 副组长 and a member, one working group
 * led by 市财政局 with the team's clerk as contact — and the office hands tasks to it.
 */
final class TaskForceTestKit {

    static final String ADMIN = "szfb.office";
    /** Of 市教育局, in no test's task force. */
    static final String OUTSIDER = "jyj.d1.clerk1";

    private final MockMvc mvc;
    private final TestUsers users;
    private final Workflow workflow;

    TaskForceTestKit(MockMvc mvc, TestUsers users, Workflow workflow) {
        this.mvc = mvc;
        this.users = users;
        this.workflow = workflow;
    }

    /** A group with its structure; the team's chief is the office's 主任, the leader a 副组长, the clerk the contact. */
    Fixture taskForce(PlatformFixtures.Team team) throws Exception {
        String name = TestUsers.unique("资产清理协调推进小组");
        long id = id(postJson("/api/v1/taskforces", ADMIN, """
                {"name": "%s", "basisNumber": "测政办〔2026〕1号", "purpose": "统筹清理非办公类资产",
                 "officeUnitId": %d}""".formatted(name, team.unitId())).andExpect(status().isCreated()));
        postJson("/api/v1/taskforces/{id}/members", ADMIN, """
                {"role": "OFFICE_DIRECTOR", "username": "%s", "title": "科长（兼）"}""".formatted(team.chief()), id)
                .andExpect(status().isOk());
        postJson("/api/v1/taskforces/{id}/members", team.chief(), """
                {"role": "DEPUTY", "username": "%s", "title": "副局长"}""".formatted(team.leader()), id)
                .andExpect(status().isOk());
        String structure = postJson("/api/v1/taskforces/{id}/groups", team.chief(), """
                {"name": "基础信息梳理组", "duty": "统计、梳理和汇总基础数据", "overseer": "%s"}"""
                .formatted(team.leader()), id).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        long group = ((Number) JsonPath.read(structure, "$.groups[0].id")).longValue();
        postJson("/api/v1/taskforces/{id}/groups/{g}/units", team.chief(), """
                {"unitId": %d, "lead": true, "contact": "%s"}""".formatted(team.unitId(), team.clerk()), id, group)
                .andExpect(status().isOk());
        return new Fixture(id, group, name);
    }

    record Fixture(long id, long groupId, String name) {
    }

    /** The office hands a task to the group, due in so many working days; its id. */
    long hand(String office, Fixture fixture, String title, int workingDays) throws Exception {
        return id(handing(office, fixture.id(), """
                {"groupId": %d, "title": "%s", "content": "各单位报送资产清单", "workingDays": %d}"""
                .formatted(fixture.groupId(), title, workingDays)).andExpect(status().isCreated()));
    }

    ResultActions handing(String office, long taskForceId, String body) throws Exception {
        return postJson("/api/v1/taskforces/{id}/tasks", office, body, taskForceId);
    }

    TodoTask task(String username, long taskId) {
        return workflow.todo(username).stream().filter(t -> t.businessKey().equals("taskforce-task:" + taskId))
                .findFirst().orElseThrow(() -> new AssertionError("no task of taskforce-task:" + taskId + " for "
                        + username));
    }

    ResultActions send(String username, long taskId, String opinion) throws Exception {
        return postJson("/api/v1/tasks/{taskId}/send", username, "{\"opinion\": \"%s\"}".formatted(opinion),
                task(username, taskId).taskId());
    }

    ResultActions view(String username, long taskId) throws Exception {
        return mvc.perform(get("/api/v1/taskforces/tasks/{id}", taskId).with(users.as(username)));
    }

    ResultActions postJson(String path, String user, String body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
