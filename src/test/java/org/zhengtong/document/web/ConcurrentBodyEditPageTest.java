package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/**
 * Two 会签 handlers editing the body at once: the later save (from an older version) is refused with 409 naming who
 * changed it, shows their changes and keeps the text as typed for a save after review; two saves at the same
 * instant end as one save and one such refusal, never a 500 from the version's unique key.
 */
@IntegrationTest
class ConcurrentBodyEditPageTest {

    private static final String ORIGINAL = "<p>市政府：</p><p>现将有关情况请示如下。</p>";

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
    void aSaveFromAnOlderVersionIsRefusedWithTheirChangesAndMyTextKept() throws Exception {
        long id = atCountersigning();
        saveBody("czj.d2.chief", id, 1, "<p>市政府：</p><p>现将有关情况请示如下，国库科补充了测算。</p>")
                .andExpect(redirectedUrl("/documents/" + id));

        String merge = saveBody("czj.d3.chief", id, 1, "<p>市政府：</p><p>资产管理科的写法。</p>")
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String theirName = directory.person("czj.d2.chief").orElseThrow().name();
        assertThat(merge).contains("正文已被" + theirName + "修改（第2版）", "id=\"body-conflict\"",
                ">，国库科补充了测算</ins>", "资产管理科的写法", "name=\"baseVersion\" value=\"2\"", "核对后保存（替换第2版）");
        assertThat(versions(id)).isEqualTo(2);

        saveBody("czj.d3.chief", id, 2, "<p>市政府：</p><p>资产管理科的写法，已吸收国库科的测算。</p>")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(versions(id)).isEqualTo(3);
        assertThat(pages.page("czj.d2.chief", id)).doesNotContain("id=\"body-conflict\"")
                .contains("name=\"baseVersion\" value=\"3\"");
    }

    @Test
    void twoSavesAtTheSameInstantAreOneSaveAndOneConflict() throws Exception {
        long id = atCountersigning();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> d2 = () -> {
            together.await();
            return saveBody("czj.d2.chief", id, 1, "<p>国库科的正文</p>").andReturn().getResponse().getStatus();
        };
        Callable<Integer> d3 = () -> {
            together.await();
            return saveBody("czj.d3.chief", id, 1, "<p>资产管理科的正文</p>").andReturn().getResponse().getStatus();
        };
        ExecutorService handlers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = handlers.invokeAll(List.of(d2, d3));
            assertThat(List.of(answers.get(0).get(), answers.get(1).get())).containsExactlyInAnyOrder(302, 409);
        } finally {
            handlers.shutdown();
        }
        assertThat(versions(id)).isEqualTo(2);
    }

    /** A fresh 请示 of 市财政局 at 会签 with the chiefs of 国库科 and 资产管理科. */
    private long atCountersigning() throws Exception {
        long id = pages.draft("czj.d1.clerk1", "关于" + TestUsers.unique("会签改稿") + "的请示", ORIGINAL);
        pages.sendOn("czj.d1.clerk1", id, "opinion", "请审核");
        pages.sendOn("czj.d1.chief", id, "opinion", "同意");
        pages.sendOn("czj.office", id, "opinion", "请会签", "countersigners", "czj.d2.chief",
                "countersigners", "czj.d3.chief", "signer", "czj.head");
        return id;
    }

    private ResultActions saveBody(String username, long id, int base, String html) throws Exception {
        return pages.post(username, "/documents/" + id + "/body", "baseVersion", String.valueOf(base), "bodyHtml", html);
    }

    private int versions(long id) {
        return pages.as("czj.d1.clerk1", () -> documents.bodyVersions(id)).size();
    }
}
