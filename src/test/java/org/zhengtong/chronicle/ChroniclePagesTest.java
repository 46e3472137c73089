package org.zhengtong.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Every page of 大事记, in Chinese and in English: the year view with the demo's entries by month and the export
 * links, 报送 through the form (a refused one shown again with the reason and 400), the entry's page with the review's
 * actions for the office, 退回 and 修改并重新报送 through the pages, 我的报送, the office's page with 发布 (403 for a
 * clerk), and the city's chronicle with 收录 for the city office only.
 */
@IntegrationTest
class ChroniclePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired Clock clock;

    @Test
    void submitReturnResubmitAndReadThroughThePages() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        LocalDate today = LocalDate.now(clock);
        assertThat(page("/chronicles?year=2026", team.clerk())).contains("市财政局大事记（2026年）", "3月",
                "下达首批城市更新专项资金2.6亿元", "export.pdf", "export.docx", "报送大事记")
                .doesNotContain("manage-tab");
        assertThat(page("/chronicles?year=2026&lang=en", team.clerk())).contains("Chronicle of 市财政局 (2026)",
                "Submit an entry", "Month 3");
        assertThat(page("/chronicles/new", team.clerk())).contains("chronicle-form", "data-rich-text", "重要工作");
        assertThat(page("/chronicles/new?lang=en", team.clerk())).contains("Important work", "Leaders&#39; activity");

        String refused = mvc.perform(post("/chronicles").param("eventDate", today.toString()).param("title", "")
                        .param("category", "WORK").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("标题不能为空");

        String title = TestUsers.unique("城市更新项目开工");
        String link = mvc.perform(post("/chronicles").param("eventDate", today.toString()).param("title", title)
                        .param("content", "<p onclick=\"x()\">开工仪式</p>").param("category", "MEETING")
                        .param("classification", "UNCLASSIFIED").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/chronicles/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        assertThat(page(link, team.clerk())).contains(title, "审核中", "开工仪式").doesNotContain("onclick");
        assertThat(page(link, ChronicleJourneyTest.OFFICE)).contains(title, "办公室审核", "审核通过", "退回", "不同意");
        assertThat(page(link + "?lang=en", ChronicleJourneyTest.OFFICE)).contains("In review", "Approve");
        assertThat(page("/chronicles/mine", team.clerk())).contains(title, "审核中");
        assertThat(page("/chronicles/manage", ChronicleJourneyTest.OFFICE)).contains(title, "publish-year");
        mvc.perform(get("/chronicles/manage").with(users.as(team.clerk()))).andExpect(status().isForbidden());

        String task = workflow.todo(ChronicleJourneyTest.OFFICE).stream()
                .filter(t -> t.businessKey().equals("chronicle:" + id)).findFirst().orElseThrow().taskId();
        mvc.perform(post("/tasks/{id}/return", task).param("taskId", task).param("returnTarget", "draft")
                        .param("opinion", "请补充开工项目数量").with(users.as(ChronicleJourneyTest.OFFICE)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(link, team.clerk())).contains("已退回", "请补充开工项目数量", "edit-entry");
        assertThat(page(link + "/edit", team.clerk())).contains("重新报送", title);
        mvc.perform(post(link).param("eventDate", today.toString()).param("title", title + "（12个项目）")
                        .param("content", "<p>开工仪式，12个项目</p>").param("category", "MEETING")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(link, team.clerk())).contains("审核中", "12个项目");
        mvc.perform(get(link + "/edit").with(users.as(team.clerk()))).andExpect(status().isConflict());

        assertThat(page("/chronicles/city?year=2026", team.clerk())).contains("市人民政府大事记（2026年）",
                "市政府召开城市更新工作推进会").doesNotContain("id=\"collectable\"");
        assertThat(page("/chronicles/city?year=2026", ChronicleJourneyTest.CITY_OFFICE)).contains("id=\"collectable\"",
                "预算科获评全省财政系统先进集体", "收入全市大事记");
        assertThat(page("/chronicles/city?year=2026&lang=en", team.clerk())).contains("City chronicle");
        assertThat(page("/", team.clerk())).contains("href=\"/chronicles\"");
    }

    @Test
    void theApiIsInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/chronicles'].post.summary").value("报送条目"))
                .andExpect(jsonPath("$.paths['/api/v1/chronicles/{id}/resubmit'].post.summary").value("修改后重新报送"))
                .andExpect(jsonPath("$.paths['/api/v1/chronicles/export'].get.summary").value("导出本单位大事记"))
                .andExpect(jsonPath("$.paths['/api/v1/chronicles/city'].get.summary").value("全市大事记"));
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
