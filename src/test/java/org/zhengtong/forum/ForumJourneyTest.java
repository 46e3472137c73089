package org.zhengtong.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.Together;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.search.Search;

/**
 * 网上论坛 through /api/v1/forum: the city's forum administrator makes a board for one unit with two moderators; a
 * clerk opens a thread (its script cleaned away), a colleague replies quoting it, a moderator sticks the thread
 * (listed first though another is newer) and locks it (a reply is refused 409 in Chinese), a report goes to the
 * moderators, who hide the post (gone from the thread's text and from 综合检索), and the board's log holds every
 * action. Two moderators hiding at once, and a reply racing a lock, come out one way.
 */
@IntegrationTest
class ForumJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired Search search;
    @Autowired AsUser asUser;

    ForumTestKit kit() {
        return new ForumTestKit(mvc, users);
    }

    @Test
    void boardThreadQuoteStickyLockReportHideAndLog() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        ForumTestKit kit = kit();
        long board = kit.board(team, true);

        long thread = kit.thread(board, team.clerk(), TestUsers.unique("城市更新 专项资金"),
                "<p>申报材料<script>alert(1)</script><a href=\"javascript:x()\" onclick=\"y()\">清单</a></p>");
        String posts = kit.read("/api/v1/forum/threads/" + thread + "/posts", team.clerk2());
        long opening = ((Number) JsonPath.read(posts, "$.items[0].id")).longValue();
        assertThat((String) JsonPath.read(posts, "$.items[0].body")).contains("申报材料", "清单")
                .doesNotContain("script", "alert", "javascript", "onclick");

        String word = TestUsers.unique("拨付进度");
        long reply = ForumTestKit.id(kit.reply(thread, team.clerk2(), "<p>" + word + "按季度</p>", opening)
                .andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/forum/threads/{id}/posts", thread).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].quote.postId").value(opening))
                .andExpect(jsonPath("$.items[1].quote.text").value(Matchers.containsString("申报材料")))
                .andExpect(jsonPath("$.items[1].quote.text").value(Matchers.not(Matchers.containsString("<"))));
        mvc.perform(get("/api/v1/forum/threads/{id}", thread).with(users.as(team.clerk2())))
                .andExpect(jsonPath("$.replies").value(1))
                .andExpect(jsonPath("$.views").value(Matchers.greaterThan(0)));

        // 置顶: first in the board though a newer thread came later
        long newer = kit.thread(board, team.clerk2(), TestUsers.unique("新主题"), "<p>后来的</p>");
        kit.flag(thread, "sticky", team.chief(), true).andExpect(status().isOk())
                .andExpect(jsonPath("$.sticky").value(true));
        mvc.perform(get("/api/v1/forum/boards/{id}/threads", board).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.items[0].id").value(thread)).andExpect(jsonPath("$.items[1].id").value(newer));

        // 锁定: no more replies, in Chinese
        kit.flag(thread, "lock", team.chief(), true).andExpect(status().isOk());
        kit.reply(thread, team.clerk(), "<p>还有一个问题</p>", null).andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("该主题已锁定")));

        // found by the reply's text, then 举报 → 屏蔽: the text is gone from the thread and from the search
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(found(team.clerk(), word))
                .contains(thread));
        kit.postJson("/api/v1/forum/posts/" + reply + "/report", team.clerk(), "{\"reason\": \"与主题无关\"}")
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/forum/reports").with(users.as(team.leader())))
                .andExpect(jsonPath("$[?(@.postId == %d)].reason".formatted(reply)).value("与主题无关"));
        kit.postJson("/api/v1/forum/posts/" + reply + "/hide", team.leader(), "{\"reason\": \"无关内容\"}")
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/forum/reports").with(users.as(team.leader())))
                .andExpect(jsonPath("$[?(@.postId == %d)]".formatted(reply)).isEmpty());
        mvc.perform(get("/api/v1/forum/threads/{id}/posts", thread).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.items[1].hidden").value(true))
                .andExpect(jsonPath("$.items[1].body").doesNotExist());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(found(team.clerk(), word))
                .doesNotContain(thread));

        // 管理日志: the moderators and the administrator read it, newest first
        for (String reader : List.of(team.chief(), ForumTestKit.ADMIN)) {
            mvc.perform(get("/api/v1/forum/boards/{id}/log", board).with(users.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].action").value(Matchers.contains("屏蔽帖子", "锁定", "置顶")))
                    .andExpect(jsonPath("$.items[0].detail").value("无关内容"));
        }
    }

    /**
     * 修改: the author edits her post (cleaned, marked as edited, found by its new words); a colleague may not (403),
     * nor through the page; a blank text is 400 in Chinese; an edit racing a 锁定 comes out one way, and a locked
     * thread's posts stay as they are (409).
     */
    @Test
    void theAuthorAloneEditsHerPostUntilTheThreadIsLocked() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        ForumTestKit kit = kit();
        long board = kit.board(team, true);
        long thread = kit.thread(board, team.clerk(), TestUsers.unique("修改"), "<p>初稿</p>");
        long opening = kit.opening(thread, team.clerk());

        kit.editPost(opening, team.clerk2(), "<p>别人的修改</p>").andExpect(status().isForbidden());
        mvc.perform(post("/forum/posts/{id}/edit", opening).param("body", "<p>别人的修改</p>")
                .with(users.as(team.clerk2())).with(csrf())).andExpect(status().isForbidden());
        assertThat(kit.read("/api/v1/forum/threads/" + thread + "/posts", team.clerk())).contains("初稿")
                .doesNotContain("别人的修改");
        mvc.perform(get("/forum/posts/{id}/edit", opening).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/forum/posts/{id}/edit", opening).param("body", " ").with(users.as(team.clerk()))
                        .with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("edit-form")));
        String word = TestUsers.unique("改定稿");
        kit.editPost(opening, team.clerk(), "<p>" + word + "<script>alert(1)</script></p>")
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/forum/threads/{id}/posts", thread).with(users.as(team.clerk2())))
                .andExpect(jsonPath("$.items[0].body").value(Matchers.allOf(Matchers.containsString(word),
                        Matchers.not(Matchers.containsString("script")))))
                .andExpect(jsonPath("$.items[0].editedAt").isNotEmpty())
                .andExpect(jsonPath("$.items[0].mine").value(false));
        assertThat(kit.read("/forum/threads/" + thread, team.clerk())).contains("post-edited", "edit-post");
        assertThat(kit.read("/forum/threads/" + thread, team.clerk2())).contains("post-edited")
                .doesNotContain("edit-post");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(asUser.call(team.clerk2(),
                () -> search.search(word, "forum", Map.of(), 0).items())).hasSize(1));

        List<String> race = Together.run(List.of(
                () -> outcome(kit.editPost(opening, team.clerk(), "<p>抢在锁定前</p>")),
                () -> outcome(kit.flag(thread, "lock", team.chief(), true))));
        assertThat(race.get(1)).isEqualTo("200");
        assertThat(race.get(0)).isIn("204", "409");
        assertThat(kit.read("/api/v1/forum/threads/" + thread + "/posts", team.clerk()))
                .contains(race.get(0).equals("204") ? "抢在锁定前" : word);
        kit.editPost(opening, team.clerk(), "<p>锁定后</p>").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("锁定")));
    }

    @Test
    void twoModeratorsHidingAtOnceAndAReplyRacingALockComeOutOneWay() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        ForumTestKit kit = kit();
        long board = kit.board(team, true);
        long thread = kit.thread(board, team.clerk(), TestUsers.unique("并发"), "<p>正文</p>");
        long opening = kit.opening(thread, team.clerk());

        List<String> hides = Together.run(List.of(
                () -> outcome(kit.postJson("/api/v1/forum/posts/" + opening + "/hide", team.chief(), "{}")),
                () -> outcome(kit.postJson("/api/v1/forum/posts/" + opening + "/hide", team.leader(), "{}"))));
        assertThat(hides).containsExactlyInAnyOrder("204", "409");
        mvc.perform(get("/api/v1/forum/boards/{id}/log", board).with(users.as(team.chief())))
                .andExpect(jsonPath("$.total").value(1));

        long other = kit.thread(board, team.clerk(), TestUsers.unique("并发回复"), "<p>正文</p>");
        List<String> race = Together.run(List.of(
                () -> outcome(kit.reply(other, team.clerk2(), "<p>赶在锁定前</p>", null)),
                () -> outcome(kit.flag(other, "lock", team.chief(), true))));
        assertThat(race.get(1)).isEqualTo("200");
        assertThat(race.get(0)).isIn("201", "409");
        int replies = race.get(0).equals("201") ? 1 : 0;
        mvc.perform(get("/api/v1/forum/threads/{id}", other).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.locked").value(true)).andExpect(jsonPath("$.replies").value(replies));
        mvc.perform(get("/api/v1/forum/threads/{id}/posts", other).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.total").value(1 + replies));
    }

    private static String outcome(ResultActions result) {
        return String.valueOf(result.andReturn().getResponse().getStatus());
    }

    private List<Long> found(String user, String words) {
        return asUser.call(user, () -> search.search(words, "forum", Map.of(), 0).items().stream()
                .map(Search.Found::id).toList());
    }
}
