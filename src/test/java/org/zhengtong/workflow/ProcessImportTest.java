package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.zhengtong.workflow.DesignNodes.person;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithUserDetails;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.internal.ProcessDesign;
import org.zhengtong.workflow.internal.ProcessDesigner;
import org.zhengtong.workflow.internal.ProcessDesignVersion;

/** BPMN import: a file from another modelling tool runs; anything that could run code or lacks a fixed step is refused. */
@IntegrationTest
@WithUserDetails("sysadmin")
class ProcessImportTest {

    @Autowired ProcessDesigner designer;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired MessageSource messages;

    private final List<Long> designs = new ArrayList<>();

    @AfterEach
    void disableDesigns() {
        designs.forEach(id -> designer.setActive(id, false));
    }

    @Test
    void aValidExternalFileIsImportedAndRuns() throws IOException {
        ProcessDesign design = importFile(external());
        ProcessDesignVersion version = designer.current(design.getId());
        assertThat(version.getSource()).isEqualTo(ProcessDesignVersion.Source.IMPORT);
        assertThat(version.getBpmnXml()).contains("id=\"" + design.processKey() + "\"").contains("BPMNDiagram");
        assertThat(designer.diagram(design.getId(), 1)).startsWith(0x89, 'P', 'N', 'G');

        String urgent = start(design, "EXTRA_URGENT");
        complete("czj.d1.clerk1", urgent, "拟稿");
        complete("czj.head", urgent, "单位负责人直批");
        String normal = start(design, "NORMAL");
        complete("czj.d1.clerk1", normal, "拟稿");
        complete("czj.d1.chief", normal, "科室审核");
        for (String step : List.of("编号登记", "用印", "分发")) {
            complete("czj.secretary", normal, step);
        }
        assertThat(workflow.isEnded(normal)).isTrue();
    }

    @Test
    void aDesignersExportImportsAgainAsTheNextVersion() {
        ProcessDesign design = designer.create(TestUsers.unique("往返"), "outgoing", "CIRCULAR",
                unit(), List.of(person("审阅", "czj.deputy1")));
        designs.add(design.getId());
        String exported = designer.version(design.getId(), 1).getBpmnXml();
        ProcessDesign again = designer.importBpmn(null, "outgoing", "CIRCULAR", unit(),
                exported.getBytes(StandardCharsets.UTF_8));
        assertThat(again.getId()).isEqualTo(design.getId());
        assertThat(designer.versions(design.getId())).extracting(ProcessDesignVersion::getVersionNo).containsExactly(2, 1);
    }

    @Test
    void aScriptTaskIsRefused() throws IOException {
        String file = external().replace(
                "<bpmn:userTask id=\"Task_review\" name=\"科室审核\" flowable:assignee=\"${assignees.departmentHead(initiator)}\" flowable:dueDate=\"PT8H\"/>",
                "<bpmn:scriptTask id=\"Task_review\" name=\"科室审核\" scriptFormat=\"groovy\"><bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>");
        assertThat(refusal(file)).contains("科室审核（Task_review）").contains("脚本任务");
    }

    @Test
    void aServiceTaskIsRefused() throws IOException {
        String file = external().replace(
                "<bpmn:userTask id=\"Task_review\" name=\"科室审核\" flowable:assignee=\"${assignees.departmentHead(initiator)}\" flowable:dueDate=\"PT8H\"/>",
                "<bpmn:serviceTask id=\"Task_review\" name=\"科室审核\" flowable:class=\"org.example.Evil\"/>");
        assertThat(refusal(file)).contains("科室审核（Task_review）").contains("服务任务");
    }

    @Test
    void aJavaListenerIsRefused() throws IOException {
        String file = external().replace("<bpmn:userTask id=\"Task_head\" name=\"单位负责人直批\" flowable:assignee=\"${assignees.position(initiator, 'UNIT_HEAD')}\"/>",
                "<bpmn:userTask id=\"Task_head\" name=\"单位负责人直批\" flowable:assignee=\"${assignees.position(initiator, 'UNIT_HEAD')}\">"
                        + "<bpmn:extensionElements><flowable:taskListener event=\"create\" delegateExpression=\"${assignees}\"/>"
                        + "</bpmn:extensionElements></bpmn:userTask>");
        assertThat(refusal(file)).contains("单位负责人直批（Task_head）");
        String byClass = external().replace("<bpmn:startEvent id=\"StartEvent_1\" name=\"开始\"/>",
                "<bpmn:startEvent id=\"StartEvent_1\" name=\"开始\"><bpmn:extensionElements>"
                        + "<flowable:executionListener event=\"start\" class=\"org.example.Evil\"/>"
                        + "</bpmn:extensionElements></bpmn:startEvent>");
        assertThat(refusal(byClass)).contains("开始（StartEvent_1）").contains("监听器");
    }

    @Test
    void anExpressionCallingAnythingElseIsRefused() throws IOException {
        for (String evil : List.of("${execution.getEngineServices()}", "${assignees.getClass().forName('java.lang.Runtime')}",
                "${initiator.getClass()}", "${variables:get(initiator)}", "#{''.getClass()}")) {
            String file = external().replace("flowable:assignee=\"${assignees.departmentHead(initiator)}\"",
                    "flowable:assignee=\"" + evil.replace("'", "&apos;") + "\"");
            assertThat(refusal(file)).as(evil).contains("科室审核（Task_review）").contains("表达式");
        }
        String hidden = external().replace("${urgency == 'EXTRA_URGENT'}", "&#36;{execution.getProcessInstanceId()}");
        assertThat(refusal(hidden)).contains("Flow_urgent").contains("表达式");
    }

    @Test
    void aFileWithoutTheFixedStepsIsRefused() throws IOException {
        String file = external().replace("id=\"seal\"", "id=\"stamp\"").replace("targetRef=\"seal\"", "targetRef=\"stamp\"")
                .replace("sourceRef=\"seal\"", "sourceRef=\"stamp\"");
        assertThat(refusal(file)).contains("seal").contains("固定环节");
        assertThat(catchThrowableOfType(() -> designer.importBpmn(TestUsers.unique("收文"), "incoming",
                "CIRCULAR", unit(), external().getBytes(StandardCharsets.UTF_8)), WorkflowException.class))
                .as("an outgoing file is not an incoming process").isNotNull();
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private String refusal(String file) {
        WorkflowException refused = catchThrowableOfType(() -> importFile(file), WorkflowException.class);
        assertThat(refused).as("refused").isNotNull();
        return messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE);
    }

    private ProcessDesign importFile(String file) {
        ProcessDesign design = designer.importBpmn(TestUsers.unique("导入"), "outgoing", "LETTER", unit(),
                file.getBytes(StandardCharsets.UTF_8));
        designs.add(design.getId());
        return design;
    }

    private static String external() throws IOException {
        return new ClassPathResource("designer/external-outgoing.bpmn").getContentAsString(StandardCharsets.UTF_8);
    }

    private long unit() {
        return directory.person("czj.head").orElseThrow().unitId();
    }

    private String start(ProcessDesign design, String urgency) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("stepDue", "P3D");
        variables.put("classification", "UNCLASSIFIED");
        variables.put("urgency", urgency);
        variables.put("documentType", "LETTER");
        return workflow.start(design.processKey(), "test:" + TestUsers.unique("imp"), "czj.d1.clerk1", variables);
    }

    private void complete(String username, String pid, String stepName) {
        TodoTask task = workflow.todo(username).stream()
                .filter(t -> t.processInstanceId().equals(pid) && t.name().equals(stepName)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no task " + stepName));
        workflow.complete(task.taskId(), username, null, Map.of());
    }
}
