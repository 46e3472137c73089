package org.zhengtong.supplies;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.TestUsers;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The supplies tests' common steps through the API: 市财政局's manager ({@code czj.office}) adds an item of a fresh
 * number and a store kept by someone; a keeper takes a purchase in; a requester asks; a step's handler sends his task.
 */
final class SuppliesTestKit {

    static final String MANAGER = "czj.office";

    private final MockMvc mvc;
    private final TestUsers users;
    private final Workflow workflow;

    SuppliesTestKit(MockMvc mvc, TestUsers users, Workflow workflow) {
        this.mvc = mvc;
        this.users = users;
        this.workflow = workflow;
    }

    long addItem(String name, int reorderLevel) throws Exception {
        return id(postJson("/api/v1/supplies/items", MANAGER, """
                {"code": "%s", "name": "%s", "category": "测试", "measure": "盒", "specification": "标准",
                 "reorderLevel": %d}""".formatted(TestUsers.unique("T"), name, reorderLevel))
                .andExpect(status().isCreated()));
    }

    long addStore(String... keepers) throws Exception {
        return id(postJson("/api/v1/supplies/stores", MANAGER, """
                {"name": "%s", "keepers": ["%s"]}""".formatted(TestUsers.unique("库房"), String.join("\", \"", keepers)))
                .andExpect(status().isCreated()));
    }

    ResultActions receive(String keeper, long store, long item, int quantity) throws Exception {
        return postJson("/api/v1/supplies/receipts", keeper, """
                {"storeId": %d, "itemId": %d, "quantity": %d, "unitPrice": 12.50, "supplier": "市政府采购中心"}"""
                .formatted(store, item, quantity));
    }

    ResultActions request(String requester, long store, long item, int quantity) throws Exception {
        return request(requester, store, Map.of(item, quantity));
    }

    /** One request with a line per item (quantity by item id). */
    ResultActions request(String requester, long store, Map<Long, Integer> quantities) throws Exception {
        String lines = quantities.entrySet().stream().map(line -> """
                {"itemId": %d, "quantity": %d, "purpose": "科室日常办公"}""".formatted(line.getKey(), line.getValue()))
                .collect(Collectors.joining(", "));
        return postJson("/api/v1/supplies/requests", requester, """
                {"storeId": %d, "lines": [%s]}""".formatted(store, lines));
    }

    long requested(String requester, long store, long item, int quantity) throws Exception {
        return requested(requester, store, Map.of(item, quantity));
    }

    long requested(String requester, long store, Map<Long, Integer> quantities) throws Exception {
        return id(request(requester, store, quantities).andExpect(status().isCreated()));
    }

    TodoTask task(String username, long requestId) {
        return workflow.todo(username).stream().filter(t -> t.businessKey().equals("supplies:" + requestId))
                .findFirst().orElseThrow(() -> new AssertionError("no task of supplies:" + requestId + " for "
                        + username));
    }

    void approve(String chief, long requestId) throws Exception {
        postJson("/api/v1/tasks/{taskId}/send", chief, "{\"opinion\": \"同意\"}", task(chief, requestId).taskId())
                .andExpect(status().isOk());
    }

    ResultActions issue(String keeper, long requestId) throws Exception {
        return postJson("/api/v1/supplies/requests/{id}/issue", keeper, "{\"opinion\": \"已发放\"}", requestId);
    }

    /** The stock of an item in a store, as its keeper reads it. */
    int stock(String reader, long store, long item) throws Exception {
        String body = mvc.perform(get("/api/v1/supplies/stock").with(users.as(reader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(body,
                "$[?(@.storeId == " + store + " && @.itemId == " + item + ")]");
        return ((Number) rows.get(0).get("quantity")).intValue();
    }

    ResultActions postJson(String path, String user, String body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Request lines in the order given: item, quantity, item, quantity… */
    static Map<Long, Integer> lines(long... itemThenQuantity) {
        Map<Long, Integer> lines = new java.util.LinkedHashMap<>();
        for (int i = 0; i < itemThenQuantity.length; i += 2) {
            lines.put(itemThenQuantity[i], (int) itemThenQuantity[i + 1]);
        }
        return lines;
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
