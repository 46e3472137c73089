package org.zhengtong.archive;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

@IntegrationTest
class ArchiveApiTest {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired ArchivingService archiving;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired Workflow workflow;

    @Test
    void searchAndReadAnItemWithBasicAuth() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures(documentService, directory, users, workflow);
        OfficialDocument document = fixtures.finished("接口档案");
        ArchiveItem item = fixtures.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(document.getId(), Retention.PERMANENT, "BGS")));

        mvc.perform(get("/api/v1/archive/items").param("title", document.getTitle())
                        .with(httpBasic("czj.d1.clerk1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].archivalCode").value(item.getArchivalCode()))
                .andExpect(jsonPath("$.items[0].itemNumber").value(matchesPattern("\\d{4}")));
        // a colleague sees the metadata but not the files
        mvc.perform(get("/api/v1/archive/items/{id}", item.getId()).with(httpBasic("czj.d1.clerk1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.canOpen").value(false))
                .andExpect(jsonPath("$.files", hasSize(0)));
        mvc.perform(get("/api/v1/archive/items/{id}", item.getId()).with(httpBasic("czj.secretary", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.canOpen").value(true))
                .andExpect(jsonPath("$.files[0].sha256").value(matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.history[0].step").exists());
        mvc.perform(get("/api/v1/archive/items/{id}/stamped.pdf", item.getId())
                        .with(httpBasic("czj.d1.clerk1", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/archive/items/{id}", item.getId()).with(httpBasic("szfb.secretary", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/archive/items").param("title", document.getTitle())
                        .with(httpBasic("szfb.secretary", PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
    }
}
