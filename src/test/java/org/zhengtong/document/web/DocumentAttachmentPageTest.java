package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/** Attachments on the document page: the handler uploads files and new versions; every version stays downloadable. */
@IntegrationTest
class DocumentAttachmentPageTest {

    private static final String SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired DocumentService documents;

    DocumentPages pages;

    @BeforeEach
    void pages() {
        pages = new DocumentPages(mvc, users, accounts, workflow, directory, documents);
    }

    @Test
    void handlerUploadsAnAttachmentAndANewVersionAndBothDownload() throws Exception {
        long id = pages.draft("czj.d1.clerk1", TestUsers.unique("请示"), "<p>见附件。</p>");
        upload("czj.d1.clerk1", "/documents/" + id + "/attachments", "预算表.xlsx", "第一版内容")
                .andExpect(redirectedUrl("/documents/" + id))
                .andExpect(flash().attribute("flashMessage", "附件“预算表.xlsx”已上传（第 1 版）。"));
        long attachmentId = DocumentIncomingPageTest.attachmentId(pages.page("czj.d1.clerk1", id), id);

        upload("czj.d1.clerk1", "/documents/" + id + "/attachments/" + attachmentId + "/versions", "预算表.xlsx", "第二版内容")
                .andExpect(flash().attribute("flashMessage", "附件“预算表.xlsx”已上传（第 2 版）。"));
        assertThat(pages.page("czj.d1.clerk1", id)).contains("预算表.xlsx", "第1版", "第2版");

        String versions = "/documents/" + id + "/attachments/" + attachmentId + "/versions/";
        pages.get("czj.d1.clerk1", versions + "1").andExpect(status().isOk())
                .andExpect(content().contentType("application/octet-stream"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("%E9%A2%84%E7%AE%97%E8%A1%A8.xlsx")))
                .andExpect(content().bytes("第一版内容".getBytes(StandardCharsets.UTF_8)));
        pages.get("czj.d1.clerk1", versions + "2").andExpect(status().isOk())
                .andExpect(content().bytes("第二版内容".getBytes(StandardCharsets.UTF_8)));
        pages.get("czj.d1.clerk1", versions + "3").andExpect(status().isNotFound());
        pages.get("czj.d2.clerk1", versions + "1").andExpect(status().isForbidden());
    }

    @Test
    void emptyOrForeignUploadsChangeNothing() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        upload("czj.d1.chief", "/documents/" + id + "/attachments", "空.xlsx", "")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("请选择文件，文件不能为空")));
        upload("czj.d1.chief", "/documents/" + id + "/attachments", "大.xlsx", "x".repeat(10 * 1024 * 1024 + 1))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("文件不能超过 10 MB")));
        // the drafter is no longer the handler
        upload("czj.d1.clerk1", "/documents/" + id + "/attachments", "晚到.xlsx", "内容")
                .andExpect(status().isForbidden());
        assertThat(pages.as("czj.d1.clerk1", () -> documents.attachments(id))).isEmpty();
        assertThat(pages.page("czj.d1.chief", id)).contains("无附件");
    }

    private ResultActions upload(String username, String path, String fileName, String content) throws Exception {
        return mvc.perform(multipart(path)
                .file(new MockMultipartFile("file", fileName, SHEET, content.getBytes(StandardCharsets.UTF_8)))
                .with(users.as(username)).with(csrf()));
    }
}
