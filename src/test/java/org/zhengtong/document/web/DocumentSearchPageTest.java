package org.zhengtong.document.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.platform.Classification;

/** The search page and API show a reader's own documents with the words marked, and not to other units. */
@IntegrationTest
class DocumentSearchPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theReaderFindsTheirDocumentAndAnotherUnitDoesNot() throws Exception {
        String marker = TestUsers.unique("编号");
        String title = "关于" + marker + "的请示";
        long cityOffice = jdbc.queryForObject("select id from org_unit where code = 'szfb'", Long.class);
        long id = as.call("czj.d1.clerk2", () -> documents.draftOutgoing(new OutgoingForm(DocumentType.REQUEST, title,
                Classification.UNCLASSIFIED, null, Urgency.NORMAL, List.of(cityOffice), List.of(), "财预",
                "<p>关于2026年度预算调整和城市供水管网改造的请示</p>", null))).getId();

        mvc.perform(get("/documents/search").param("q", "供水管网").with(users.as("czj.d1.clerk2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("/documents/" + id)))
                .andExpect(content().string(containsString("<mark>")));
        mvc.perform(get("/documents/search").param("q", "供水管网").with(users.as("szfb.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/api/v1/documents/search").param("q", "供水管网").with(users.as("czj.d1.clerk2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].title").value(title));
    }

    @Test
    void theEmptyPageHasTheFormAndOnlyAdministratorsAreLedToTheIndex() throws Exception {
        mvc.perform(get("/documents/search").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("search-form")))
                .andExpect(content().string(not(containsString("search-admin"))));
        mvc.perform(get("/documents/search").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/search\"")));
    }
}
