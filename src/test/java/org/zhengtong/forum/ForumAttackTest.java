package org.zhengtong.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;

/**
 * Every access rule of 网上论坛 attacked: a person of another unit reads, replies to, reports and downloads from a
 * board not for her unit — 403 on the API and the pages, and nothing changes; a reader who is no moderator cannot
 * stick, lock, hide, dismiss or read the log; another unit's administrator cannot make boards; forged ids are 404;
 * an anonymous post on a board that takes none, a blank title and an unknown unit are 400 in Chinese. An uploaded
 * HTML file is served to a reader as an attachment of type octet-stream, never as a page.
 */
@IntegrationTest
class ForumAttackTest {

    static final String OUTSIDER = "jyj.d1.clerk1";
    static final String OTHER_ADMIN = "jyj.office";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;

    @Test
    void outsidersAndReadersCannotReadWriteModerateOrDownload() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        ForumTestKit kit = new ForumTestKit(mvc, users);
        long board = kit.board(team, false);
        MockMultipartFile html = new MockMultipartFile("files", "说明.html", "text/html",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/forum/threads").file(html).param("boardId", "" + board)
                        .param("title", TestUsers.unique("附件主题")).param("body", "<p>见附件</p>")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long thread = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // a program named .pdf is refused on the server, whatever the browser says it is, and no reply is made
        MockMultipartFile program = new MockMultipartFile("files", "通知.pdf", "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        mvc.perform(multipart("/forum/threads/" + thread + "/replies").file(program).param("body", "<p>见附件</p>")
                        .with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("内容与其扩展名不符")));
        String posts = kit.read("/api/v1/forum/threads/" + thread + "/posts", team.clerk2());
        assertThat((Integer) JsonPath.read(posts, "$.total")).isEqualTo(1);
        long post = ((Number) JsonPath.read(posts, "$.items[0].id")).longValue();
        long file = ((Number) JsonPath.read(posts, "$.items[0].files[0].id")).longValue();
        kit.postJson("/api/v1/forum/posts/" + post + "/report", team.clerk2(), "{\"reason\": \"测试\"}")
                .andExpect(status().isNoContent());
        List<Number> reports = JsonPath.read(kit.read("/api/v1/forum/reports", team.chief()),
                "$[?(@.postId == %d)].id".formatted(post));
        long report = reports.get(0).longValue();

        // a reader gets the HTML as a download, never as a page of this origin
        for (String path : new String[] {"/forum/files/" + file, "/api/v1/forum/files/" + file}) {
            mvc.perform(get(path).with(users.as(team.clerk2()))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/octet-stream"))
                    .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")));
        }

        // another unit: the board, the thread, a reply, a report and the file are refused
        for (String path : new String[] {"/api/v1/forum/boards/" + board + "/threads",
                "/api/v1/forum/threads/" + thread, "/api/v1/forum/threads/" + thread + "/posts",
                "/api/v1/forum/files/" + file, "/forum/boards/" + board, "/forum/threads/" + thread,
                "/forum/files/" + file, "/forum/threads/new?boardId=" + board}) {
            mvc.perform(get(path).with(users.as(OUTSIDER))).andExpect(status().isForbidden());
        }
        kit.reply(thread, OUTSIDER, "<p>越权回复</p>", null).andExpect(status().isForbidden());
        kit.postJson("/api/v1/forum/boards/" + board + "/threads", OUTSIDER, "{\"title\": \"越权\", \"body\": \"x\"}")
                .andExpect(status().isForbidden());
        kit.postJson("/api/v1/forum/posts/" + post + "/report", OUTSIDER, "{\"reason\": \"x\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forum/boards").with(users.as(OUTSIDER)))
                .andExpect(jsonPath("$[?(@.id == %d)]".formatted(board)).isEmpty());

        // a reader who is no moderator (and the outsider) cannot moderate
        for (String attacker : new String[] {team.clerk2(), OUTSIDER}) {
            kit.flag(thread, "sticky", attacker, true).andExpect(status().isForbidden());
            kit.flag(thread, "lock", attacker, true).andExpect(status().isForbidden());
            kit.postJson("/api/v1/forum/posts/" + post + "/hide", attacker, "{}").andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/forum/reports/{id}/dismiss", report).with(users.as(attacker)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/forum/boards/{id}/log", board).with(users.as(attacker)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/forum/threads/{id}/lock", thread).param("value", "true").with(users.as(attacker))
                    .with(csrf())).andExpect(status().isForbidden());
        }
        // only the city's forum administrator makes boards: not another unit's administrator, not a clerk
        for (String attacker : new String[] {OTHER_ADMIN, team.clerk()}) {
            kit.postJson("/api/v1/forum/boards", attacker, """
                    {"name": "%s", "city": true, "moderators": ["%s"]}""".formatted(TestUsers.unique("越权版块"),
                    attacker)).andExpect(status().isForbidden());
            mvc.perform(get("/forum/manage").with(users.as(attacker))).andExpect(status().isForbidden());
        }
        // forged ids
        for (String path : new String[] {"/api/v1/forum/threads/987654321", "/api/v1/forum/files/987654321",
                "/api/v1/forum/boards/987654321/threads"}) {
            mvc.perform(get(path).with(users.as(team.clerk()))).andExpect(status().isNotFound());
        }

        // bad input: 400 in Chinese
        kit.postJson("/api/v1/forum/threads/" + thread + "/replies", team.clerk2(),
                        "{\"body\": \"<p>匿名</p>\", \"anonymous\": true}")
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("不允许匿名")));
        kit.postJson("/api/v1/forum/boards/" + board + "/threads", team.clerk(), "{\"title\": \" \", \"body\": \"x\"}")
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("主题不能为空")));
        kit.postJson("/api/v1/forum/boards", ForumTestKit.ADMIN, """
                {"name": "%s", "city": false, "unitIds": [987654321], "moderators": ["%s"]}"""
                .formatted(TestUsers.unique("无效单位"), team.chief()))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("单位不存在")));

        // nothing changed
        mvc.perform(get("/api/v1/forum/threads/{id}", thread).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.replies").value(0)).andExpect(jsonPath("$.sticky").value(false))
                .andExpect(jsonPath("$.locked").value(false));
        assertThat(kit.read("/api/v1/forum/reports", team.chief())).contains("\"id\":" + report);
    }
}
