package org.zhengtong.regulation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.TestUsers;

/** The regulation tests' common steps through the API; 市财政局's office ({@code czj.office}) keeps its regulations. */
final class RegulationTestKit {

    static final String MANAGER = "czj.office";
    static final String READER = "czj.d1.clerk1";
    static final String OTHER_MANAGER = "jyj.office";

    private final MockMvc mvc;
    private final TestUsers users;

    RegulationTestKit(MockMvc mvc, TestUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    static String regulation(String kind, String title, String issued, String effective, String repealed) {
        return """
                {"kind": "%s", "title": "%s", "issuer": "市财政局", "docNumber": "财办〔2026〕1号",
                 "issuedOn": "%s", "effectiveOn": %s, "repealedOn": %s, "body": "<p>第一条 专项资金。</p>"}"""
                .formatted(kind, title, issued, quoted(effective), quoted(repealed));
    }

    ResultActions create(String user, String json) throws Exception {
        return postJson(user, "/api/v1/regulations", json);
    }

    /** A regulation of 市财政局 issued on New Year's Day 2026; its id. */
    long created(String kind, String title) throws Exception {
        return id(create(MANAGER, regulation(kind, title, "2026-01-01", null, null)).andExpect(status().isCreated()));
    }

    ResultActions postJson(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", TestUsers.unique("k")).content(json));
    }

    ResultActions view(String user, long id) throws Exception {
        return mvc.perform(get("/api/v1/regulations/{id}", id).with(users.as(user))).andExpect(status().isOk());
    }

    /** The ids the catalogue finds for the user with this query string. */
    List<Long> found(String user, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/regulations?" + query).with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(body, "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    /** The id in an answer: a regulation's page, or anything else's. */
    static long id(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, body.contains("\"regulation\"") ? "$.regulation.id" : "$.id"))
                .longValue();
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
