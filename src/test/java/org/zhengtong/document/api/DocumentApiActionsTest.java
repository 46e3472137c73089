package org.zhengtong.document.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
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

/** 退回, 转交, 加签, 撤回, 催办 and 终止 through the API: what the document page's action panel does. */
@IntegrationTest
class DocumentApiActionsTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;
    @Autowired TestUsers users;

    DocumentApiClient api;

    @BeforeEach
    void client() {
        api = new DocumentApiClient(mvc, json, directory);
    }

    @Test
    void returnSendsTheDocumentBackToAStepAlreadyTaken() throws Exception {
        long id = api.draftAtDepartmentReview();
        String task = api.taskId("czj.d1.chief", id, "部门审核");
        String tasks = "/api/v1/documents/" + id + "/tasks/" + task;

        api.get("czj.d1.chief", tasks + "/return-targets").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].activityId").value(contains("draft")))
                .andExpect(jsonPath("$[*].name").value(contains("拟稿")));
        api.post("czj.d1.chief", tasks + "/return", Map.of("target", "draft", "opinion", "数据有误，请修改"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentTask").value(nullValue()))
                .andExpect(jsonPath("$.currentSteps[*].name").value(contains("拟稿")))
                .andExpect(jsonPath("$.timeline[?(@.name == '部门审核')].remarks[*].typeLabel").value(hasItem("退回")))
                .andExpect(jsonPath("$.timeline[?(@.name == '部门审核')].remarks[*].text").value(hasItem("数据有误，请修改")));
        assertThat(api.taskId("czj.d1.clerk1", id, "拟稿")).isNotBlank();
    }

    @Test
    void refusingBackToTheSenderIsOnlyForSigningIn() throws Exception {
        long id = api.draftAtDepartmentReview();
        String task = api.taskId("czj.d1.chief", id, "部门审核");
        String refuse = "/api/v1/documents/" + id + "/tasks/" + task + "/refuse";
        api.post("czj.d1.chief", refuse, Map.of("reason", " ")).andExpect(status().isBadRequest());
        api.post("czj.d1.chief", refuse, Map.of("reason", "不归我们办"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有签收时可以退文。"));
        assertThat(api.taskId("czj.d1.chief", id, "部门审核")).isEqualTo(task);
    }

    @Test
    void transferHandsTheStepToAColleague() throws Exception {
        long id = api.draftAtDepartmentReview();
        String task = api.taskId("czj.d1.chief", id, "部门审核");
        api.post("czj.d1.chief", "/api/v1/documents/" + id + "/tasks/" + task + "/transfer",
                        Map.of("to", "czj.d1.clerk2", "opinion", "请代为审核"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentTask").value(nullValue()))
                .andExpect(jsonPath("$.currentSteps[0].handlerName").value(api.name("czj.d1.clerk2")));
        api.get("czj.d1.clerk2", "/api/v1/documents/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentTask.taskId").value(task))
                .andExpect(jsonPath("$.timeline[*].remarks[*].typeLabel").value(hasItem("转交")));
    }

    @Test
    void anAddedSignerGivesAnOpinionAndHandsTheStepBack() throws Exception {
        long id = api.draftAtDepartmentReview();
        String task = api.taskId("czj.d1.chief", id, "部门审核");
        api.post("czj.d1.chief", "/api/v1/documents/" + id + "/tasks/" + task + "/add-signer",
                        Map.of("signer", "czj.deputy1", "opinion", "请先阅提意见"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentTask").value(nullValue()));

        String key = "document:" + id;
        api.get("czj.deputy1", "/api/v1/todo").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].addedSignerFor").value(contains(api.name("czj.d1.chief"))));
        api.get("czj.deputy1", "/api/v1/documents/" + id)
                .andExpect(jsonPath("$.currentTask.addedSignerForName").value(api.name("czj.d1.chief")));
        api.send("czj.deputy1", id, "部门审核", Map.of("opinion", "建议补充测算依据"));

        api.get("czj.d1.chief", "/api/v1/documents/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentTask.name").value("部门审核"))
                .andExpect(jsonPath("$.currentTask.addedSignerForName").value(nullValue()))
                .andExpect(jsonPath("$.timeline[*].remarks[*].text").value(hasItem("建议补充测算依据")));
    }

    @Test
    void thePreviousHandlerWithdrawsUntilTheNextOneActs() throws Exception {
        long id = api.draftAtDepartmentReview();
        api.post("czj.d1.clerk1", "/api/v1/documents/" + id + "/withdraw").andExpect(status().isOk())
                .andExpect(jsonPath("$.currentTask.name").value("拟稿"))
                .andExpect(jsonPath("$.timeline[*].name").value(hasItem("撤回")));

        api.send("czj.d1.clerk1", id, "拟稿", Map.of("opinion", "再次送审"));
        api.send("czj.d1.chief", id, "部门审核", Map.of("opinion", "同意"));
        api.post("czj.d1.clerk1", "/api/v1/documents/" + id + "/withdraw").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("没有可以撤回的步骤：您不是上一步的办理人。"));
        api.get("czj.d1.clerk1", "/api/v1/documents/" + id)
                .andExpect(jsonPath("$.currentSteps[*].name").value(contains("办公室核稿")));
    }

    @Test
    void participantsUrgeAndOnlyAdministratorsTerminate() throws Exception {
        long id = api.draftAtDepartmentReview();
        api.post("czj.d1.clerk1", "/api/v1/documents/" + id + "/urge", Map.of("message", "请尽快审核"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[?(@.name == '部门审核')].remarks[*].text").value(hasItem("请尽快审核")));
        api.post("czj.d1.clerk1", "/api/v1/documents/" + id + "/urge").andExpect(status().isOk());
        api.post("czj.d1.clerk1", "/api/v1/documents/" + id + "/urge", Map.of("message", "催".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("message: 长度超出限制（最多 200 个字符）。"));

        api.post("czj.d1.clerk1", "/api/v1/documents/" + id + "/terminate", Map.of("reason", "不再需要"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您没有权限执行此操作或查看此内容。"));
        assertThat(api.taskId("czj.d1.chief", id, "部门审核")).isNotBlank();

        // the system administrator (in the console, with its session) terminates it
        String terminated = DocumentApiClient.body(mvc.perform(MockMvcRequestBuilders.post("/api/v1/documents/" + id + "/terminate")
                        .with(users.as("sysadmin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("reason", "重复发文"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.statusLabel").value("已终止"))
                .andReturn());
        assertThat(JsonPath.<List<String>>read(terminated, "$.timeline[*].remarks[*].text")).contains("重复发文");
        api.get("czj.d1.chief", "/api/v1/todo").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.businessKey == 'document:" + id + "')]").isEmpty());
    }
}
