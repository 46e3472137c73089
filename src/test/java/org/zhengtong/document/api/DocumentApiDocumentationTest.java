package org.zhengtong.document.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/** {@code /v3/api-docs} describes the to-do and 公文 endpoints like the platform's: Chinese summaries, problems. */
@IntegrationTest
class DocumentApiDocumentationTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void describesTheToDoListTheDocumentsAndTheirActions() throws Exception {
        String task = "/api/v1/documents/{id}/tasks/{taskId}";
        mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/todo")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/todo/done")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/todo/started")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/todo/circulation")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/documents")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/documents/{id}")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/documents/{id}/history")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/documents/{id}/form.pdf")))
                .andExpect(jsonPath("$.paths", hasKey(task + "/send")))
                .andExpect(jsonPath("$.paths", hasKey(task + "/return")))
                .andExpect(jsonPath("$.paths", hasKey(task + "/return-targets")))
                .andExpect(jsonPath("$.paths", hasKey(task + "/transfer")))
                .andExpect(jsonPath("$.paths", hasKey(task + "/add-signer")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/documents/{id}/withdraw")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/documents/{id}/urge")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/documents/{id}/terminate")))
                .andExpect(jsonPath("$.paths['/api/v1/todo'].get.summary").value("待办"))
                .andExpect(jsonPath("$.paths['/api/v1/todo'].get.tags[0]").value("待办"))
                .andExpect(jsonPath("$.paths['/api/v1/documents'].post.summary").value("拟稿（新建发文）"))
                .andExpect(jsonPath("$.paths['/api/v1/documents'].post.responses['201'].content['application/json'].schema['$ref']")
                        .value("#/components/schemas/Document"))
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}/form.pdf'].get.summary").value("办文单（PDF）"))
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}/form.pdf'].get.responses['200'].content", hasKey("application/pdf")))
                .andExpect(jsonPath("$.paths['" + task + "/send'].post.summary").value("发送（办理完毕）"))
                .andExpect(jsonPath("$.paths['" + task + "/send'].post.tags[0]").value("公文办理"))
                .andExpect(jsonPath("$.paths['" + task + "/send'].post.requestBody.content['application/json'].schema['$ref']")
                        .value("#/components/schemas/StepDecision"))
                .andExpect(jsonPath("$.paths['" + task + "/send'].post.responses['409']['$ref']")
                        .value("#/components/responses/Conflict"))
                .andExpect(jsonPath("$.paths['" + task + "/send'].post.responses['403']['$ref']")
                        .value("#/components/responses/Forbidden"))
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}'].get.responses['404']['$ref']")
                        .value("#/components/responses/NotFound"))
                .andExpect(jsonPath("$.components.schemas.OutgoingForm.properties.issuerCode.description").value(containsString("机关代字")))
                .andExpect(jsonPath("$.components.schemas.StepDecision.properties.handlingDepartments.description").value(containsString("承办科室")))
                .andExpect(jsonPath("$.components.schemas.TodoItem.properties.delegatedFrom.description").value(containsString("代")))
                .andExpect(jsonPath("$.components.schemas.DocumentTimelineStep.properties.remarks.items['$ref']")
                        .value("#/components/schemas/DocumentTimelineRemark"))
                .andExpect(jsonPath("$.info.description").value(containsString("**公文**")));
    }
}
