package org.zhengtong.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * 检索索引 for the system administrator: entries per kind and the lag, a rebuild started from the page (audited) and
 * followed through the API until it is done; the security and audit administrators and a clerk get 403 on the page,
 * the form and the API, and start nothing.
 */
@IntegrationTest
class IndexAdminPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theSystemAdministratorSeesTheIndexAndRebuildsIt() throws Exception {
        String page = mvc.perform(get("/admin/search").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("kind-document", "kind-notice", "公文", "search-lag", "search-rebuild");
        assertThat(mvc.perform(get("/admin/search").param("lang", "en").with(users.as("sysadmin")))
                .andReturn().getResponse().getContentAsString()).contains("Search index");
        long audits = rebuildAudits();

        mvc.perform(post("/admin/search/rebuild").with(users.as("sysadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/search"));
        await().atMost(Duration.ofMinutes(3)).until(() -> !rebuilding());
        assertThat(rebuildAudits()).isEqualTo(audits + 1);
        mvc.perform(get("/api/v1/search/index").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rebuildFailure").doesNotExist())
                .andExpect(jsonPath("$.rebuilt.document").isNumber())
                .andExpect(jsonPath("$.kinds[?(@.kind == 'document')].entries").isNotEmpty());

        mvc.perform(post("/api/v1/search/index/rebuild").with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofMinutes(3)).until(() -> !rebuilding());
    }

    @Test
    void nobodyElseSeesOrRebuildsTheIndex() throws Exception {
        long audits = rebuildAudits();
        for (String intruder : new String[] {"secadmin", "auditadmin", "czj.office", "czj.d1.clerk1"}) {
            mvc.perform(get("/admin/search").with(users.as(intruder))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/search/rebuild").with(users.as(intruder)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/search/index").with(users.as(intruder))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/search/index/rebuild").with(users.as(intruder)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(rebuildAudits()).isEqualTo(audits);
        assertThat(mvc.perform(get("/").with(users.as("czj.d1.clerk1"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/admin/search");
    }

    /** The dictionary applies at once; a bad line is refused in Chinese and changes nothing. */
    @Test
    void theSystemAdministratorKeepsTheSynonyms() throws Exception {
        String original = mvc.perform(get("/api/v1/search/synonyms").with(users.as("sysadmin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(original).contains("发改委,发展改革委,发展和改革委员会");
        assertThat(mvc.perform(get("/admin/search").with(users.as("sysadmin"))).andReturn().getResponse()
                .getContentAsString()).contains("synonyms-form", "发改委,发展改革委,发展和改革委员会");
        try {
            mvc.perform(post("/admin/search/synonyms").param("synonymsText", original + "\n孤词")
                            .with(users.as("sysadmin")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("只有一个词")));
            mvc.perform(put("/api/v1/search/synonyms").contentType(MediaType.TEXT_PLAIN)
                            .content("城管,城市管理\n城管,综合执法").with(users.as("sysadmin")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("一个词只能属于一组")));
            assertThat(synonymsText()).isEqualTo(original);

            mvc.perform(post("/admin/search/synonyms").param("synonymsText", original + "\n网格员，网格管理员")
                    .with(users.as("sysadmin")).with(csrf())).andExpect(redirectedUrl("/admin/search"));
            assertThat(synonymsText()).endsWith("网格员,网格管理员");
        } finally {
            mvc.perform(put("/api/v1/search/synonyms").contentType(MediaType.TEXT_PLAIN).content(original)
                    .with(users.as("sysadmin")).with(csrf())).andExpect(status().isOk());
        }
    }

    @Test
    void nobodyElseReadsOrChangesTheSynonyms() throws Exception {
        for (String intruder : new String[] {"secadmin", "auditadmin", "czj.office"}) {
            mvc.perform(get("/api/v1/search/synonyms").with(users.as(intruder))).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/search/synonyms").contentType(MediaType.TEXT_PLAIN).content("甲,乙")
                    .with(users.as(intruder)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/search/synonyms").param("synonymsText", "甲,乙")
                    .with(users.as(intruder)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(synonymsText()).doesNotContain("甲,乙");
    }

    private String synonymsText() throws Exception {
        return mvc.perform(get("/api/v1/search/synonyms").with(users.as("sysadmin"))).andReturn().getResponse()
                .getContentAsString();
    }

    private boolean rebuilding() throws Exception {
        String status = mvc.perform(get("/api/v1/search/index").with(users.as("sysadmin")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(status, "$.rebuilding");
    }

    private long rebuildAudits() {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'SEARCH_INDEX_REBUILD'"
                + " and result = 'SUCCESS'", Long.class);
    }
}
