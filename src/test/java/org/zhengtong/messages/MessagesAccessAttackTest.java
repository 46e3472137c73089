package org.zhengtong.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.messages.internal.MessageService;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.org.Position;

/**
 * A conversation is its participants' own: nobody else reads, writes to, leaves, adds to or finds it — not a
 * colleague of the same department or another unit, not the unit administrator, not the system, security or audit
 * administrator — by page and API, with a real id or a forged one; each refusal is 403 and audited. A message too long
 * is refused in Chinese with nothing saved, and a message carrying markup is kept as it was written and shown as text.
 */
@IntegrationTest
class MessagesAccessAttackTest {

    private static final long FORGED_ID = 987_654_321L;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MessageService messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    Team team;

    @BeforeEach
    void team() {
        team = platform.newTeam();
    }

    @Test
    void nobodyButItsParticipantsReachesAConversation() throws Exception {
        long conversation = as.call(team.clerk(), () -> messages.start(List.of(team.clerk2()), null));
        String secret = TestUsers.unique("只给你看的话");
        as.call(team.clerk(), () -> messages.send(conversation, secret));
        long messagesBefore = count(conversation);
        String otherUnit = platform.newMember("sjj", Position.CLERK);

        List<String> intruders = List.of("sysadmin", "secadmin", "auditadmin", "czj.office", team.chief(),
                team.leader(), otherUnit);
        for (String intruder : intruders) {
            long refusedBefore = refusals(intruder);
            for (long id : List.of(conversation, FORGED_ID)) {
                refused(get("/messages/{id}", id).with(users.as(intruder)));
                refused(get("/messages/{id}", id).param("before", "999999999").with(users.as(intruder)));
                refused(post("/messages/{id}", id).with(users.as(intruder)).with(csrf()).param("text", "插话")
                        .param("requestKey", UUID.randomUUID().toString()));
                refused(post("/messages/{id}/members", id).with(users.as(intruder)).with(csrf())
                        .param("people", intruder));
                refused(post("/messages/{id}/leave", id).with(users.as(intruder)).with(csrf()));
                refused(get("/api/v1/messages/conversations/{id}", id).with(users.as(intruder)));
                refused(post("/api/v1/messages/conversations/{id}/messages", id).with(users.as(intruder)).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"插话\"}"));
                refused(post("/api/v1/messages/conversations/{id}/read", id).with(users.as(intruder)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"upTo\":1}"));
                refused(post("/api/v1/messages/conversations/{id}/members", id).with(users.as(intruder)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"people\":[\"" + intruder + "\"]}"));
                refused(post("/api/v1/messages/conversations/{id}/leave", id).with(users.as(intruder)).with(csrf()));
            }
            mvc.perform(get("/api/v1/messages/search").param("q", secret).with(users.as(intruder)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
            mvc.perform(get("/messages/search").param("q", secret).with(users.as(intruder)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("search-hits"))))
                    .andExpect(content().string(Matchers.containsString("search-none")));
            mvc.perform(get("/api/v1/messages/conversations").with(users.as(intruder))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[?(@.id == " + conversation + ")]").isEmpty());
            assertThat(refusals(intruder)).as("refusals of %s audited", intruder)
                    .isGreaterThanOrEqualTo(refusedBefore + 2 * 10);
        }
        assertThat(count(conversation)).as("nothing written by the intruders").isEqualTo(messagesBefore);
        assertThat(jdbc.queryForObject("select count(*) from messages_participant where conversation_id = ?",
                Integer.class, conversation)).isEqualTo(2);

        // a pair is between people: the administrators have no person and start nothing
        mvc.perform(post("/api/v1/messages/conversations").with(users.as("sysadmin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"people\":[\"" + team.clerk() + "\"]}"))
                .andExpect(status().isConflict());

        // the participant still reads it; the audit log says who wrote to whom, never what
        mvc.perform(get("/messages/{id}", conversation).with(users.as(team.clerk2()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(secret)));
        String detail = jdbc.queryForObject("select detail from audit_record where action = 'MESSAGES_SEND'"
                + " and object_id = ? order by seq desc limit 1", String.class, String.valueOf(conversation));
        assertThat(detail).contains(team.clerk(), team.clerk2()).doesNotContain(secret);
    }

    @Test
    void aMessageOfAHundredThousandCharactersIsRefusedAndNothingSaved() throws Exception {
        long conversation = as.call(team.clerk(), () -> messages.start(List.of(team.clerk2()), null));
        String huge = "长".repeat(100_000);
        long before = count(conversation);

        mvc.perform(post("/api/v1/messages/conversations/{id}/messages", conversation).with(users.as(team.clerk()))
                        .with(csrf()).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("text", huge))))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value("消息过长：至多 2,000 字，这条有 100,000 字，没有发送。请分成几条发送。"));
        String page = mvc.perform(post("/messages/{id}", conversation).with(users.as(team.clerk())).with(csrf())
                        .param("text", huge).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isPayloadTooLarge()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("消息过长");
        mvc.perform(post("/api/v1/messages/conversations/{id}/messages", conversation).with(users.as(team.clerk()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"  \\n \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("消息不能为空。"));

        assertThat(count(conversation)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from messages_participant where conversation_id = ?"
                + " and undelivered_from is not null", Integer.class, conversation)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'MESSAGES_SEND'"
                + " and object_id = ?", Integer.class, String.valueOf(conversation))).isZero();
    }

    @Test
    void markupInAMessageIsKeptAsWrittenAndShownAsText() throws Exception {
        long conversation = as.call(team.clerk(), () -> messages.start(List.of(team.clerk2()), null));
        String payload = "<img src=x onerror=alert(1)><script>alert(2)</script> javascript:alert(3)"
                + " 详见 https://example.org/a?b=1&c=2\" onmouseover=\"alert(4)";
        as.call(team.clerk(), () -> messages.send(conversation, payload));
        assertThat(jdbc.queryForObject("select body from messages_message where conversation_id = ?", String.class,
                conversation)).isEqualTo(payload);

        for (String path : List.of("/messages/" + conversation, "/messages")) {
            String page = mvc.perform(get(path).with(users.as(team.clerk2()))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).doesNotContain("<img src=x").doesNotContain("<script>alert")
                    .doesNotContain("href=\"javascript").contains("&lt;img src=x onerror=alert(1)&gt;");
        }
        String page = mvc.perform(get("/messages/{id}", conversation).with(users.as(team.clerk2())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\""
                + " target=\"_blank\">https://example.org/a?b=1&amp;c=2</a>");
        mvc.perform(get("/messages/search").param("q", "onerror").with(users.as(team.clerk2())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<img src=x"))));
    }

    private void refused(RequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isForbidden());
    }

    private long count(long conversation) {
        return jdbc.queryForObject("select count(*) from messages_message where conversation_id = ?", Long.class,
                conversation);
    }

    private long refusals(String actor) {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'MESSAGES_OPEN'"
                + " and result = 'FAILURE' and actor = ?", Long.class, actor);
    }
}
