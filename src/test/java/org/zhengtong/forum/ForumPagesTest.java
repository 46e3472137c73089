package org.zhengtong.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;

/**
 * Every page of 网上论坛: 版块管理 (a board made through the form; a refused one shown again with the reason and 400),
 * the boards and a board's threads, 发表主题 (a blank title shown again, 400), a thread with a reply quoting the
 * opening post, 举报 into 举报处理, 锁定 from the page (the reply form gone, a late reply 409 in Chinese), and the
 * 管理日志; the nav entry in 公共信息.
 */
@IntegrationTest
class ForumPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;

    @Test
    void manageBoardsPostReplyQuoteReportLockAndReadTheLog() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String name = TestUsers.unique("科室交流");
        assertThat(page("/forum/manage", ForumTestKit.ADMIN)).contains("board-form", "新建版块");
        mvc.perform(post("/forum/manage").param("name", name).param("unitIds", "" + team.unitId())
                        .param("moderators", team.chief()).param("description", "本局交流")
                        .with(users.as(ForumTestKit.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/forum/manage").param("name", TestUsers.unique("无受众"))
                        .param("moderators", team.chief()).with(users.as(ForumTestKit.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请选择受众");
        String boards = page("/forum", team.clerk());
        assertThat(boards).contains(name, "本局交流", "网上论坛");
        String board = boards.replaceAll("(?s).*href=\"/forum/boards/(\\d+)\"[^>]*>\\s*<div[^>]*><strong>" + name
                + "<.*", "$1");

        assertThat(page("/forum/threads/new?boardId=" + board, team.clerk())).contains("data-rich-text", name);
        String blank = mvc.perform(multipart("/forum/threads").param("boardId", board).param("title", " ")
                        .param("body", "<p>x</p>").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("主题不能为空");
        String title = TestUsers.unique("办公用房调整");
        String link = mvc.perform(multipart("/forum/threads").param("boardId", board).param("title", title)
                        .param("body", "<p onclick=\"x()\">三楼会议室改为档案室</p>").with(users.as(team.clerk()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page("/forum/boards/" + board, team.clerk2())).contains(title, "thread-row");

        String thread = page(link, team.clerk2());
        assertThat(thread).contains(title, "三楼会议室改为档案室", "reply-form").doesNotContain("onclick", "toggle-lock");
        String opening = thread.replaceAll("(?s).*?id=\"post-(\\d+)\".*", "$1");
        assertThat(page(link + "?quote=" + opening, team.clerk2())).contains("quote-preview", "三楼会议室改为档案室");
        mvc.perform(multipart(link + "/replies").param("body", "<p>同意调整</p>").param("quotePostId", opening)
                .with(users.as(team.clerk2())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(link, team.clerk())).contains("post-quote", "同意调整");

        mvc.perform(post("/forum/posts/{id}/report", opening).param("threadId", link.substring(15))
                .param("reason", "涉及内部安排").with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/forum/reports", team.chief())).contains("涉及内部安排", title);
        assertThat(page("/forum/reports", team.clerk())).doesNotContain("涉及内部安排");
        String report = page("/forum/reports", team.chief()).replaceAll("(?s).*id=\"hide-report-(\\d+)\".*", "$1");
        mvc.perform(post("/forum/reports/{id}/hide", report).with(users.as(team.chief())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(link, team.clerk())).contains("该帖已被版主屏蔽。", "同意调整")
                .doesNotContain("三楼会议室改为档案室");

        assertThat(page(link, team.chief())).contains("toggle-lock", "toggle-sticky", "hide-post");
        mvc.perform(post(link + "/lock").param("value", "true").with(users.as(team.chief())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(link, team.clerk())).contains("locked-note").doesNotContain("reply-form");
        String late = mvc.perform(multipart(link + "/replies").param("body", "<p>晚了</p>")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(late).contains("该主题已锁定，不能回复。");
        assertThat(page("/forum/boards/" + board + "/log", team.chief())).contains("log-row", "锁定", title);
    }

    /** The demo city's board is for everyone: another unit's clerk reads 政务交流 and its thread. */
    @Test
    void theDemoBoardIsReadByTheWholeCity() throws Exception {
        String boards = page("/forum", "jyj.d1.clerk1");
        assertThat(boards).contains("政务交流");
        String board = boards.replaceAll("(?s).*href=\"/forum/boards/(\\d+)\"[^>]*>\\s*<div[^>]*><strong>政务交流<.*",
                "$1");
        assertThat(page("/forum/boards/" + board, "jyj.d1.clerk1")).contains("关于城市更新专项资金申报的几点疑问");
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
