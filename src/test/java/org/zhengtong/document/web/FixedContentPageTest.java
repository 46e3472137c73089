package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.IncomingForm;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/**
 * What was signed stays as signed: a 发文's 正文 and attachments are fixed from 领导签发 until the document goes back to
 * 签发 (or before), which withdraws the signature so it is signed again; from 用印 on nothing changes and it is not
 * sent back. The handlers of a 收文 add opinions and files, never change the sender's body or files.
 */
@IntegrationTest
class FixedContentPageTest {

    private static final String SIGNED = "公文已经领导签发，正文和附件不能再修改。";
    private static final String SEALED = "公文已经用印，正文、附件和各项内容都不能再修改。";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;

    DocumentPages pages;
    DocumentFixtures fixtures;

    @BeforeEach
    void setUp() {
        pages = new DocumentPages(mvc, users, accounts, workflow, directory, documents);
        fixtures = new DocumentFixtures(documents, directory, accounts);
    }

    @Test
    void afterSignOffNothingChangesUntilItGoesBackToSignOffAndAfterSealingNothingAtAll() throws Exception {
        long id = signed();
        long attachmentId = attachmentOf(id);
        String page = pages.page("czj.secretary", id);
        assertThat(page).contains(SIGNED).doesNotContain("id=\"body-form\"", "id=\"attachment-form\"");

        saveBody("czj.secretary", id, "<p>签发后改的正文</p>", 1)
                .andExpect(status().isConflict()).andExpect(content().string(containsString(SIGNED)));
        upload("czj.secretary", "/documents/" + id + "/attachments").andExpect(status().isConflict())
                .andExpect(content().string(containsString(SIGNED)));
        upload("czj.secretary", "/documents/" + id + "/attachments/" + attachmentId + "/versions")
                .andExpect(status().isConflict()).andExpect(content().string(containsString(SIGNED)));
        assertUnchanged(id, attachmentId);

        // sent back to 领导签发: the signature is withdrawn, the signer changes the body and signs again
        pages.act("czj.secretary", id, "return", "returnTarget", "signOff", "opinion", "正文需修改")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.stored("czj.head", id).getSignerName()).isNull();
        assertThat(pages.stored("czj.head", id).getIssueDate()).isNull();
        saveBody("czj.head", id, "<p>局长改定的正文</p>", 1)
                .andExpect(redirectedUrl("/documents/" + id));
        pages.sendOn("czj.head", id, "opinion", "同意");
        assertThat(pages.stored("czj.head", id).getSignerUsername()).isEqualTo("czj.head");

        // 编号登记 and 用印: from then on nothing changes, and it is not sent back
        pages.sendOn("czj.secretary", id);
        pages.sendOn("czj.secretary", id);
        assertThat(pages.stepOf("czj.secretary", id)).isEqualTo("分发");
        assertThat(pages.page("czj.secretary", id)).contains(SEALED).doesNotContain("id=\"output-form\"");
        saveBody("czj.secretary", id, "<p>用印后改的正文</p>", 2)
                .andExpect(status().isConflict()).andExpect(content().string(containsString(SEALED)));
        upload("czj.secretary", "/documents/" + id + "/attachments").andExpect(status().isConflict());
        pages.post("czj.secretary", "/documents/" + id + "/output", "copies", "3", "annotation", "用印后加的附注")
                .andExpect(status().isConflict());
        pages.act("czj.secretary", id, "return", "returnTarget", "signOff", "opinion", "再改一次")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("公文已经用印，不能退回修改")));
        assertThat(pages.stepOf("czj.secretary", id)).isEqualTo("分发");
        assertThat(bodyVersions(id)).isEqualTo(2);

        // the API refuses the same (it has no body or attachment upload)
        String taskId = pages.taskId("czj.secretary", id);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/documents/{id}/tasks/{task}/return", id, taskId)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"signOff\",\"opinion\":\"再改\"}")
                        .with(httpBasic("czj.secretary", "Demo@2026")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("公文已经用印，不能退回修改")));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/documents/{id}/output", id)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"copies\":3}")
                        .with(httpBasic("czj.secretary", "Demo@2026")))
                .andExpect(status().isConflict());
        assertThat(pages.stored("czj.secretary", id).getCopies()).isEqualTo(1);
    }

    @Test
    void goingBackBeforeSignOffWithdrawsTheSignatureAndGoingBackAfterItKeepsIt() throws Exception {
        long id = signed();
        pages.sendOn("czj.secretary", id); // 编号登记
        assertThat(pages.stepOf("czj.secretary", id)).isEqualTo("用印");

        // from 用印 back to 编号登记, a step after the signature: still signed, still fixed
        pages.act("czj.secretary", id, "return", "returnTarget", "numbering", "opinion", "文号有误")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.stored("czj.secretary", id).getSignerUsername()).isEqualTo("czj.head");
        saveBody("czj.secretary", id, "<p>改</p>", 1)
                .andExpect(status().isConflict());

        // from 编号登记 back to 拟稿, before the signature: it must be signed again; the drafter may change it
        pages.act("czj.secretary", id, "return", "returnTarget", "draft", "opinion", "请重新拟稿")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.stored("czj.d1.clerk1", id).getSignerUsername()).isNull();
        saveBody("czj.d1.clerk1", id, "<p>重新拟定的正文</p>", 1)
                .andExpect(redirectedUrl("/documents/" + id));
        // the API shows it unsigned too
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/documents/{id}", id)
                        .with(httpBasic("czj.d1.clerk1", "Demo@2026")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.signerName").doesNotExist());
    }

    @Test
    void theSignerTakingBackTheSignOffTakesBackTheSignature() throws Exception {
        long id = signed();
        pages.post("czj.head", "/documents/" + id + "/withdraw").andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.stepOf("czj.head", id)).isEqualTo("领导签发");
        assertThat(pages.stored("czj.head", id).getSignerUsername()).isNull();
        saveBody("czj.head", id, "<p>收回后改定</p>", 1)
                .andExpect(redirectedUrl("/documents/" + id));
    }

    @Test
    void theHandlersOfAnIncomingDocumentAddTheirFilesButNeverChangeTheSendersBodyOrFiles() throws Exception {
        String title = TestUsers.unique("来文");
        long id = fixtures.as("czj.secretary", () -> documents.registerPaperIncoming(new IncomingForm(
                DocumentType.NOTICE, title, "市政府办公室", null, Classification.UNCLASSIFIED, null, Urgency.NORMAL,
                null), "扫描件.pdf", new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))).getId();
        long scan = attachmentOf(id);
        String received = "收文保留来文单位的正文和附件，不能修改";
        assertThat(pages.page("czj.secretary", id)).contains(received).contains("id=\"attachment-form\"")
                .doesNotContain("id=\"body-form\"");

        saveBody("czj.secretary", id, "<p>改来文</p>", 0)
                .andExpect(status().isConflict()).andExpect(content().string(containsString(received)));
        upload("czj.secretary", "/documents/" + id + "/attachments/" + scan + "/versions")
                .andExpect(status().isConflict()).andExpect(content().string(containsString(received)));
        upload("czj.secretary", "/documents/" + id + "/attachments").andExpect(redirectedUrl("/documents/" + id));

        assertThat(bodyVersions(id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from doc_attachment_version where attachment_id = ?",
                Integer.class, scan)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from doc_attachment where document_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    /** A 请示 of 市财政局 with one attachment, signed off by the 局长: it waits at 编号登记 with the 机要秘书. */
    private long signed() {
        long id = fixtures.draft("czj.d1.clerk1", Urgency.URGENT, "请示").getId();
        fixtures.as("czj.d1.clerk1", () -> documents.uploadAttachment(id, null, "预算表.txt", "text/plain",
                new ByteArrayInputStream("原表".getBytes(StandardCharsets.UTF_8))));
        fixtures.signedOff(id);
        assertThat(pages.stepOf("czj.secretary", id)).isEqualTo("编号登记");
        return id;
    }

    private void assertUnchanged(long id, long attachmentId) {
        assertThat(bodyVersions(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from doc_attachment where document_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from doc_attachment_version where attachment_id = ?",
                Integer.class, attachmentId)).isEqualTo(1);
    }

    private int bodyVersions(long id) {
        return jdbc.queryForObject("select count(*) from doc_body_version where document_id = ?", Integer.class, id);
    }

    private long attachmentOf(long id) {
        return jdbc.queryForObject("select min(id) from doc_attachment where document_id = ?", Long.class, id);
    }

    /** The body form as the page posts it, with the version the editor started from. */
    private ResultActions saveBody(String username, long id, String html, int baseVersion) throws Exception {
        return pages.post(username, "/documents/" + id + "/body", "bodyHtml", html,
                "baseVersion", String.valueOf(baseVersion));
    }

    private ResultActions upload(String username, String path) throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("file", "改动.txt", "text/plain",
                "改动".getBytes(StandardCharsets.UTF_8))).with(users.as(username)).with(csrf()));
    }
}
