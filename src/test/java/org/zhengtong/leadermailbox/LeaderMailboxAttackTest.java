package org.zhengtong.leadermailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;

/**
 * Nobody but the leader, the people he named and the writer opens a letter: the three administrators, the unit
 * administrator, the department's 科长, a colleague, another unit's leader each get 403 on the page, the API, the answer
 * and the forwarding, the refusal is audited, and the letter is unchanged; nor do they see it in a list or the search.
 * Script in a letter is shown as text; bad input is refused with 400 in Chinese, nothing saved.
 */
@IntegrationTest
class LeaderMailboxAttackTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;

    @Test
    void nobodyElseReadsAnswersOrForwardsALetter() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String subject = TestUsers.unique("关于科室考勤的意见");
        long id = LeaderMailboxJourneyTest.id(json(post("/api/v1/leader-mailbox"), team.clerk(), """
                {"leader": "%s", "subject": "%s", "body": "<script>alert(1)</script><img src=x onerror=alert(2)>考勤"}"""
                .formatted(team.leader(), subject)).andExpect(status().isCreated()));

        String[] intruders = {"sysadmin", "secadmin", "auditadmin", LeaderMailboxJourneyTest.UNIT_ADMIN, team.chief(),
                team.clerk2(), "czj.head", "jyj.head"};
        for (String intruder : intruders) {
            long refusalsBefore = refusals(intruder, id);
            mvc.perform(get("/api/v1/leader-mailbox/{id}", id).with(users.as(intruder)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/leader-mailbox/{id}", id).with(users.as(intruder))).andExpect(status().isForbidden());
            json(post("/api/v1/leader-mailbox/{id}/answer", id), intruder, "{\"answer\": \"冒充答复\"}")
                    .andExpect(status().isForbidden());
            json(post("/api/v1/leader-mailbox/{id}/forward", id), intruder,
                    "{\"departmentId\": %d}".formatted(team.departmentId())).andExpect(status().isForbidden());
            mvc.perform(post("/leader-mailbox/{id}/answer", id).param("answer", "冒充答复").with(users.as(intruder))
                    .with(csrf())).andExpect(status().isForbidden());
            assertThat(refusals(intruder, id)).as(intruder).isGreaterThanOrEqualTo(refusalsBefore + 4);
            assertThat(body(get("/api/v1/leader-mailbox/inbox"), intruder)).doesNotContain(subject);
            assertThat(body(get("/api/v1/search").param("q", subject), intruder)).doesNotContain(subject);
        }
        Map<String, Object> letter = jdbc.queryForMap("select status, answer, process_instance_id from lm_letter "
                + "where id = ?", id);
        assertThat(letter.values()).containsExactlyInAnyOrder("RECEIVED", null, null);
        mvc.perform(get("/api/v1/leader-mailbox/{id}", 987654321L).with(users.as(team.leader())))
                .andExpect(status().isNotFound());

        // script is text: escaped on the page
        String page = body(get("/leader-mailbox/{id}", id), team.leader());
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x");

        // bad input: 400 in Chinese, nothing saved
        long before = jdbc.queryForObject("select count(*) from lm_letter where writer = ?", Long.class, team.clerk());
        json(post("/api/v1/leader-mailbox"), team.clerk(), """
                {"leader": "%s", "subject": " ", "body": "内容"}""".formatted(team.leader()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("主题不能为空，最多 200 字。"));
        json(post("/api/v1/leader-mailbox"), team.clerk(), """
                {"leader": "%s", "subject": "主题", "body": "%s"}""".formatted(team.leader(), "字".repeat(5001)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("内容不能为空，最多 5000 字。"));
        for (String notALeader : new String[] {"jyj.head", team.clerk2(), "nobody.at.all", ""}) {
            json(post("/api/v1/leader-mailbox"), team.clerk(), """
                    {"leader": "%s", "subject": "主题", "body": "内容"}""".formatted(notALeader))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请选择本单位的一位领导。"));
        }
        json(post("/api/v1/leader-mailbox"), team.leader(), """
                {"leader": "%s", "subject": "主题", "body": "内容"}""".formatted(team.leader()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("不能给自己写信。"));
        assertThat(jdbc.queryForObject("select count(*) from lm_letter where writer = ?", Long.class, team.clerk()))
                .isEqualTo(before);

        json(post("/api/v1/leader-mailbox/{id}/forward", id), team.leader(), "{\"departmentId\": 987654321}")
                .andExpect(status().isBadRequest());
        json(put("/api/v1/leader-mailbox/readers"), team.leader(), "{\"usernames\": [\"jyj.d1.clerk1\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("“jyj.d1.clerk1”不是本单位的其他人员。"));
        json(put("/api/v1/leader-mailbox/readers"), team.clerk(), "{\"usernames\": [\"%s\"]}"
                .formatted(team.clerk2())).andExpect(status().isForbidden());
        mvc.perform(get("/leader-mailbox/settings").with(users.as(team.clerk()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/leader-mailbox/statistics").param("year", "99999").with(users.as(
                LeaderMailboxJourneyTest.UNIT_ADMIN))).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from lm_letter where id = ? and status = 'RECEIVED'",
                Integer.class, id)).isEqualTo(1);
    }

    private long refusals(String actor, long id) {
        return jdbc.queryForObject("select count(*) from audit_record where actor = ? and object_type = 'leaderLetter' "
                + "and object_id = ? and result = 'FAILURE'", Long.class, actor, String.valueOf(id));
    }

    private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
