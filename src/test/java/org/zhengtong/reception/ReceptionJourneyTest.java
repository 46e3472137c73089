package org.zhengtong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.reception.ReceptionFixtures.APPROVER;
import static org.zhengtong.reception.ReceptionFixtures.DESK;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The reception desk registers a visiting delegation with its plan; the plan goes to the leader in charge through
 * the workflow kit (a task in his one to-do window, sent with the kit's actions), is arranged, the costs make the
 * 接待清单; the combined query finds it by each condition and the statistics count it.
 */
@IntegrationTest
class ReceptionJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;

    @Test
    void aDelegationIsRegisteredApprovedArrangedAndItsCostsListed() throws Exception {
        String unit = TestUsers.unique("省财政厅");
        long id = register(unit, "调研财政预算执行情况", "BUREAU", 5);
        mvc.perform(get("/api/v1/receptions/{id}", id).with(users.as(DESK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.members.length()").value(2))
                .andExpect(jsonPath("$.companions[0].username").value("czj.deputy2"))
                // meals 7 × 60 + other budget 800
                .andExpect(jsonPath("$.plannedCost").value(1220.0));

        postAs("/api/v1/receptions/{id}/submit", id, DESK, "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
        TodoTask task = workflow.todo(APPROVER).stream().filter(t -> t.businessKey().equals("reception:" + id))
                .findFirst().orElseThrow(() -> new AssertionError("no task for the approver"));
        mvc.perform(get("/api/v1/todo").with(users.as(APPROVER))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(unit));
        assertThat(page("/receptions/" + id, APPROVER)).contains("审批：领导审批", "不同意", "同意");
        // nobody edits a plan waiting for approval
        mvc.perform(post("/api/v1/receptions/{id}/reopen", id).with(users.as(DESK)).with(csrf()))
                .andExpect(status().isConflict());

        postAs("/api/v1/tasks/{taskId}/send", task.taskId(), APPROVER, "{\"opinion\": \"同意，按标准接待\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.ended").value(true));
        mvc.perform(get("/api/v1/receptions/{id}", id).with(users.as(DESK)))
                .andExpect(jsonPath("$.status").value("ARRANGED"));
        mvc.perform(get("/api/v1/receptions/{id}/approval", id).with(users.as(DESK)))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("同意，按标准接待"));

        postAs("/api/v1/receptions/{id}/costs", id, DESK, """
                {"mealCost": 420, "accommodationCost": 1200.50, "transportCost": 300, "otherCost": 0,
                 "costNote": "工作餐一次"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.totalCost").value(1920.5));
        assertThat(page("/receptions/" + id, DESK)).contains("公务接待清单", "1920.50", "工作餐一次");

        // the combined query finds it by each condition, and not with a condition it does not meet
        // the day it arrived: between midnight and two in the morning, that is yesterday
        String arrivalDay = ReceptionFixtures.arrival(clock).toLocalDate().toString();
        for (String condition : List.of("visitingUnit=" + unit, "text=" + unit, "level=BUREAU", "status=COMPLETED",
                "from=" + arrivalDay + "&to=" + arrivalDay)) {
            mvc.perform(get("/api/v1/receptions?" + condition).with(users.as(DESK)))
                    .andExpect(status().isOk())
                    .andExpect(result -> assertThat(JsonPath.<List<Integer>>read(
                            result.getResponse().getContentAsString(), "$.items[*].id")).as(condition)
                            .contains((int) id));
        }
        mvc.perform(get("/api/v1/receptions").param("text", unit).param("level", "MINISTERIAL").with(users.as(DESK)))
                .andExpect(jsonPath("$.total").value(0));
        assertThat(page("/receptions?visitingUnit=" + unit, DESK)).contains(unit, "已完成");
        mvc.perform(get("/receptions/export").param("text", unit).with(users.as(DESK)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith('P', 'K'));

        // statistics per period
        mvc.perform(get("/api/v1/receptions/statistics").param("from", arrivalDay).param("to", arrivalDay)
                        .with(users.as(DESK)))
                .andExpect(status().isOk())
                .andExpect(result -> {
                    int receptions = JsonPath.read(result.getResponse().getContentAsString(), "$.total.receptions");
                    assertThat(receptions).isGreaterThanOrEqualTo(1);
                })
                .andExpect(jsonPath("$.months[0].month").value(arrivalDay.substring(0, 7)));
        assertThat(page("/receptions/statistics", DESK)).contains("按接待级别", "厅局级");

        // 综合检索 finds it for the desk
        mvc.perform(get("/api/v1/search").param("q", unit).with(users.as(DESK)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(unit));
    }

    @Test
    void aRefusedPlanGoesBackToRegistrationWithTheReasonAndIsSubmittedAgain() throws Exception {
        long id = register(TestUsers.unique("市委宣传部"), "检查宣传工作", "COUNTY", 3);
        postAs("/api/v1/receptions/{id}/submit", id, DESK, "").andExpect(status().isOk());
        TodoTask task = workflow.todo(APPROVER).stream().filter(t -> t.businessKey().equals("reception:" + id))
                .findFirst().orElseThrow();
        postAs("/api/v1/tasks/{taskId}/refuse", task.taskId(), APPROVER, "{\"reason\": \"陪同人员过多\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/receptions/{id}", id).with(users.as(DESK)))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.decisionNote").value("陪同人员过多"));
        assertThat(workflow.todo(APPROVER)).noneMatch(t -> t.businessKey().equals("reception:" + id));
        postAs("/api/v1/receptions/{id}/submit", id, DESK, "").andExpect(jsonPath("$.status").value("PENDING"));
    }

    long register(String unit, String reason, String level, int visitors) throws Exception {
        String body = ReceptionFixtures.body(clock, unit, reason, level, visitors);
        String json = mvc.perform(post("/api/v1/receptions").with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private ResultActions postAs(String path, Object id, String user, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, id)
                .with(users.as(user)).with(csrf());
        if (!body.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
