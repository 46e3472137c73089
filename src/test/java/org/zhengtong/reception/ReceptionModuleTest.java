package org.zhengtong.reception;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.reception.ReceptionFixtures.APPROVER;
import static org.zhengtong.reception.ReceptionFixtures.DESK;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.TestUsers;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 接待管理 with only the modules it uses started (the workflow kit and the platform, and what they stand on): a
 * delegation registered and submitted through the API is a task of the leader in charge, whose approval arranges it.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import(TestUsers.class)
class ReceptionModuleTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired Clock clock;

    @Test
    void aSubmittedPlanIsApprovedByTheLeaderInChargeAndArranged() throws Exception {
        String body = ReceptionFixtures.body(clock, TestUsers.unique("省审计厅"), "审计调研", "COUNTY", 3);
        String created = mvc.perform(post("/api/v1/receptions").with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(post("/api/v1/receptions/{id}/submit", id).with(users.as(DESK)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING"));
        TodoTask task = workflow.todo(APPROVER).stream().filter(t -> t.businessKey().equals("reception:" + id))
                .findFirst().orElseThrow(() -> new AssertionError("no task for the approver"));
        mvc.perform(post("/api/v1/tasks/{taskId}/send", task.taskId()).with(users.as(APPROVER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"同意\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ended").value(true));
        mvc.perform(get("/api/v1/receptions/{id}", id).with(users.as(DESK)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARRANGED"));
    }
}
