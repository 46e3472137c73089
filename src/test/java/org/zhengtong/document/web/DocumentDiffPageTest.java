package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/** 痕迹保留 on the page: each saved body is a version, and two versions compare with insertions and deletions marked. */
@IntegrationTest
class DocumentDiffPageTest {

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
    void changedBodyShowsWhatWasInsertedAndDeleted() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        pages.post("czj.d1.chief", "/documents/" + id + "/body",
                "baseVersion", "1", "bodyHtml", "<p>市政府：</p><p>现将有关情况请示如下，妥否，请批示。</p><p>附：a&lt;b 预算表</p>");

        assertThat(pages.page("czj.d1.chief", id)).contains("/documents/" + id + "/diff?from=1&amp;to=2", "与上一版比较");
        String diff = pages.get("czj.d1.chief", "/documents/" + id + "/diff?from=1&to=2").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(diff).contains("第1版 → 第2版", "市政府：", "现将有关情况请示如下",
                ">，妥否，请批示</ins>", ">附：a&lt;b 预算表</ins>", "部门审核");
        assertThat(diff).doesNotContain("<del class=\"bg-danger-subtle text-danger-emphasis\">市政府", "a<b");

        String backwards = pages.get("czj.d1.chief", "/documents/" + id + "/diff?from=2&to=1")
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(backwards).contains(">，妥否，请批示</del>");
    }

    @Test
    void savingAnUnchangedBodyMakesNoVersionAndUnknownVersionsAreNotFound() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        pages.post("czj.d1.chief", "/documents/" + id + "/body", "baseVersion", "1", "bodyHtml", "<p>市政府：</p><p>现将有关情况请示如下。</p>");
        assertThat(pages.as("czj.d1.chief", () -> documents.bodyVersions(id))).hasSize(1);
        pages.get("czj.d1.chief", "/documents/" + id + "/diff?from=1&to=9").andExpect(status().isNotFound());
        pages.get("czj.d2.clerk1", "/documents/" + id + "/diff?from=1&to=1").andExpect(status().isForbidden());
    }
}
