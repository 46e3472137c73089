package org.zhengtong.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Every page of 电子公告: the unit administrator's 栏目管理 (a column made through the form, a refused one shown again
 * with the reason and 400), 发布公告 with a file, the notice's page with the review's actions for the reviewer, the
 * list and the 工作台 with the unread mark for a reader, the attachment as a download, the archive, and 403 for an
 * outsider on the page and the file. A column is changed and deleted on 栏目管理: one that holds a notice stays (409),
 * another unit's administrator and a clerk are refused.
 */
@IntegrationTest
class NoticePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;

    @Test
    void manageColumnsPublishReadAndDownload() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String column = TestUsers.unique("科室园地");
        assertThat(page("/notices/manage", NoticeJourneyTest.UNIT_ADMIN)).contains("column-form", "新建栏目");
        mvc.perform(post("/notices/manage").param("name", column).param("publishers", team.clerk())
                        .param("reviewers", team.chief()).param("departmentIds", String.valueOf(team.departmentId()))
                        .with(users.as(NoticeJourneyTest.UNIT_ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/notices/manage").param("name", TestUsers.unique("无受众"))
                        .param("publishers", team.clerk()).param("reviewers", team.chief())
                        .with(users.as(NoticeJourneyTest.UNIT_ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请至少选择一项受众");
        assertThat(page("/notices/manage", NoticeJourneyTest.UNIT_ADMIN)).contains(column);
        mvc.perform(get("/notices/manage").with(users.as(team.clerk()))).andExpect(status().isForbidden());

        String form = page("/notices/new", team.clerk());
        assertThat(form).contains(column, "data-rich-text");
        String columnId = form.replaceAll("(?s).*<option value=\"(\\d+)\"[^>]*>" + column + "<.*", "$1");
        String title = TestUsers.unique("科室卫生检查安排");
        MockMultipartFile file = new MockMultipartFile("files", "检查表.csv", "text/csv",
                "科室,得分\n".getBytes(StandardCharsets.UTF_8));
        MvcResult created = mvc.perform(multipart("/notices").file(file).param("columnId", columnId)
                        .param("title", title).param("body", "<p onclick=\"x()\">周五检查</p>")
                        .param("classification", "UNCLASSIFIED").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/notices/*")).andReturn();
        String link = created.getResponse().getRedirectedUrl();
        mvc.perform(multipart("/notices").param("columnId", columnId).param("title", "")
                        .param("body", "x").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest());

        assertThat(page(link, team.chief())).contains(title, "审核发布", "不同意").doesNotContain("onclick");
        String task = workflow.todo(team.chief()).stream()
                .filter(t -> ("/notices/" + t.businessKey().substring("notice:".length())).equals(link))
                .findFirst().orElseThrow().taskId();
        mvc.perform(post("/tasks/{id}/send", task).param("opinion", "同意").with(users.as(team.chief()))
                .with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(page("/notices", team.clerk2())).contains(title, "unread-mark", column);
        assertThat(page("/", team.clerk2())).contains("【未读】" + title);
        assertThat(page(link, team.clerk2())).contains(title, "周五检查", "检查表.csv").doesNotContain("reader-count");
        assertThat(page(link, team.clerk())).contains("reader-count", "receipt-row");
        String fileLink = page(link, team.clerk2()).replaceAll("(?s).*href=\"(/notices/\\d+/files/\\d+)\".*", "$1");
        mvc.perform(get(fileLink).with(users.as(team.clerk2()))).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(fileLink).with(users.as(NoticeJourneyTest.OUTSIDER))).andExpect(status().isForbidden());
        mvc.perform(get(link).with(users.as(NoticeJourneyTest.OUTSIDER))).andExpect(status().isForbidden());
        assertThat(page("/", team.clerk2())).doesNotContain("【未读】" + title);
    }

    @Test
    void columnsAreChangedAndDeletedOnTheManagePage() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String admin = NoticeJourneyTest.UNIT_ADMIN;
        String name = TestUsers.unique("业务交流");
        long column = createColumn(name, team);

        assertThat(page("/notices/manage?edit=" + column, admin))
                .contains("value=\"" + name + "\"", "save-column", "selected=\"selected\"");
        String renamed = TestUsers.unique("业务学习");
        mvc.perform(columnPost("/notices/manage/" + column, renamed, team).with(users.as(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/notices/manage", admin)).contains(renamed).doesNotContain(name);
        String refused = mvc.perform(columnPost("/notices/manage/" + column, "", team).with(users.as(admin)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("page-error", "save-column");
        mvc.perform(columnPost("/notices/manage/" + column, "改名", team).with(users.as(team.clerk())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/notices/manage/{id}/delete", column).with(users.as("jyj.office")).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(multipart("/notices").param("columnId", String.valueOf(column)).param("title", TestUsers.unique("学习安排"))
                        .param("body", "<p>周三学习</p>").param("classification", "UNCLASSIFIED")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post("/notices/manage/{id}/delete", column).with(users.as(admin)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("中已有公告，不能删除");
        assertThat(page("/notices/manage", admin)).contains(renamed);

        String empty = TestUsers.unique("空栏目");
        long emptyColumn = createColumn(empty, team);
        mvc.perform(post("/notices/manage/{id}/delete", emptyColumn).with(users.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/notices/manage", admin)).doesNotContain(empty);
    }

    private long createColumn(String name, PlatformFixtures.Team team) throws Exception {
        mvc.perform(columnPost("/notices/manage", name, team).with(users.as(NoticeJourneyTest.UNIT_ADMIN)))
                .andExpect(status().is3xxRedirection());
        return Long.parseLong(page("/notices/manage", NoticeJourneyTest.UNIT_ADMIN)
                .replaceAll("(?s).*href=\"/notices/columns/(\\d+)\">" + name + "<.*", "$1"));
    }

    private MockHttpServletRequestBuilder columnPost(String path, String name, PlatformFixtures.Team team) {
        return post(path).param("name", name).param("publishers", team.clerk()).param("reviewers", team.chief())
                .param("departmentIds", String.valueOf(team.departmentId())).with(csrf());
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
