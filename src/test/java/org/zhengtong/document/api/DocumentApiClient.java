package org.zhengtong.document.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;

/**
 * The 公文 API called the way a mobile client calls it: HTTP Basic with a demo account, JSON bodies, task ids taken
 * from the caller's own {@code GET /api/v1/todo}. Not a bean: tests make their own.
 */
class DocumentApiClient {

    /** Every demo account's password (see DemoCity). */
    static final String DEMO_PASSWORD = "Demo@2026";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final OrgDirectory directory;
    private final Map<String, String> passwords = new HashMap<>();

    DocumentApiClient(MockMvc mvc, ObjectMapper json, OrgDirectory directory) {
        this.mvc = mvc;
        this.json = json;
        this.directory = directory;
    }

    static RequestPostProcessor basic(String username) {
        return httpBasic(username, DEMO_PASSWORD);
    }

    /** Calls as this (non-demo) account with its own password. */
    void password(String username, String password) {
        passwords.put(username, password);
    }

    /** A 请示 of 市财政局's 预算科 to 市政府办公室, copied to 市人民政府, as the draft form posts it. */
    Map<String, Object> request(String title) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("type", "REQUEST");
        form.put("title", title);
        form.put("classification", "UNCLASSIFIED");
        form.put("urgency", "URGENT");
        form.put("mainRecipients", List.of(unit("szfb")));
        form.put("ccRecipients", List.of(unit("szf")));
        form.put("issuerCode", "财预");
        form.put("bodyHtml", "<p>市政府：</p><p>现将有关情况请示如下。</p>");
        return form;
    }

    /** Drafts the form as the user; returns the new document's id. */
    long draft(String username, Map<String, Object> form) throws Exception {
        MvcResult created = post(username, "/api/v1/documents", form).andExpect(status().isCreated()).andReturn();
        return ((Number) JsonPath.read(body(created), "$.id")).longValue();
    }

    /** A fresh 请示 of {@code czj.d1.clerk1}, sent on: it waits at 部门审核 with {@code czj.d1.chief}. */
    long draftAtDepartmentReview() throws Exception {
        long id = draft("czj.d1.clerk1", request("关于" + TestUsers.unique("追加预算") + "的请示"));
        send("czj.d1.clerk1", id, "拟稿", Map.of("opinion", "请审核"));
        return id;
    }

    /** The user's open task on the document, from their to-do list; fails when there is none. */
    String taskId(String username, long documentId, String step) throws Exception {
        String todo = body(get(username, "/api/v1/todo").andExpect(status().isOk()).andReturn());
        List<String> ids = JsonPath.read(todo, "$[?(@.businessKey == 'document:" + documentId + "' && @.step == '"
                + step + "')].taskId");
        assertThat(ids).as("%s has %s of document %s in the to-do list", username, step, documentId).hasSize(1);
        return ids.get(0);
    }

    /** Sends the user's step on with the decision (null: no body) and expects it to succeed. */
    MvcResult send(String username, long documentId, String step, Object decision) throws Exception {
        String path = "/api/v1/documents/" + documentId + "/tasks/" + taskId(username, documentId, step) + "/send";
        return (decision == null ? perform(MockMvcRequestBuilders.post(path), username) : post(username, path, decision))
                .andExpect(status().isOk()).andReturn();
    }

    ResultActions post(String username, String path, Object body) throws Exception {
        return perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)),
                username);
    }

    /** Drafts with an {@code Idempotency-Key}, as a client that retries after a timeout does. */
    ResultActions draft(String username, Map<String, Object> form, String idempotencyKey) throws Exception {
        return perform(MockMvcRequestBuilders.post("/api/v1/documents").header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)), username);
    }

    ResultActions post(String username, String path) throws Exception {
        return perform(MockMvcRequestBuilders.post(path), username);
    }

    ResultActions get(String username, String path) throws Exception {
        return perform(MockMvcRequestBuilders.get(path), username);
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(httpBasic(username, passwords.getOrDefault(username, DEMO_PASSWORD))));
    }

    long unit(String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    String name(String username) {
        return directory.person(username).orElseThrow().name();
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
