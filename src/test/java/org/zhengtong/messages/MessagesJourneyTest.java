package org.zhengtong.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.messages.internal.MessageService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 在线联络 between three people of a department: a conversation of two, found again rather than doubled (also when
 * both start it at the same moment), a group with a title, unread counts and read marks, leaving and being added
 * again, and the search in one's own history — by page and API.
 */
@IntegrationTest
class MessagesJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MessageService messages;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    Team team;
    String a;
    String b;
    String c;

    @BeforeEach
    void team() {
        team = platform.newTeam();
        a = team.clerk();
        b = team.clerk2();
        c = team.chief();
    }

    @Test
    void aConversationOfTwoIsFoundAgainAndCountsWhatIsUnread() throws Exception {
        long pair = startByPage(a, b);
        assertThat(startByApi(b, List.of(a), null)).as("her colleague starting it finds the same one").isEqualTo(pair);
        assertThat(startByPage(a, b)).isEqualTo(pair);

        String hello = TestUsers.unique("你好，下午三点开会");
        sendByPage(a, pair, hello);
        sendByApi(a, pair, "会议室在 302");
        assertThat(unread(b)).isEqualTo(2);
        assertThat(unread(a)).as("her own messages are read").isZero();

        // her list shows the conversation by his name, with two unread; the page shows the messages and reads them
        mvc.perform(get("/messages").with(users.as(b))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(directory.nameOf(a))))
                .andExpect(content().string(Matchers.containsString("title=\"2 条未读\"")));
        mvc.perform(get("/messages/badge").with(users.as(b)))
                .andExpect(content().string(Matchers.containsString("未读消息 2 条")));
        mvc.perform(get("/messages/{id}", pair).with(users.as(b))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(hello)))
                .andExpect(content().string(Matchers.containsString("会议室在 302")));
        assertThat(unread(b)).isZero();

        // the writer sees that both were read
        mvc.perform(get("/api/v1/messages/conversations/{id}", pair).with(users.as(a))).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("PAIR"))
                .andExpect(jsonPath("$.title").value(directory.nameOf(b)))
                .andExpect(jsonPath("$.messages[0].text").value(hello))
                .andExpect(jsonPath("$.messages[0].own").value(true))
                .andExpect(jsonPath("$.messages[0].readBy").value(1))
                .andExpect(jsonPath("$.messages[1].readBy").value(1));
        mvc.perform(get("/messages/{id}", pair).with(users.as(a)))
                .andExpect(content().string(Matchers.containsString("已读")));

        // the reply goes back; her list moves it up with one unread for him
        sendByApi(b, pair, "好的");
        mvc.perform(get("/api/v1/messages/conversations").with(users.as(a))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(pair))
                .andExpect(jsonPath("$.items[0].unread").value(1))
                .andExpect(jsonPath("$.items[0].last.text").value("好的"))
                .andExpect(jsonPath("$.items[0].others[0].name").value(directory.nameOf(b)));
        assertThat(jdbc.queryForObject("select count(*) from messages_conversation where pair_key = ?",
                Integer.class, a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a)).isEqualTo(1);
    }

    @Test
    void aGroupCountsForEachMemberAndIsSearchedByItsMembersOnly() throws Exception {
        String title = TestUsers.unique("项目组");
        long group = startByApi(a, List.of(b, c), title);
        String secret = TestUsers.unique("预算草案");
        long first = sendByApi(b, group, "请看" + secret + "第三页");
        assertThat(unread(a)).isEqualTo(1);
        assertThat(unread(c)).isEqualTo(1);

        // c reads it; b sees one reader of two
        mvc.perform(get("/messages/{id}", group).with(users.as(c))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(title)));
        mvc.perform(get("/api/v1/messages/conversations/{id}", group).with(users.as(b)))
                .andExpect(jsonPath("$.kind").value("GROUP"))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.creator").value(a))
                .andExpect(jsonPath("$.members.length()").value(3))
                .andExpect(jsonPath("$.messages[0].readBy").value(1));
        mvc.perform(get("/messages/{id}", group).with(users.as(b)))
                .andExpect(content().string(Matchers.containsString("1 人已读")));
        // a marks it read through the API, as the open page does for a message pushed to it
        mvc.perform(post("/api/v1/messages/conversations/{id}/read", group).with(users.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"upTo\":" + first + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(0));

        // the members find it in their history; the search takes % literally
        for (String member : List.of(a, b, c)) {
            mvc.perform(get("/api/v1/messages/search").param("q", secret).with(users.as(member)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].conversationId").value(group))
                    .andExpect(jsonPath("$.items[0].conversationTitle").value(title));
        }
        mvc.perform(get("/messages/search").param("q", secret).with(users.as(c))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(secret)));
        mvc.perform(get("/api/v1/messages/search").param("q", "%").with(users.as(c)))
                .andExpect(jsonPath("$.total").value(0));

        // only the creator adds; c leaves, the group is no longer hers, and she is added back seeing what comes next
        mvc.perform(post("/api/v1/messages/conversations/{id}/members", group).with(users.as(b)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"people\":[\"" + team.leader() + "\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有群组的创建者可以添加成员。"));
        mvc.perform(post("/messages/{id}/leave", group).with(users.as(c)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/messages/{id}", group).with(users.as(c))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/messages/search").param("q", secret).with(users.as(c)))
                .andExpect(jsonPath("$.total").value(0));
        sendByApi(a, group, "c 不在时说的话");
        mvc.perform(post("/messages/{id}/members", group).with(users.as(a)).with(csrf()).param("people", c))
                .andExpect(status().is3xxRedirection());
        sendByApi(a, group, "欢迎回来");
        mvc.perform(get("/api/v1/messages/conversations/{id}", group).with(users.as(c))).andExpect(status().isOk())
                .andExpect(jsonPath("$.messages.length()").value(1))
                .andExpect(jsonPath("$.messages[0].text").value("欢迎回来"));
        assertThat(unread(c)).isZero();

        // a conversation of two is not left
        long pair = startByApi(a, List.of(c), null);
        mvc.perform(post("/api/v1/messages/conversations/{id}/leave", pair).with(users.as(a)).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void twoPeopleStartingTheirConversationAtOnceGetOne() throws Exception {
        Team other = platform.newTeam();
        String d = other.clerk();
        String e = other.clerk2();
        CyclicBarrier together = new CyclicBarrier(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> started = new ArrayList<>();
            for (String[] pair : List.of(new String[] {d, e}, new String[] {e, d}, new String[] {d, e},
                    new String[] {e, d})) {
                started.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return as.call(pair[0], () -> messages.start(List.of(pair[1]), null));
                }));
            }
            Set<Long> ids = new java.util.HashSet<>();
            for (Future<Long> one : started) {
                ids.add(one.get(30, TimeUnit.SECONDS));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from messages_conversation where pair_key = ?",
                Integer.class, d.compareTo(e) < 0 ? d + "|" + e : e + "|" + d)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from messages_participant p join messages_conversation c"
                + " on c.id = p.conversation_id where c.pair_key = ?", Integer.class,
                d.compareTo(e) < 0 ? d + "|" + e : e + "|" + d)).isEqualTo(2);
    }

    private long startByPage(String who, String with) throws Exception {
        MvcResult result = mvc.perform(post("/messages").with(users.as(who)).with(csrf()).param("people", with)
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/messages/");
        return Long.parseLong(location.substring("/messages/".length()));
    }

    private long startByApi(String who, List<String> people, String title) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("people", people, "title", title == null ? "" : title));
        MvcResult result = mvc.perform(post("/api/v1/messages/conversations").with(users.as(who)).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    private void sendByPage(String who, long conversation, String text) throws Exception {
        mvc.perform(post("/messages/{id}", conversation).with(users.as(who)).with(csrf()).param("text", text)
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
    }

    private long sendByApi(String who, long conversation, String text) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/messages/conversations/{id}/messages", conversation)
                        .with(users.as(who)).with(csrf()).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of("text", text))))
                .andExpect(status().isCreated()).andReturn();
        JsonNode sent = json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(sent.get("text").asText()).isEqualTo(text);
        assertThat(sent.get("own").asBoolean()).isTrue();
        return sent.get("id").asLong();
    }

    private long unread(String who) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/messages/unread").with(users.as(who)))
                .andExpect(status().isOk()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("count").asLong();
    }
}
