package org.zhengtong.document.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;

/** The refusals of the 公文 API: RFC 7807 problems with the reason in Chinese, and nothing changed. */
@IntegrationTest
class DocumentApiErrorsTest {

    static final String FORBIDDEN = "您没有权限执行此操作或查看此内容。";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;

    DocumentApiClient api;

    @BeforeEach
    void client() {
        api = new DocumentApiClient(mvc, json, directory);
    }

    @Test
    void outsidersMayNeitherReadNorAct() throws Exception {
        long id = api.draftAtDepartmentReview();
        String task = api.taskId("czj.d1.chief", id, "部门审核");
        for (String path : List.of("", "/history", "/form.pdf", "/tasks/" + task + "/return-targets")) {
            api.get("czj.d2.clerk1", "/api/v1/documents/" + id + path)
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(FORBIDDEN));
        }
        api.post("czj.d2.clerk1", "/api/v1/documents/" + id + "/tasks/" + task + "/send", Map.of("opinion", "同意"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(FORBIDDEN));
        api.post("czj.d2.clerk1", "/api/v1/documents/" + id + "/tasks/" + task + "/return",
                Map.of("target", "draft", "opinion", "退回")).andExpect(status().isForbidden());
        api.post("czj.d2.clerk1", "/api/v1/documents/" + id + "/urge").andExpect(status().isForbidden());
        api.get("czj.d1.chief", "/api/v1/documents/" + id).andExpect(jsonPath("$.currentTask.name").value("部门审核"));
    }

    @Test
    void aReviewerWithoutClearanceForTheClassificationIsRefused() throws Exception {
        Map<String, Object> form = api.request("关于" + TestUsers.unique("机密事项") + "的报告");
        form.put("type", "REPORT");
        form.put("classification", "CONFIDENTIAL");
        form.put("secrecyPeriod", "10年");
        form.put("issuerCode", "财办");
        // 分管领导 czj.deputy1 holds 重要 clearance, enough for 机密; czj.office, who would review it next (it has no
        // 科长), only 一般: the send-on is refused, and czj.office neither gets the step nor reads the document
        long id = api.draft("czj.deputy1", form);
        String draft = api.taskId("czj.deputy1", id, "拟稿");
        api.post("czj.deputy1", "/api/v1/documents/" + id + "/tasks/" + draft + "/send", Map.of("opinion", "请审核"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("“部门审核”将交给" + api.name("czj.office")
                        + "办理，但其涉密等级低于本件要求的“重要”，未能送出。请联系安全管理员调整涉密等级，或另行安排办理人。"));
        api.get("czj.deputy1", "/api/v1/documents/" + id).andExpect(jsonPath("$.currentTask.name").value("拟稿"));
        api.get("czj.office", "/api/v1/documents/" + id).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(FORBIDDEN));
        api.get("czj.office", "/api/v1/documents/" + id + "/form.pdf").andExpect(status().isForbidden());
        api.get("czj.office", "/api/v1/todo").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.businessKey == 'document:" + id + "')]").isEmpty());

        api.post("czj.d1.clerk1", "/api/v1/documents", form).andExpect(status().isForbidden());
    }

    @Test
    void unknownDocumentsAreNotFound() throws Exception {
        api.get("czj.d1.clerk1", "/api/v1/documents/987654321")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的公文。"));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/documents/987654321/form.pdf").accept(MediaType.APPLICATION_PDF)
                        .with(DocumentApiClient.basic("czj.d1.clerk1")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的公文。"));
        api.post("czj.d1.clerk1", "/api/v1/documents/987654321/withdraw").andExpect(status().isNotFound());
        api.post("czj.d1.clerk1", "/api/v1/documents/987654321/tasks/1/send", Map.of()).andExpect(status().isNotFound());

        Map<String, Object> form = api.request(TestUsers.unique("请示"));
        form.put("mainRecipients", List.of(987654321));
        api.post("czj.d1.clerk1", "/api/v1/documents", form).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的单位。"));
    }

    @Test
    void refusedActionsAreConflictsWithTheReason() throws Exception {
        long id = api.draftAtDepartmentReview();
        String task = api.taskId("czj.d1.chief", id, "部门审核");
        String tasks = "/api/v1/documents/" + id + "/tasks/" + task;

        // the drafter may read the document, but the step is not theirs
        api.post("czj.d1.clerk1", tasks + "/send", Map.of("opinion", "我自己批")).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("这不是您的待办任务。"));
        api.post("czj.d1.chief", tasks + "/return", Map.of("target", "officeReview", "opinion", "退回"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("只能退回到已经办理过的步骤。"));
        api.post("czj.d1.chief", tasks + "/transfer", Map.of("to", "czj.d1.chief"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("不能转交或加签给自己。"));
        api.post("czj.d1.chief", tasks + "/add-signer", Map.of("signer", "nobody.here"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("人员“nobody.here”不存在或没有账号。"));

        // the step is sent on once; the second attempt has lost the race
        api.post("czj.d1.chief", tasks + "/send", Map.of("opinion", "同意")).andExpect(status().isOk());
        api.post("czj.d1.chief", tasks + "/send", Map.of("opinion", "同意")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该任务已由他人办理或已被收回，请刷新待办列表。"));
        api.get("czj.d1.clerk1", "/api/v1/documents/" + id + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '部门审核')].remarks[*].text").value(contains("同意")));

        Map<String, Object> foreignCode = api.request(TestUsers.unique("请示"));
        foreignCode.put("issuerCode", "政办");
        api.post("czj.d1.clerk1", "/api/v1/documents", foreignCode).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("机关代字“政办”不属于本单位。"));
        Map<String, Object> noPeriod = api.request(TestUsers.unique("请示"));
        noPeriod.put("classification", "SECRET");
        api.post("czj.d1.chief", "/api/v1/documents", noPeriod).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("涉密公文须填写保密期限。"));
    }

    @Test
    void invalidRequestsAreBadRequestsThatNameTheField() throws Exception {
        Map<String, Object> form = api.request(" ");
        form.put("mainRecipients", List.of());
        api.post("czj.d1.clerk1", "/api/v1/documents", form).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("title: 请填写标题。")))
                .andExpect(jsonPath("$.detail").value(containsString("mainRecipients: 请选择主送机关。")));

        Map<String, Object> memo = api.request(TestUsers.unique("请示"));
        memo.put("type", "MEMO");
        api.post("czj.d1.clerk1", "/api/v1/documents", memo).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("字段“type”的值无效")));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": ").with(DocumentApiClient.basic("czj.d1.clerk1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请求内容不是有效的 JSON。"));
        api.get("czj.d1.clerk1", "/api/v1/documents/abc").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("参数“id”的值“abc”格式不正确。"));

        long id = api.draftAtDepartmentReview();
        String task = api.taskId("czj.d1.chief", id, "部门审核");
        api.post("czj.d1.chief", "/api/v1/documents/" + id + "/tasks/" + task + "/return", Map.of("target", "draft"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("opinion: 此项为必填项。"));
        api.post("czj.d1.chief", "/api/v1/documents/" + id + "/tasks/" + task + "/transfer", Map.of("opinion", "请办理"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("to: 此项为必填项。"));
        api.get("czj.d1.chief", "/api/v1/documents/" + id).andExpect(jsonPath("$.currentTask.name").value("部门审核"));
    }

    @Test
    void withoutCredentialsTheApiAsksForThem() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/todo")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("请先登录")));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/documents/1")).andExpect(status().isUnauthorized());
    }
}
