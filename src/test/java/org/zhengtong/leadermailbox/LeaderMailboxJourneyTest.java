package org.zhengtong.leadermailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.Together;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * 领导信箱 from writing to the answer: a clerk of a new 市财政局 department writes to its 分管领导, who named the other
 * clerk his reader; the leader forwards the letter to the department, its 科长 drafts the answer in his to-do window
 * (without seeing who wrote), the reader sends it, and the writer finds the answer under 我的来信 and in a
 * notification. A second letter is answered directly; the leader and his reader answering a third at once: one wins.
 * The unit administrator's statistics count the letters without a word of them.
 */
@IntegrationTest
class LeaderMailboxJourneyTest {

    static final String UNIT_ADMIN = "czj.office";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLetterIsForwardedDraftedAnsweredAndReadByItsWriter() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String leader = team.leader();
        String reader = team.clerk2();
        String writer = team.clerk();
        json(put("/api/v1/leader-mailbox/readers"), leader, "{\"usernames\": [\"%s\"]}".formatted(reader))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].username").value(reader));
        mvc.perform(get("/api/v1/leader-mailbox/leaders").with(users.as(writer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '%s')]".formatted(leader)).isNotEmpty());

        String subject = TestUsers.unique("关于科室加班餐补的建议");
        long id = id(json(post("/api/v1/leader-mailbox"), writer, """
                {"leader": "%s", "subject": "%s", "body": "预算编制期间经常加班，建议发放加班餐补。", "anonymous": false}"""
                .formatted(leader, subject)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.replyCode").doesNotExist()));
        mvc.perform(get("/api/v1/leader-mailbox/inbox").with(users.as(reader)))
                .andExpect(jsonPath("$[?(@.id == %d)].subject".formatted(id)).value(Matchers.contains(subject)));
        mvc.perform(get("/api/v1/leader-mailbox/{id}", id).with(users.as(reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.writerName").isNotEmpty()).andExpect(jsonPath("$.status").value("RECEIVED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(leader, id) == 1
                && notifications(reader, id) == 1);

        // the department drafts, without the writer's name; the reader sends the answer
        json(post("/api/v1/leader-mailbox/{id}/forward", id), leader, "{\"departmentId\": %d}"
                .formatted(team.departmentId())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FORWARDED"));
        json(post("/api/v1/leader-mailbox/{id}/answer", id), reader, "{\"answer\": \"直接答复\"}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/leader-mailbox/{id}", id).with(users.as(team.chief()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.writerName").doesNotExist()).andExpect(jsonPath("$.body").isNotEmpty());
        String draftTask = task(team.chief(), id);
        json(post("/api/v1/tasks/{taskId}/send", draftTask), team.chief(), "{\"opinion\": \" \"}")
                .andExpect(status().is4xxClientError());
        json(post("/api/v1/tasks/{taskId}/send", draftTask), team.chief(),
                "{\"opinion\": \"拟自下月起按值班标准发放加班餐补。\"}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/leader-mailbox/{id}", id).with(users.as(reader)))
                .andExpect(jsonPath("$.draft").value("拟自下月起按值班标准发放加班餐补。"));
        json(post("/api/v1/tasks/{taskId}/send", task(reader, id)), reader,
                "{\"opinion\": \"经研究，自下月起按值班标准发放加班餐补。\"}").andExpect(status().isOk());

        mvc.perform(get("/api/v1/leader-mailbox/mine").with(users.as(writer)))
                .andExpect(jsonPath("$[?(@.id == %d)].status".formatted(id)).value(Matchers.contains("ANSWERED")));
        mvc.perform(get("/api/v1/leader-mailbox/{id}", id).with(users.as(writer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.answer").value("经研究，自下月起按值班标准发放加班餐补。"))
                .andExpect(jsonPath("$.answeredByName").isNotEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(writer, id) == 1);

        // a direct answer, and answering twice is refused
        long direct = send(writer, leader, TestUsers.unique("关于阅览室开放时间的建议"));
        json(post("/api/v1/leader-mailbox/{id}/answer", direct), leader, "{\"answer\": \"\"}")
                .andExpect(status().isBadRequest());
        json(post("/api/v1/leader-mailbox/{id}/answer", direct), leader, "{\"answer\": \"同意，下周起周六开放。\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
        json(post("/api/v1/leader-mailbox/{id}/answer", direct), reader, "{\"answer\": \"再答一次\"}")
                .andExpect(status().isConflict());

        // the leader and his reader answer the same letter at once: one answer stands
        long contested = send(writer, leader, TestUsers.unique("关于会议室预约的建议"));
        List<String> outcomes = Together.run(List.of(() -> answer(contested, leader, "领导的答复"),
                () -> answer(contested, reader, "秘书的答复")));
        assertThat(outcomes).containsExactlyInAnyOrder("200", "409");

        // statistics: counts, never content
        String statistics = mvc.perform(get("/api/v1/leader-mailbox/statistics").with(users.as(UNIT_ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.received").value(Matchers.greaterThanOrEqualTo(3)))
                .andReturn().getResponse().getContentAsString();
        assertThat(statistics).doesNotContain(subject, "餐补", writer);
        mvc.perform(get("/api/v1/leader-mailbox/statistics").with(users.as(writer))).andExpect(status().isForbidden());

        // 综合检索: the writer and the leader's side find it, the drafting department and the administrator do not
        for (String finder : new String[] {writer, leader, reader}) {
            await().atMost(Duration.ofSeconds(20)).until(() -> search(subject, finder).contains(subject));
        }
        for (String other : new String[] {team.chief(), UNIT_ADMIN}) {
            assertThat(search(subject, other)).doesNotContain(subject);
        }
    }

    private long send(String writer, String leader, String subject) throws Exception {
        return id(json(post("/api/v1/leader-mailbox"), writer, """
                {"leader": "%s", "subject": "%s", "body": "请领导考虑。"}""".formatted(leader, subject))
                .andExpect(status().isCreated()));
    }

    private String answer(long id, String user, String text) throws Exception {
        return String.valueOf(json(post("/api/v1/leader-mailbox/{id}/answer", id), user,
                "{\"answer\": \"%s\"}".formatted(text)).andReturn().getResponse().getStatus());
    }

    private String task(String username, long id) {
        return workflow.todo(username).stream().filter(t -> t.businessKey().equals("leadermailbox:" + id))
                .findFirst().orElseThrow().taskId();
    }

    private String search(String text, String username) throws Exception {
        return mvc.perform(get("/api/v1/search").param("q", text).with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int notifications(String recipient, long id) {
        return jdbc.queryForObject("select count(*) from ntf_notification where recipient = ? and link = ?",
                Integer.class, recipient, "/leader-mailbox/" + id);
    }

    private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String user, String body) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
