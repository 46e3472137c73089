package org.zhengtong.notice;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.archive.ArchiveFixtures;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/**
 * A finished 通知 of 市财政局 becomes a notice in one step: its drafter, a publisher of the unit's column, posts it
 * and it goes to review with the document's title and body; the form page is filled from it. Someone who may not
 * read the document, a forged document id and a document still in progress are refused. The document's page offers
 * 转为公告 once it is finished.
 */
@IntegrationTest
class NoticeFromDocumentTest {

    static final String DRAFTER = "czj.d1.clerk1";
    static final String REVIEWER = "czj.d1.chief";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;

    @Test
    void aFinishedNoticeDocumentIsPublishedAsANotice() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures(documents, directory, accounts, workflow);
        String title = TestUsers.unique("关于规范公务接待的通知");
        long document = fixtures.finished(title).getId();
        long unit = directory.person(DRAFTER).orElseThrow().unitId();
        long column = id(postJson("/api/v1/notices/columns", NoticeJourneyTest.UNIT_ADMIN, """
                {"name": "%s", "publishers": ["%s"], "reviewers": ["%s"], "audience": [{"kind": "UNIT", "refId": %d}]}"""
                .formatted(TestUsers.unique("文件转发"), DRAFTER, REVIEWER, unit)).andExpect(status().isCreated()));

        mvc.perform(get("/documents/{id}", document).with(users.as(DRAFTER))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "id=\"use-notice\" href=\"/notices/new?documentId=" + document + "\"")));
        mvc.perform(get("/notices/new").param("documentId", String.valueOf(document)).with(users.as(DRAFTER)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(title)));
        postJson("/api/v1/notices/from-document", DRAFTER, """
                {"documentId": %d, "columnId": %d}""".formatted(document, column))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.title").value(Matchers.startsWith(title)))
                .andExpect(jsonPath("$.status").value("REVIEW"));

        postJson("/api/v1/notices/from-document", NoticeJourneyTest.OUTSIDER, """
                {"documentId": %d, "columnId": %d}""".formatted(document, column)).andExpect(status().isForbidden());
        postJson("/api/v1/notices/from-document", DRAFTER, """
                {"documentId": 987654321, "columnId": %d}""".formatted(column)).andExpect(status().isNotFound());
        long inProgress = new DocumentFixtures(documents, directory, accounts)
                .draft(DRAFTER, TestUsers.unique("拟稿中的通知"), "<p>正文</p>").getId();
        mvc.perform(get("/documents/{id}", inProgress).with(users.as(DRAFTER))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("use-notice"))));
        postJson("/api/v1/notices/from-document", DRAFTER, """
                {"documentId": %d, "columnId": %d}""".formatted(inProgress, column)).andExpect(status().isConflict());
    }

    private ResultActions postJson(String path, String user, String body) throws Exception {
        return mvc.perform(post(path).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
