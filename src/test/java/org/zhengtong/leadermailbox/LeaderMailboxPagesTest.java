package org.zhengtong.leadermailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Every page of 领导信箱 in Chinese and English: the list with 写信 and, for a leader, 阅信人设置; the form (a refused
 * letter shown again with the reason and 400); a named letter opening on its page; an anonymous one answered with its
 * reply code on the response itself; the leader naming his reader on 阅信人设置; the letter's page with 直接答复 and
 * 转部门拟答复, the department's draft step with the task actions, the answer; 凭答复码查看; 信箱统计 for the unit
 * administrator. The 公共信息 menu leads here.
 */
@IntegrationTest
class LeaderMailboxPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired Workflow workflow;

    @Test
    void writeNameReadersForwardAnswerAndLookUpByCode() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        assertThat(page("/", team.clerk())).contains("href=\"/leader-mailbox\"", "领导信箱");
        assertThat(page("/leader-mailbox", team.clerk())).contains("写信", "我的来信", "凭答复码查看")
                .doesNotContain("阅信人设置");
        assertThat(page("/leader-mailbox?lang=en", team.clerk())).contains("Write a letter", "My letters");
        assertThat(page("/leader-mailbox", team.leader())).contains("阅信人设置");

        String settings = page("/leader-mailbox/settings", team.leader());
        assertThat(settings).contains("readers-form", "其他任何人（包括管理员）都不能阅读");
        mvc.perform(post("/leader-mailbox/settings").param("readers", team.clerk2()).with(users.as(team.leader()))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("/leader-mailbox/settings?lang=en", team.leader())).contains("Readers");

        String form = page("/leader-mailbox/new", team.clerk());
        assertThat(form).contains("letter-form", "value=\"" + team.leader() + "\"", "匿名来信不保存写信人");
        assertThat(page("/leader-mailbox/new?lang=en", team.clerk())).contains("Anonymous letter");
        String refused = mvc.perform(post("/leader-mailbox").param("leader", team.leader()).param("subject", "")
                        .param("body", "内容").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("主题不能为空");

        String subject = TestUsers.unique("关于科室打印机的建议");
        MvcResult created = mvc.perform(post("/leader-mailbox").param("leader", team.leader())
                        .param("subject", subject).param("body", "打印机常卡纸，建议更换。")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/leader-mailbox/*"))
                .andReturn();
        String link = created.getResponse().getRedirectedUrl();
        assertThat(page(link, team.clerk())).contains(subject, "待答复").doesNotContain("send-answer");
        assertThat(page("/leader-mailbox", team.clerk2())).contains(subject, "领导来信");
        String leaderPage = page(link, team.leader());
        assertThat(leaderPage).contains(subject, "打印机常卡纸", "send-answer", "forward-letter");
        assertThat(page(link + "?lang=en", team.leader())).contains("Answer the writer", "Forward");

        mvc.perform(post(link + "/forward").param("departmentId", String.valueOf(team.departmentId()))
                .with(users.as(team.leader())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(link, team.chief())).contains(subject, "拟答复", "提交答复稿", "写信人不向承办部门显示");
        String draftTask = workflow.todo(team.chief()).stream()
                .filter(t -> ("/leader-mailbox/" + t.businessKey().substring("leadermailbox:".length())).equals(link))
                .findFirst().orElseThrow().taskId();
        mvc.perform(post("/tasks/{id}/send", draftTask).param("opinion", "拟尽快更换打印机。")
                .with(users.as(team.chief())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(link, team.clerk2())).contains("审核答复", "答复写信人", "拟尽快更换打印机。");
        String approveTask = workflow.todo(team.clerk2()).stream()
                .filter(t -> ("/leader-mailbox/" + t.businessKey().substring("leadermailbox:".length())).equals(link))
                .findFirst().orElseThrow().taskId();
        mvc.perform(post("/tasks/{id}/send", approveTask).param("opinion", "已安排本周更换打印机。")
                .with(users.as(team.clerk2())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(link, team.clerk())).contains("已答复", "已安排本周更换打印机。");
        assertThat(page("/leader-mailbox", team.clerk())).contains(subject, "已答复");

        // anonymous: the code on the response, then the answer with it
        String anonymous = TestUsers.unique("关于值班安排的意见");
        String sent = mvc.perform(post("/leader-mailbox").param("leader", team.leader()).param("subject", anonymous)
                        .param("body", "节假日值班总是同几个人。").param("anonymous", "true")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sent).contains("匿名来信已发送", "reply-code");
        String code = sent.replaceAll("(?s).*id=\"reply-code\">([A-Z2-7-]+)<.*", "$1");
        assertThat(code).hasSize(39);
        assertThat(page("/leader-mailbox", team.clerk())).doesNotContain(anonymous);
        assertThat(page("/leader-mailbox", team.leader())).contains(anonymous, "匿名");
        assertThat(page("/leader-mailbox/reply", team.clerk())).contains("code-form");
        String read = mvc.perform(post("/leader-mailbox/reply").param("code", code).with(users.as(team.clerk()))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(read).contains(anonymous, "尚未答复");
        String wrong = mvc.perform(post("/leader-mailbox/reply").param("code", "AAAA-BBBB").with(users.as(team.clerk()))
                .with(csrf())).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("答复码不正确");
        assertThat(page("/leader-mailbox/reply?lang=en", team.clerk())).contains("Read with a reply code");

        // statistics for the unit administrator
        assertThat(page("/leader-mailbox/statistics", LeaderMailboxJourneyTest.UNIT_ADMIN))
                .contains("信箱统计", "statistics-row", "不含来信内容").doesNotContain(subject);
        assertThat(page("/leader-mailbox/statistics?lang=en", LeaderMailboxJourneyTest.UNIT_ADMIN))
                .contains("Average time to answer");
        mvc.perform(get("/leader-mailbox/statistics").with(users.as(team.clerk()))).andExpect(status().isForbidden());

        // the API in the OpenAPI description
        mvc.perform(get("/v3/api-docs").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/leader-mailbox'].post.summary").value("写信"))
                .andExpect(jsonPath("$.paths['/api/v1/leader-mailbox/{id}'].get.responses['403']['$ref']")
                        .value("#/components/responses/Forbidden"))
                .andExpect(jsonPath("$.paths['/api/v1/leader-mailbox/reply'].post.summary").value("凭答复码查看"))
                .andExpect(jsonPath("$.paths['/api/v1/leader-mailbox/statistics'].get.summary").value("信箱统计"));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
