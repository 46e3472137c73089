package org.zhengtong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;

/**
 * The search: a clerk of 市财政局 looks for "城市更新 专项资金" once and finds, in one list, a 公文, an 电子公告,
 * the shared 管理办法 PDF, a forum thread and a 大事记 entry (the demo city's, and her own draft); a 秘密 file of the
 * same library is left out for her (no clearance) and found by her section chief (一般).
 */
@IntegrationTest
class SearchAcrossKindsTest {

    static final String WORDS = "城市更新 专项资金";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;

    @Test
    void oneSearchFindsFiveKindsAndHidesAClassifiedFileFromAnUnclearedReader() throws Exception {
        long draft = new DocumentFixtures(documentService, directory, accounts).draft("czj.d1.clerk1",
                TestUsers.unique("关于城市更新专项资金绩效评价的请示"), "<p>拟对城市更新专项资金开展绩效评价。</p>").getId();
        long secret = uploadSecretFile();
        await().atMost(Duration.ofSeconds(30)).until(() -> hits("czj.d1.chief").contains("sharedfile:" + secret));

        Set<String> clerk = hits("czj.d1.clerk1");
        assertThat(clerk).contains("document:" + draft);
        assertThat(clerk.stream().map(hit -> hit.substring(0, hit.indexOf(':'))).distinct())
                .contains("document", "notice", "sharedfile", "forum", "chronicle");
        assertThat(clerk).as("秘密 is beyond her clearance").doesNotContain("sharedfile:" + secret);
        assertThat(hits("jyj.d1.clerk1")).as("another unit's clerk: not the draft, not the library")
                .doesNotContain("document:" + draft, "sharedfile:" + secret);
    }

    /** czj.office puts a 秘密 file about the same money into 文献资料, which the whole unit reads. */
    private long uploadSecretFile() throws Exception {
        String folders = mvc.perform(get("/api/v1/shared-files/folders").with(users.as("czj.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> literature = JsonPath.read(folders, "$[?(@.name == '文献资料')].id");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf);
        }
        String created = mvc.perform(multipart("/api/v1/shared-files/folders/" + literature.get(0) + "/files")
                        .file(new MockMultipartFile("file", "estimate.pdf", "application/pdf", pdf.toByteArray()))
                        .param("title", TestUsers.unique("城市更新专项资金测算表"))
                        .param("classification", "SECRET").with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    /** Every hit of every page for the user, as kind:id. */
    private Set<String> hits(String username) throws Exception {
        Set<String> hits = new HashSet<>();
        int after = 0;
        while (after >= 0) {
            String page = mvc.perform(get("/api/v1/search").param("q", WORDS).param("after", String.valueOf(after))
                    .with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            List<Map<String, Object>> items = JsonPath.read(page, "$.items");
            items.forEach(item -> hits.add(item.get("kind") + ":" + item.get("id")));
            after = JsonPath.read(page, "$.next");
        }
        return hits;
    }
}
