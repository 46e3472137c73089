package org.zhengtong.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.Together;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * A department's column of 市财政局: its clerk publishes a notice, the 科长 reviews and publishes it, the other clerk
 * of the department finds it unread, opens it, and the publisher sees the receipt. Whoever is not in the audience —
 * the unit's 分管领导 outside the department, another unit — gets 403, a forged id 404; only the publishers withdraw.
 */
@IntegrationTest
class NoticeJourneyTest {

    static final String UNIT_ADMIN = "czj.office";
    static final String OUTSIDER = "jyj.d1.clerk1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;

    @Test
    void aDepartmentsNoticeIsReviewedPublishedReadAndWithdrawn() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String column = TestUsers.unique("科室通知");
        long columnId = id(postJson("/api/v1/notices/columns", UNIT_ADMIN, """
                {"name": "%s", "publishers": ["%s"], "reviewers": ["%s"],
                 "audience": [{"kind": "DEPARTMENT", "refId": %d}]}"""
                .formatted(column, team.clerk(), team.chief(), team.departmentId()))
                .andExpect(status().isCreated()));
        String title = TestUsers.unique("关于清理办公用房的通知");
        long id = id(postJson("/api/v1/notices", team.clerk(), """
                {"columnId": %d, "title": "%s", "body": "<p>请各科室<script>alert(1)</script>自查</p>"}"""
                .formatted(columnId, title)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REVIEW"))
                .andExpect(jsonPath("$.body").value("<p>请各科室自查</p>")));
        mvc.perform(get("/api/v1/notices/{id}", id).with(users.as(team.clerk2()))).andExpect(status().isForbidden());

        String task = workflow.todo(team.chief()).stream().filter(t -> t.businessKey().equals("notice:" + id))
                .findFirst().orElseThrow().taskId();
        postJson("/api/v1/tasks/{taskId}/send", team.chief(), "{\"opinion\": \"同意发布\"}", task)
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/notices").with(users.as(team.clerk2()))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].unread".formatted(id)).value(Matchers.contains(true)));
        mvc.perform(get("/api/v1/notices/{id}", id).with(users.as(team.clerk2()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/notices").with(users.as(team.clerk2())))
                .andExpect(jsonPath("$[?(@.id == %d)].unread".formatted(id)).value(Matchers.contains(false)));
        mvc.perform(get("/api/v1/notices/{id}", id).with(users.as(team.clerk()))).andExpect(jsonPath("$.readers")
                .value(1));
        // the chief opens it in two tabs at the same moment: both open, one receipt
        List<String> tabs = Together.run(List.of(() -> open(id, team.chief()), () -> open(id, team.chief())));
        assertThat(tabs).containsExactly("200", "200");
        mvc.perform(get("/api/v1/notices/{id}", id).with(users.as(team.clerk()))).andExpect(jsonPath("$.readers")
                .value(2));
        mvc.perform(get("/api/v1/notices/{id}/receipts", id).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));

        // attackers: the unit's leader outside the department, another unit, a forged id, a reader's receipts
        for (String outsider : new String[] {team.leader(), OUTSIDER}) {
            mvc.perform(get("/api/v1/notices/{id}", id).with(users.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/notices").with(users.as(outsider)))
                    .andExpect(jsonPath("$[?(@.id == %d)]".formatted(id)).isEmpty());
            mvc.perform(get("/api/v1/notices/columns/{id}/notices", columnId).with(users.as(outsider)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/notices/{id}", 987654321L).with(users.as(team.clerk2())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices/{id}/receipts", id).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/notices/{id}/withdraw", id).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isForbidden());
        postJson("/api/v1/notices", team.clerk2(), """
                {"columnId": %d, "title": "冒充发布", "body": "x"}""".formatted(columnId))
                .andExpect(status().isForbidden());
        postJson("/api/v1/notices/columns", team.chief(), """
                {"name": "私设栏目", "publishers": ["%s"], "reviewers": ["%s"], "audience": [{"kind": "CITY"}]}"""
                .formatted(team.chief(), team.chief())).andExpect(status().isForbidden());
        postJson("/api/v1/notices/columns", UNIT_ADMIN, """
                {"name": "%s", "publishers": ["%s"], "reviewers": ["%s"], "audience": [{"kind": "UNIT", "refId": 987654321}]}"""
                .formatted(TestUsers.unique("栏目"), team.clerk(), team.chief())).andExpect(status().isBadRequest());
        postJson("/api/v1/notices/columns", UNIT_ADMIN, """
                {"name": "%s", "publishers": ["%s"], "reviewers": ["%s"], "audience": [{"kind": "CITY"}]}"""
                .formatted(TestUsers.unique("栏目"), OUTSIDER, team.chief())).andExpect(status().isBadRequest());

        // the publisher takes it off: no longer readable by the audience, still by the publisher
        mvc.perform(post("/api/v1/notices/{id}/withdraw", id).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(get("/api/v1/notices/{id}", id).with(users.as(team.clerk2()))).andExpect(status().isForbidden());

        // a reviewer's 不同意 needs a reason and ends the review unpublished
        long refused = id(postJson("/api/v1/notices", team.clerk(), """
                {"columnId": %d, "title": "%s", "body": "<p>草稿</p>"}"""
                .formatted(columnId, TestUsers.unique("未通过的通知"))).andExpect(status().isCreated()));
        String review = workflow.todo(team.chief()).stream().filter(t -> t.businessKey().equals("notice:" + refused))
                .findFirst().orElseThrow().taskId();
        postJson("/api/v1/tasks/{taskId}/refuse", team.chief(), "{\"reason\": \" \"}", review)
                .andExpect(status().isBadRequest());
        postJson("/api/v1/tasks/{taskId}/refuse", team.chief(), "{\"reason\": \"内容不宜公开\"}", review)
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/notices/{id}", refused).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("REFUSED"));
        mvc.perform(get("/api/v1/notices/{id}", refused).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());
    }

    private String open(long id, String user) throws Exception {
        return String.valueOf(mvc.perform(get("/api/v1/notices/{id}", id).with(users.as(user))).andReturn()
                .getResponse().getStatus());
    }

    private ResultActions postJson(String path, String user, String body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
