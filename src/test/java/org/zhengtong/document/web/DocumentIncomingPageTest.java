package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/** 纸质来文登记: the secretary registers a paper 收文 with its scan; nobody else may, and nothing empty gets in. */
@IntegrationTest
class DocumentIncomingPageTest {

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

    /** Registers a paper 关于…的函 from 市住建局 with a small scan; returns the new document's id. */
    static long register(MockMvc mvc, TestUsers users, String username, String title) throws Exception {
        String location = mvc.perform(registration(users, username, title, scan("来文扫描件.pdf", "%PDF-1.4 扫描件")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/documents/\\d+");
        return Long.parseLong(location.substring("/documents/".length()));
    }

    @Test
    void secretaryRegistersAPaperDocumentThatWaitsToBeSignedFor() throws Exception {
        pages.get("szfb.secretary", "/documents/incoming/new").andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));

        String title = "关于" + TestUsers.unique("城建项目") + "的函";
        long id = register(mvc, users, "szfb.secretary", title);

        String page = pages.page("szfb.secretary", id);
        assertThat(page).contains(title, "收文", "市住建局", "市建函〔2026〕8号", "来文扫描件.pdf", "签收");
        assertThat(pages.stepOf("szfb.secretary", id)).isEqualTo("签收");
        pages.get("szfb.secretary", "/documents/" + id + "/attachments/" + attachmentId(page, id) + "/versions/1")
                .andExpect(status().isOk())
                .andExpect(content().bytes("%PDF-1.4 扫描件".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlySecretariesAndOfficeDirectorsRegister() throws Exception {
        pages.get("szfb.d1.clerk1", "/documents/incoming/new").andExpect(status().isForbidden());
        int before = workflow.todo("szfb.secretary").size();
        mvc.perform(registration(users, "szfb.d1.clerk1", TestUsers.unique("来文"), scan("a.pdf", "x")))
                .andExpect(status().isForbidden());
        assertThat(workflow.todo("szfb.secretary")).hasSize(before);
        pages.get("szfb.office", "/documents/incoming/new").andExpect(status().isOk());
    }

    @Test
    void emptyScanOrMissingFieldsRegisterNothing() throws Exception {
        int before = workflow.todo("szfb.secretary").size();
        mvc.perform(registration(users, "szfb.secretary", TestUsers.unique("来文"), scan("empty.pdf", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择文件，文件不能为空")));
        mvc.perform(registration(users, "szfb.secretary", "", scan("a.pdf", "x")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写标题")));
        mvc.perform(registration(users, "szfb.secretary", TestUsers.unique("来文"),
                        scan("big.pdf", "x".repeat(10 * 1024 * 1024 + 1))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("文件不能超过 10 MB")));
        assertThat(workflow.todo("szfb.secretary")).hasSize(before);
    }

    private static MockMultipartHttpServletRequestBuilder registration(TestUsers users, String username, String title,
                                                                       MockMultipartFile scan) {
        MockMultipartHttpServletRequestBuilder request = multipart("/documents/incoming/new").file(scan);
        request.param("type", "LETTER").param("title", title).param("sourceUnitName", "市住建局")
                .param("documentNumber", "市建函〔2026〕8号").param("classification", "UNCLASSIFIED")
                .param("urgency", "NORMAL");
        request.with(users.as(username)).with(csrf());
        return request;
    }

    private static MockMultipartFile scan(String name, String content) {
        return new MockMultipartFile("scan", name, "application/pdf", content.getBytes(StandardCharsets.UTF_8));
    }

    /** The id in the page's first attachment download link. */
    static long attachmentId(String page, long documentId) {
        String prefix = "/documents/" + documentId + "/attachments/";
        int start = page.indexOf(prefix) + prefix.length();
        return Long.parseLong(page.substring(start, page.indexOf('/', start)));
    }
}
