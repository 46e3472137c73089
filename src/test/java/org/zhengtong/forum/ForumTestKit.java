package org.zhengtong.forum;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;

/** The forum tests' common steps through /api/v1/forum; boards made by the city's forum administrator. */
final class ForumTestKit {

    static final String ADMIN = "szfb.office";

    private final MockMvc mvc;
    private final TestUsers users;

    ForumTestKit(MockMvc mvc, TestUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    /** A board for the team's unit only, moderated by its chief and its leader; its id. */
    long board(PlatformFixtures.Team team, boolean anonymousAllowed) throws Exception {
        return id(postJson("/api/v1/forum/boards", ADMIN, """
                {"name": "%s", "description": "测试", "city": false, "unitIds": [%d],
                 "moderators": ["%s", "%s"], "anonymousAllowed": %s}"""
                .formatted(TestUsers.unique("版块"), team.unitId(), team.chief(), team.leader(), anonymousAllowed))
                .andExpect(status().isCreated()));
    }

    long thread(long board, String user, String title, String body) throws Exception {
        return id(postJson("/api/v1/forum/boards/" + board + "/threads", user,
                "{\"title\": \"%s\", \"body\": \"%s\"}".formatted(title, body.replace("\"", "\\\"")))
                .andExpect(status().isCreated()));
    }

    /** The id of the thread's first post. */
    long opening(long thread, String user) throws Exception {
        return ((Number) JsonPath.read(read("/api/v1/forum/threads/" + thread + "/posts", user), "$.items[0].id"))
                .longValue();
    }

    ResultActions reply(long thread, String user, String body, Long quote) throws Exception {
        return postJson("/api/v1/forum/threads/" + thread + "/replies", user,
                "{\"body\": \"%s\", \"quotePostId\": %s}".formatted(body, quote));
    }

    ResultActions flag(long thread, String which, String user, boolean value) throws Exception {
        return postJson("/api/v1/forum/threads/" + thread + "/" + which, user, "{\"value\": " + value + "}");
    }

    ResultActions editPost(long post, String user, String body) throws Exception {
        return mvc.perform(put("/api/v1/forum/posts/{id}", post).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"%s\"}".formatted(body)));
    }

    String read(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    ResultActions postJson(String path, String user, String body) throws Exception {
        return mvc.perform(post(path).with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
