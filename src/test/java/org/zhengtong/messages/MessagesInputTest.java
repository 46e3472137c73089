package org.zhengtong.messages;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.messages.internal.MessageService;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/** Bad input to 在线联络 is refused in words, never with a 500; the pages speak English on request; the API is described. */
@IntegrationTest
class MessagesInputTest {

    @Autowired MockMvc mvc;
    @Autowired com.fasterxml.jackson.databind.ObjectMapper json;
    @Autowired org.zhengtong.TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MessageService messages;

    @Test
    void badInputIsRefusedInWords() throws Exception {
        Team team = platform.newTeam();
        String me = team.clerk();
        long pair = as.call(me, () -> messages.start(List.of(team.clerk2()), null));

        mvc.perform(get("/messages/abc").with(users.as(me))).andExpect(status().isBadRequest());
        mvc.perform(post("/messages").with(users.as(me)).with(csrf()).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("请选择至少一位同事。")));
        api(me, "/api/v1/messages/conversations", "{\"people\":[]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请选择至少一位同事。"));
        api(me, "/api/v1/messages/conversations", "{\"people\":[\"nobody-at-all\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("所选的人不是本组织的人员。"));
        api(me, "/api/v1/messages/conversations", json.writeValueAsString(java.util.Map.of("people",
                List.of(team.clerk2(), team.chief()), "title", "名".repeat(101))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("群组名称至多 100 字。"));
        api(me, "/api/v1/messages/conversations/" + pair + "/messages", "{\"text\": ")
                .andExpect(status().isBadRequest());
        api(me, "/api/v1/messages/conversations/" + pair + "/messages", "{\"text\": 12}")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/messages/search").param("q", "查".repeat(101)).with(users.as(me)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("检索词至多 100 字。"));
        mvc.perform(get("/messages/search").param("q", "").with(users.as(me))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/messages/presence").with(users.as(me))).andExpect(status().isBadRequest());
    }

    @Test
    void thePagesSpeakEnglishOnRequestAndTheApiIsDescribed() throws Exception {
        Team team = platform.newTeam();
        long pair = as.call(team.clerk(), () -> messages.start(List.of(team.clerk2()), null));
        mvc.perform(get("/messages").param("lang", "en").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("My conversations")));
        mvc.perform(get("/messages/{id}", pair).param("lang", "en").with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Members (2)")));
        mvc.perform(get("/v3/api-docs").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/messages/conversations'].post.summary").value("发起会话"))
                .andExpect(jsonPath("$.paths['/api/v1/messages/conversations/{id}/messages'].post.summary")
                        .value("发送消息"));
    }

    private org.springframework.test.web.servlet.ResultActions api(String who, String path, String body)
            throws Exception {
        return mvc.perform(post(path).with(users.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
