package org.zhengtong.document.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The database failing while an action's answer is built (after the action itself went through): the answer and
 * the action share one transaction, so the client is told it failed only when nothing was saved, and its retry
 * does the step — not a 409 for a step that was in fact taken.
 */
@IntegrationTest
class AnswerAfterActionTest {

    @Autowired MockMvc mvc;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @MockitoSpyBean DocumentViews views;

    @Test
    void aFailedAnswerLeavesTheStepUndoneAndTheRetryTakesIt() throws Exception {
        long id = draft();
        String task = task(id).taskId();
        doThrow(new DataAccessResourceFailureException("connection reset while reading the answer"))
                .when(views).document(id);

        send(id, task).andExpect(status().isServiceUnavailable());
        assertThat(task(id).name()).as("the step the client was told failed is still open").isEqualTo("拟稿");

        reset(views);
        String answer = send(id, task).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("部门审核");
        assertThat(workflow.todo("czj.d1.clerk1")).noneMatch(t -> t.businessKey().equals("document:" + id));
    }

    private ResultActions send(long id, String task) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/documents/" + id + "/tasks/" + task + "/send")
                .with(httpBasic("czj.d1.clerk1", "Demo@2026")));
    }

    private long draft() throws Exception {
        long szfb = directory.units().stream().filter(u -> u.code().equals("szfb")).findFirst().orElseThrow().id();
        String body = """
                {"type":"REQUEST","title":"%s","classification":"UNCLASSIFIED","urgency":"NORMAL",
                 "mainRecipients":[%d],"issuerCode":"财预","bodyHtml":"<p>正文</p>"}"""
                .formatted(TestUsers.unique("答复失败"), szfb);
        String created = mvc.perform(MockMvcRequestBuilders.post("/api/v1/documents")
                        .with(httpBasic("czj.d1.clerk1", "Demo@2026"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private TodoTask task(long id) {
        return workflow.todo("czj.d1.clerk1").stream().filter(t -> t.businessKey().equals("document:" + id))
                .findFirst().orElseThrow();
    }
}
