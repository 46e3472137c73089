package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.CurrentUsers;

/**
 * Issue 11: a module other than 公文 runs a process through the workflow kit alone — the workflow module and the
 * platform under it, nothing else started. The test registers its own template, step handlers and access answer
 * (a 试用申请: 申请 by the initiator, who chooses the approver; 审批), starts a process, finds it in the to-do list, and
 * sends, returns and finishes it through {@code /api/v1/tasks/…} and the kit's page actions.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import({TestUsers.class, WorkflowModuleTest.ProbeModule.class})
class WorkflowModuleTest {

    private static final String APPLICANT = "czj.d1.clerk1";
    private static final String APPROVER = "czj.d1.chief";
    private static final String OUTSIDER = "czj.d2.clerk1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired ProbeModule probe;

    @Test
    void aProcessOfAnotherModuleRunsThroughTheKit() throws Exception {
        String key = "probe:" + TestUsers.unique("申请");
        probe.readers.put(key, Set.of(APPLICANT, APPROVER));
        assertThatThrownBy(() -> workflow.start("kitProbe", key, APPLICANT, Map.of()))
                .as("the template's start variables are checked").isInstanceOf(IllegalArgumentException.class);
        String process = workflow.start("kitProbe", key, APPLICANT, Map.of("reason", "试用"));

        String apply = openTaskOf(APPLICANT, process);
        mvc.perform(get("/api/v1/tasks/{taskId}", apply).with(users.as(APPLICANT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businessKey").value(key))
                .andExpect(jsonPath("$.name").value("申请"))
                .andExpect(jsonPath("$.choices[0].name").value("approver"))
                .andExpect(jsonPath("$.choices[0].options[0].value").value(APPROVER));
        mvc.perform(post("/api/v1/tasks/{taskId}/send", apply).with(users.as(OUTSIDER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());

        send(apply, APPLICANT, "{\"opinion\": \"请审批\", \"choices\": {\"approver\": [\"" + APPROVER + "\"]}}")
                .andExpect(jsonPath("$.ended").value(false))
                .andExpect(jsonPath("$.openSteps[0].name").value("审批"))
                .andExpect(jsonPath("$.openSteps[0].assignee").value(APPROVER));

        String approve = openTaskOf(APPROVER, process);
        // the kit's page actions go back to the module's page, with the reason when refused
        mvc.perform(post("/tasks/{taskId}/return", approve).with(users.as(APPROVER)).with(csrf())
                        .param("returnTarget", "apply").param("opinion", " "))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/probe/" + key))
                .andExpect(flash().attribute("flashError", "请填写意见或原因。"));
        assertThat(openTaskOf(APPROVER, process)).isEqualTo(approve);
        mvc.perform(post("/api/v1/tasks/{taskId}/return", approve).with(users.as(APPROVER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"target\": \"apply\", \"opinion\": \"请补充理由\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openSteps[0].name").value("申请"));

        send(openTaskOf(APPLICANT, process), APPLICANT,
                "{\"opinion\": \"已补充\", \"choices\": {\"approver\": [\"" + APPROVER + "\"]}}");
        mvc.perform(post("/tasks/{taskId}/send", openTaskOf(APPROVER, process)).with(users.as(APPROVER)).with(csrf())
                        .param("opinion", "同意"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/probe/" + key))
                .andExpect(flash().attribute("flashMessage", "已发送。"));

        assertThat(workflow.isEnded(process)).isTrue();
        assertThat(workflow.done(APPROVER, 10)).extracting(DoneTask::businessKey).contains(key);
        assertThat(probe.log).containsSubsequence(key + " apply", key + " RETURN", key + " apply",
                key + " approve", key + " SEND ended");
    }

    private String openTaskOf(String username, String process) {
        return workflow.todo(username).stream().filter(t -> t.processInstanceId().equals(process)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no task of " + process)).taskId();
    }

    private ResultActions send(String taskId, String username, String body)
            throws Exception {
        return mvc.perform(post("/api/v1/tasks/{taskId}/send", taskId).with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    /** The test's own module: a template, its two steps' handlers and who may see its objects. */
    @TestConfiguration
    static class ProbeModule {

        final Map<String, Set<String>> readers = new ConcurrentHashMap<>();
        final List<String> log = Collections.synchronizedList(new ArrayList<>());

        @Bean
        ProcessTemplate probeTemplate() {
            return new ProcessTemplate() {
                @Override
                public String key() {
                    return "kitProbe";
                }

                @Override
                public String bpmnResource() {
                    return "kit/probe.bpmn20.xml";
                }

                @Override
                public List<String> fixedSteps() {
                    return List.of("apply", "approve");
                }

                @Override
                public List<StartVariable> startVariables() {
                    return List.of(StartVariable.required("reason", String.class));
                }

                @Override
                public void afterAction(ActionDone done) {
                    log.add(done.businessKey() + " " + done.action() + (done.ended() ? " ended" : ""));
                }
            };
        }

        @Bean
        StepHandler probeApply() {
            return new StepHandler() {
                @Override
                public String template() {
                    return "kitProbe";
                }

                @Override
                public String activityId() {
                    return "apply";
                }

                @Override
                public List<StepChoice> choices(TodoTask task) {
                    return List.of(new StepChoice("approver", "probe.approver", StepChoice.Kind.PERSON,
                            List.of(new StepChoice.Option(APPROVER, "科长")), List.of(APPROVER), "approver"));
                }

                @Override
                public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                    log.add(task.businessKey() + " apply");
                    return Map.of("approver", decision.value("approver"));
                }
            };
        }

        @Bean
        StepHandler probeApprove() {
            return new StepHandler() {
                @Override
                public String template() {
                    return "kitProbe";
                }

                @Override
                public String activityId() {
                    return "approve";
                }

                @Override
                public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                    log.add(task.businessKey() + " approve");
                    return Map.of();
                }
            };
        }

        @Bean
        BusinessAccess probeAccess(CurrentUsers currentUsers) {
            return new BusinessAccess() {
                @Override
                public String module() {
                    return "probe";
                }

                @Override
                public void requireRead(String businessKey) {
                    if (!readers.getOrDefault(businessKey, Set.of()).contains(currentUsers.current().username())) {
                        throw new AccessDeniedException("not a reader of " + businessKey);
                    }
                }

                @Override
                public void requireAssignable(String businessKey, String username) {
                    // anyone of the unit may handle a 试用申请
                }

                @Override
                public boolean assignable(String businessKey, String username) {
                    return true;
                }

                @Override
                public String link(String businessKey) {
                    return "/probe/" + businessKey;
                }
            };
        }
    }
}
