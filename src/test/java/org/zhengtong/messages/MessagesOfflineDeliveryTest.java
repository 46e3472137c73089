package org.zhengtong.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.messages.internal.MessageService;
import org.zhengtong.notification.PagePush;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 消息离线送达: "A colleague who was offline gets her instant message when he logs in." Nothing is pushed to a person
 * without an open page; at his login he is told once (您有 N 条未读消息), the badge shows the count, the conversation
 * shows the message and, opened, is read. A person with a page open gets the message at once instead, and no
 * announcement later.
 */
@IntegrationTest
class MessagesOfflineDeliveryTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MessageService messages;
    @Autowired PagePush push;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anInstantMessageToAnOfflinePersonIsDeliveredAtLogin() throws Exception {
        Team team = platform.newTeam();
        String her = team.clerk();
        String him = team.clerk2();
        assertThat(push.hasOpenPage(him)).as("he has no page open").isFalse();

        long conversation = as.call(her, () -> messages.start(List.of(him), null));
        String text = TestUsers.unique("明天上午九点前交预算材料");
        as.call(her, () -> messages.send(conversation, text));
        assertThat(jdbc.queryForObject("select undelivered_from from messages_participant where conversation_id = ?"
                + " and username = ?", Long.class, conversation, him)).as("kept for his next login").isNotNull();
        assertThat(announcements(him)).isEmpty();

        // he logs in: told once, with her name and a link to the conversation
        Cookie session = login(him);
        List<Map<String, Object>> told = announcements(him);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).get("title")).isEqualTo("您有 1 条未读消息");
        assertThat((String) told.get(0).get("body")).contains(directory.nameOf(her));
        assertThat(told.get(0).get("link")).isEqualTo("/messages/" + conversation);
        assertThat(jdbc.queryForObject("select undelivered_from from messages_participant where conversation_id = ?"
                + " and username = ?", Long.class, conversation, him)).isNull();

        // the unread count on his pages, the message in the conversation, read once opened
        mvc.perform(get("/messages/badge").cookie(session))
                .andExpect(content().string(Matchers.containsString("未读消息 1 条")));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("未读消息")));
        mvc.perform(get("/messages").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(directory.nameOf(her))))
                .andExpect(content().string(Matchers.containsString(text)));
        mvc.perform(get("/messages/{id}", conversation).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(text)));
        mvc.perform(get("/messages/badge").cookie(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("zt-chat-unread"))));

        // another login tells nothing again
        login(him);
        assertThat(announcements(him)).hasSize(1);
    }

    @Test
    void aMessageToAnOpenPageIsPushedAtOnceAndNotAnnouncedAtLogin() throws Exception {
        Team team = platform.newTeam();
        String her = team.clerk();
        String him = team.clerk2();
        MvcResult page = mvc.perform(get("/notifications/stream").with(users.as(him)))
                .andExpect(request().asyncStarted()).andReturn();
        assertThat(push.hasOpenPage(him)).isTrue();

        long conversation = as.call(her, () -> messages.start(List.of(him), null));
        String text = "<b>请回电话</b> https://example.org/a?b=1 " + TestUsers.unique("编号");
        as.call(her, () -> messages.send(conversation, text));

        await().atMost(Duration.ofSeconds(10)).until(() -> stream(page).contains("请回电话"));
        assertThat(stream(page)).contains("event:chat", "\"conversationId\":" + conversation,
                "\"senderName\":\"" + directory.nameOf(her) + "\"", "\"href\":\"https://example.org/a?b=1\"");
        assertThat(jdbc.queryForObject("select undelivered_from from messages_participant where conversation_id = ?"
                + " and username = ?", Long.class, conversation, him)).isNull();

        login(him);
        assertThat(announcements(him)).isEmpty();
    }

    private Cookie login(String username) throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", username)
                        .param("password", PlatformFixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    private List<Map<String, Object>> announcements(String username) {
        return jdbc.queryForList("select title, body, link from ntf_notification where recipient = ?"
                + " and dedup_key like 'messages-offline:%' order by id", username);
    }

    private static String stream(MvcResult page) throws Exception {
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
