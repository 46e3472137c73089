package org.zhengtong.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;

/**
 * Every page of 电子刊物, in Chinese and in English, on the demo's 政务信息: the list with the nav entry, the
 * publication with its 第1期, the issue with its masthead, article and PDF link, 报送 through the form (a blank title
 * shown again with the reason and 400), the article's page with the review's actions for the editor, the editor's
 * desk (403 for a clerk), the scores, and 新建刊物 through its form.
 */
@IntegrationTest
class JournalPagesTest {

    static final String AUTHOR = "czj.d1.clerk1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired OrgDirectory directory;

    @Test
    void readSubmitReviewAndCountThroughThePages() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        assertThat(page("/journals", AUTHOR)).contains("电子刊物", "政务信息", "工作简报", "信息报送统计", "/journals/submit",
                "市财政局全力保障城市更新专项资金").doesNotContain("desk-link");
        assertThat(page("/journals?lang=en", AUTHOR)).contains("E-journals", "Submit an article");
        long government = ((Number) JsonPath.<List<Object>>read(mvc.perform(get("/api/v1/journals")
                .with(users.as(AUTHOR))).andReturn().getResponse().getContentAsString(),
                "$[?(@.name == '政务信息')].id").get(0)).longValue();
        String publication = page("/journals/" + government, AUTHOR);
        assertThat(publication).contains("全市", "所有单位", "年第1期", "市财政局全力保障城市更新专项资金");
        String issueLink = publication.replaceAll("(?s).*href=\"(/journals/issues/\\d+)\".*", "$1");
        assertThat(page(issueLink, AUTHOR)).contains("issue-masthead", "政务信息", "年第1期", "总第1期", "5.2亿元",
                issueLink + "/pdf");

        assertThat(page("/journals/submit", team.clerk())).contains("journal-form", "data-rich-text", "政务信息");
        String refused = mvc.perform(post("/journals/submit").param("publicationId", "" + government)
                        .param("title", " ").param("content", "<p>x</p>").param("classification", "UNCLASSIFIED")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("标题不能为空");
        String title = TestUsers.unique("城市更新 专项资金绩效评价");
        String location = mvc.perform(post("/journals/submit").param("publicationId", "" + government)
                        .param("title", title).param("content", "<p>开展绩效评价。</p>")
                        .param("classification", "UNCLASSIFIED").with(users.as(team.clerk())).with(csrf()))
                .andExpect(redirectedUrlPattern("/journals/articles/*")).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(page(location, team.clerk())).contains(title, "待审核", "开展绩效评价");
        assertThat(page(location, "szfb.clerk")).contains("采用", "不采用", "退回");
        assertThat(page("/journals/edit?publication=" + government, "szfb.clerk")).contains("编辑台", title,
                "compose-form");
        mvc.perform(get("/journals/edit").with(users.as(team.clerk()))).andExpect(status().isForbidden());
        assertThat(page("/journals/scores?publication=" + government, AUTHOR)).contains("信息报送统计", "市财政局",
                "采用率");
        assertThat(page("/journals/scores?lang=en", AUTHOR)).contains("Submission scores", "Adoption rate");
    }

    /** 新建刊物 by a unit administrator through the form: a blank name shown again with the reason and 400; a clerk 403. */
    @Test
    void anEditorCreatesAPublicationThroughTheForm() throws Exception {
        String editor = "czj.office";
        long finance = directory.person(editor).orElseThrow().unitId();
        assertThat(page("/journals", editor)).contains("new-publication-link");
        assertThat(page("/journals/publications/new", editor)).contains("publication-form", "全市阅读", "市教育局");
        String refused = mvc.perform(post("/journals/publications").param("name", " ").param("cityWide", "true")
                        .with(users.as(editor)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("刊物名称不能为空");
        mvc.perform(post("/journals/publications").param("name", TestUsers.unique("简报")).param("_cityWide", "on")
                        .with(users.as(editor)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("请选择阅读单位"));

        String name = TestUsers.unique("财政工作简报");
        String location = mvc.perform(post("/journals/publications").param("name", name)
                        .param("_cityWide", "on").param("audienceUnits", "" + finance)
                        .param("submitterUnits", "" + finance)
                        .with(users.as(editor)).with(csrf()))
                .andExpect(redirectedUrlPattern("/journals/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(location, editor)).contains(name, "市财政局");
        assertThat(page("/journals/edit", editor)).contains(name);

        String clerk = platform.newTeam().clerk();
        mvc.perform(get("/journals/publications/new").with(users.as(clerk))).andExpect(status().isForbidden());
        mvc.perform(post("/journals/publications").param("name", TestUsers.unique("简报")).param("cityWide", "true")
                .with(users.as(clerk)).with(csrf())).andExpect(status().isForbidden());
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
