package org.zhengtong.leadermailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
 * An anonymous letter leaves no trace of its writer in the database: not in any column of its row, not in the audit
 * log (its sending is recorded as {@code anonymous}, without an address), not in any event publication, notification
 * or idempotency key — checked by reading the tables for the writer's username, name, account and person id. The
 * leader sees 匿名; the writer's own list does not have it; he reads the answer with the reply code, and only with it.
 */
@IntegrationTest
class LeaderMailboxAnonymityTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAnonymousLettersWriterIsNowhereInTheDatabase() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String writer = team.clerk();
        String leader = team.leader();
        Map<String, Object> account = jdbc.queryForMap(
                "select a.id as account_id, p.id as person_id, p.name as name from sec_account a "
                        + "join org_person p on p.id = a.person_id where a.username = ?", writer);
        long auditBefore = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_record", Long.class);

        String subject = TestUsers.unique("关于食堂排队的意见");
        String sent = json(post("/api/v1/leader-mailbox").header("Idempotency-Key", TestUsers.unique("k")), writer, """
                {"leader": "%s", "subject": "%s", "body": "中午排队太久，建议增开窗口。", "anonymous": true}"""
                .formatted(leader, subject)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(sent, "$.id")).longValue();
        String code = JsonPath.read(sent, "$.replyCode");
        assertThat(code).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){7}");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from ntf_notification where recipient = ? and link = ?", Integer.class, leader,
                "/leader-mailbox/" + id) == 1);

        List<String> traces = List.of(writer, (String) account.get("name"));
        List<Long> ids = List.of(((Number) account.get("account_id")).longValue(),
                ((Number) account.get("person_id")).longValue());

        // every column of the letter
        Map<String, Object> row = jdbc.queryForMap("select * from lm_letter where id = ?", id);
        assertThat(row).containsEntry(column(row, "writer"), null).containsEntry(column(row, "anonymous"), true);
        row.forEach((name, value) -> {
            if (value != null && !name.equalsIgnoreCase("id")) {
                traces.forEach(t -> assertThat(value.toString()).as(name).doesNotContain(t));
                if (value instanceof Number n) {
                    assertThat(ids).as(name).doesNotContain(n.longValue());
                }
            }
        });
        assertThat(row.get(column(row, "reply_code_hash")).toString()).doesNotContain(code.replace("-", ""));

        // the audit log since: the sending is by "anonymous", from no address; nothing names the writer
        List<Map<String, Object>> audit = jdbc.queryForList("select * from audit_record where seq > ?", auditBefore);
        assertThat(audit).anySatisfy(r -> {
            assertThat(r.get(column(r, "action"))).isEqualTo("LEADERMAILBOX_SEND");
            assertThat(r.get(column(r, "object_id"))).isEqualTo(String.valueOf(id));
            assertThat(r.get(column(r, "actor"))).isEqualTo("anonymous");
            assertThat(r.get(column(r, "ip"))).isNull();
        });
        for (Map<String, Object> r : audit) {
            for (String t : traces) {
                assertThat(String.valueOf(r.get(column(r, "actor")))).isNotEqualTo(t);
                assertThat(String.valueOf(r.get(column(r, "detail")))).doesNotContain(t);
                assertThat(String.valueOf(r.get(column(r, "object_id")))).doesNotContain(t);
            }
        }

        // events, notifications, idempotency keys
        for (String t : traces) {
            assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                    Integer.class, "%" + t + "%")).as("event_publication").isZero();
            assertThat(jdbc.queryForObject("select count(*) from ntf_notification where link = ? and "
                    + "(recipient = ? or title like ? or body like ?)", Integer.class, "/leader-mailbox/" + id, t,
                    "%" + t + "%", "%" + t + "%")).as("ntf_notification").isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%\"letterId\":" + id + "%")).as("the letter's events carry its id").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from sys_idempotency_key where account_id = ?",
                Integer.class, ids.get(0))).as("sys_idempotency_key").isZero();

        // the leader sees 匿名; the writer's list does not have it; search by the writer's name finds nothing of it
        mvc.perform(get("/api/v1/leader-mailbox/{id}", id).with(users.as(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.anonymous").value(true)).andExpect(jsonPath("$.writerName").doesNotExist());
        mvc.perform(get("/api/v1/leader-mailbox/{id}", id).with(users.as(writer))).andExpect(status().isForbidden());
        assertThat(body(get("/api/v1/leader-mailbox/mine"), writer)).doesNotContain(subject);
        await().atMost(Duration.ofSeconds(20)).until(() -> body(get("/api/v1/search").param("q", subject), leader)
                .contains(subject));
        assertThat(body(get("/api/v1/search").param("q", (String) account.get("name")), leader))
                .doesNotContain(subject);

        // the answer, read with the reply code (however it is typed), and with nothing else
        json(post("/api/v1/leader-mailbox/{id}/answer", id), leader, "{\"answer\": \"已请食堂高峰时段增开窗口。\"}")
                .andExpect(status().isOk());
        json(post("/api/v1/leader-mailbox/reply"), writer, "{\"code\": \"%s\"}".formatted(code))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subject").value(subject))
                .andExpect(jsonPath("$.answer").value("已请食堂高峰时段增开窗口。"));
        json(post("/api/v1/leader-mailbox/reply"), writer, "{\"code\": \"%s\"}"
                .formatted(code.replace("-", " ").toLowerCase(Locale.ROOT))).andExpect(status().isOk());
        String wrong = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        json(post("/api/v1/leader-mailbox/reply"), writer, "{\"code\": \"%s\"}".formatted(wrong))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("答复码不正确。"));
        json(post("/api/v1/leader-mailbox/reply"), writer, "{\"code\": \"\"}").andExpect(status().isBadRequest());
    }

    /** The key of a column as the database names it (upper case in H2, lower case in PostgreSQL). */
    private static String column(Map<String, Object> row, String name) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElseThrow();
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
