package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.workflow.DesignNodes.person;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.WorkflowException;
import org.zhengtong.workflow.internal.ProcessDesign;
import org.zhengtong.workflow.internal.ProcessDesigner;

/**
 * Issue 9 item 1: a workflow administrator names the designer's nodes with expression-language code. The engine
 * evaluates a task's name when it creates the task, so five names chained through process variables ran a shell
 * command on the server. Saving such a design is refused with the reason; nothing is deployed and nothing runs.
 */
@IntegrationTest
class DesignerExpressionAttackTest {

    /** The command the chain runs; its file shows whether it ran. */
    private static final Path MARKER = Path.of("/tmp/ztpwned");

    /** Each link fits a node name (50 characters); the fifth task's creation runs {@code touch /tmp/ztpwned}. */
    private static final List<String> EXEC_CHAIN = List.of(
            "${execution.setVariable('c',''.getClass())}",
            "${execution.setVariable('n','java.lang.Runtime')}",
            "${execution.setVariable('r',c.forName(n))}",
            "${execution.setVariable('x','touch " + MARKER + "')}",
            "${r.getMethod('getRuntime').invoke(null).exec(x)}");

    private static final String REFUSED = "环节名称只能是文字";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired ProcessDesigner designer;
    @Autowired Workflow workflow;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;

    private ProcessDesign existing;

    @BeforeEach
    void harmlessDesignAndNoMarker() throws Exception {
        Files.deleteIfExists(MARKER);
        existing = as.call("sysadmin", () -> designer.create(TestUsers.unique("已有设计"), "outgoing",
                "DECISION", czj(), List.of(person("审阅", "czj.deputy1"))));
    }

    @AfterEach
    void disableDesign() {
        // the database is shared: an active design would route other tests' documents
        as.run("sysadmin", () -> designer.setActive(existing.getId(), false));
    }

    @Test
    void aNewDesignWithTheExecChainIsRefusedAndNothingIsDeployed() throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        String name = TestUsers.unique("攻击");

        mvc.perform(chain(post("/admin/processes/new"), name, EXEC_CHAIN).param("op", "save")
                        .param("type", "ORDER").param("unitId", String.valueOf(czj()))
                        .param("template", "outgoing"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("第1个环节")))
                .andExpect(content().string(containsString(REFUSED)));
        mvc.perform(chain(post("/admin/processes/new"), name, EXEC_CHAIN).param("template", "outgoing")
                        .param("op", "preview"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(REFUSED)));

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(as.call("sysadmin", designer::designs)).noneMatch(d -> d.design().getName().equals(name));
        assertThat(MARKER).doesNotExist();
    }

    @Test
    void aNewVersionWithTheChainIsRefusedAndTheRunningVersionRunsNoCode() throws Exception {
        String edit = "/admin/processes/" + existing.getId() + "/edit";
        for (String hash : List.of("#{execution.setVariable('x','1')}", "审阅${execution.setVariable('x','1')}")) {
            mvc.perform(chain(post(edit), existing.getName(), List.of(hash)).param("op", "save"))
                    .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString(REFUSED)));
        }
        mvc.perform(chain(post(edit), existing.getName(), EXEC_CHAIN).param("op", "save"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(REFUSED)));
        assertThat(as.call("sysadmin", () -> designer.versions(existing.getId()))).hasSize(1);

        // a document started now runs the design's only version: each step's name is its text, no code runs
        String pid = startAndFinishDesignedSteps();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pid).list())
                .extracting(t -> t.getName()).containsExactlyInAnyOrder("拟稿", "审阅", "编号登记");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid).list())
                .extracting(v -> v.getVariableName()).doesNotContain("c", "n", "r", "x");
        assertThat(MARKER).doesNotExist();
    }

    @Test
    void theProcessNameIsLiteralTextToo() throws Exception {
        mvc.perform(chain(post("/admin/processes/" + existing.getId() + "/edit"),
                        "${execution.setVariable('x','1')}", List.of("审阅")).param("op", "save"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("流程名称只能是文字")));
        assertThat(as.call("sysadmin", () -> designer.design(existing.getId()).getName()))
                .isEqualTo(existing.getName());
    }

    /**
     * The last line: whatever is deployed passes the import check. A design whose name holds an expression (saved
     * before names were checked) keeps it when a file is imported as its next version without a new name.
     */
    @Test
    void aNameFromBeforeTheFixDoesNotReachADeployment() throws Exception {
        jdbc.update("update wf_process_design set name = ? where id = ?", "${execution.setVariable('x','1')}",
                existing.getId());
        byte[] exported = as.call("sysadmin", () -> designer.current(existing.getId()).getBpmnXml())
                .getBytes(StandardCharsets.UTF_8);
        long deployments = repository.createDeploymentQuery().count();

        assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> as.call("sysadmin",
                        () -> designer.importBpmn(null, "outgoing", "DECISION", czj(), exported)))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("designer.import.expression"));
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** The editor's form with one node per name, each handled by 市财政局's deputy head. */
    private MockHttpServletRequestBuilder chain(MockHttpServletRequestBuilder request, String name, List<String> names) {
        request.with(users.as("sysadmin")).with(csrf()).param("name", name);
        for (int i = 0; i < names.size(); i++) {
            request.param("nodes[" + i + "].name", names.get(i)).param("nodes[" + i + "].kind", "PERSON")
                    .param("nodes[" + i + "].person", "czj.deputy1");
        }
        return request;
    }

    private String startAndFinishDesignedSteps() {
        Map<String, Object> variables = new HashMap<>(Map.of("stepDue", "P3D", "classification", "UNCLASSIFIED",
                "urgency", "NORMAL", "documentType", "DECISION"));
        String pid = workflow.start(existing.processKey(), "test:" + TestUsers.unique("attack"), "czj.d1.clerk1",
                variables);
        for (int step = 0; step < 2; step++) {
            TodoTask task = workflow.openTasks(pid).get(0);
            workflow.complete(task.taskId(), task.assignee(), null, Map.of());
        }
        return pid;
    }

    private long czj() {
        return directory.person("czj.head").orElseThrow().unitId();
    }
}
