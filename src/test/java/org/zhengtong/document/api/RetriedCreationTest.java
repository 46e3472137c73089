package org.zhengtong.document.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;

/**
 * A creating request sent again — a client retrying after a timeout, a double click — answers with what the first
 * created: one 公文, the same id, through the API's {@code Idempotency-Key} and the console form's token.
 */
@IntegrationTest
class RetriedCreationTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    DocumentApiClient api;

    @BeforeEach
    void client() {
        api = new DocumentApiClient(mvc, json, directory);
    }

    @Test
    void aDraftRepeatedWithTheSameKeyIsCreatedOnce() throws Exception {
        String title = "关于" + TestUsers.unique("重试拟稿") + "的请示";
        String key = UUID.randomUUID().toString();
        long first = id(api.draft("czj.d1.clerk1", api.request(title), key).andExpect(status().isCreated()).andReturn());
        MvcResult again = api.draft("czj.d1.clerk1", api.request(title), key).andExpect(status().isCreated()).andReturn();

        assertThat(id(again)).isEqualTo(first);
        assertThat(again.getResponse().getHeader("Location")).endsWith("/api/v1/documents/" + first);
        assertThat(documentsTitled(title)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirAccountAndAbsentKeysCreateEachTime() throws Exception {
        String title = "关于" + TestUsers.unique("各自拟稿") + "的请示";
        String key = UUID.randomUUID().toString();
        long mine = id(api.draft("czj.d1.clerk1", api.request(title), key).andExpect(status().isCreated()).andReturn());
        long colleagues = id(api.draft("czj.d1.clerk2", api.request(title), key).andExpect(status().isCreated()).andReturn());
        api.draft("czj.d1.clerk1", api.request(title));
        api.draft("czj.d1.clerk1", api.request(title));

        assertThat(colleagues).isNotEqualTo(mine);
        assertThat(documentsTitled(title)).isEqualTo(4);
    }

    @Test
    void theDraftFormPostedTwiceCreatesOneDocument() throws Exception {
        String title = "关于" + TestUsers.unique("表单重发") + "的请示";
        String form = mvc.perform(MockMvcRequestBuilders.get("/documents/new").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = form.replaceAll("(?s).*name=\"requestKey\" value=\"([^\"]+)\".*", "$1");
        assertThat(token).matches("[0-9a-f-]{36}");

        String first = postDraftForm(title, token);
        String second = postDraftForm(title, token);

        assertThat(second).isEqualTo(first).matches("/documents/\\d+");
        assertThat(documentsTitled(title)).isEqualTo(1);
    }

    @Test
    void aKeyUsedForAnotherKindOfRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO sys_idempotency_key (account_id, request_key, kind, result_id, created_at) "
                + "SELECT id, ?, 'document.paperIncoming', 1, CURRENT_TIMESTAMP FROM sec_account WHERE username = ?",
                key, "czj.d1.clerk1");
        String title = "关于" + TestUsers.unique("编号另用") + "的请示";
        api.draft("czj.d1.clerk1", api.request(title), key).andExpect(status().isConflict());
        assertThat(documentsTitled(title)).isZero();
    }

    private String postDraftForm(String title, String token) throws Exception {
        Map<String, Object> draft = api.request(title);
        return mvc.perform(MockMvcRequestBuilders.post("/documents/new").with(users.as("czj.d1.clerk1")).with(csrf())
                        .param("requestKey", token).param("type", "REQUEST").param("title", title)
                        .param("classification", "UNCLASSIFIED").param("urgency", "URGENT").param("issuerCode", "财预")
                        .param("mainRecipients", String.valueOf(api.unit("szfb")))
                        .param("bodyHtml", String.valueOf(draft.get("bodyHtml"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private int documentsTitled(String title) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM doc_document WHERE title = ?", Integer.class, title);
    }

    private static long id(MvcResult result) throws Exception {
        return ((Number) JsonPath.read(DocumentApiClient.body(result), "$.id")).longValue();
    }
}
