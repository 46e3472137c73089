package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengtong.workflow.DesignNodes.countersign;
import static org.zhengtong.workflow.DesignNodes.node;
import static org.zhengtong.workflow.DesignNodes.person;
import static org.zhengtong.workflow.DesignNodes.position;
import static org.zhengtong.workflow.DesignNodes.withStep;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.internal.DesignNode;
import org.zhengtong.workflow.internal.DesignNode.CountersignMode;
import org.zhengtong.workflow.internal.DesignNode.Kind;
import org.zhengtong.workflow.internal.ProcessDesign;
import org.zhengtong.workflow.internal.ProcessDesigner;

/**
 * Designed processes on the engine: every node kind compiles to BPMN that parses back, deploys and gives each task
 * to the right demo user of 市财政局; 会签 all/any; conditions; deadlines; versions and running instances.
 */
@IntegrationTest
@WithUserDetails("sysadmin")
class ProcessDesignerEngineTest {

    @Autowired ProcessDesigner designer;
    @Autowired Workflow workflow;
    @Autowired RuntimeService runtime;
    @Autowired OrgDirectory directory;

    private final List<Long> designs = new ArrayList<>();

    @AfterEach
    void disableDesigns() {
        // the database is shared: a design left active would route other tests' documents
        designs.forEach(id -> designer.setActive(id, false));
    }

    @Test
    void everyNodeKindGoesToTheRightPerson() {
        DesignNode chosenSigner = withStep(node("领导签发", Kind.CHOSEN), "SIGN_OFF");
        ProcessDesign design = create("outgoing", List.of(
                node("科室负责人审核", Kind.DEPARTMENT_HEAD),
                withStep(position("办公室核稿", "OFFICE_DIRECTOR"), "OFFICE_REVIEW"),
                node("分管领导审核", Kind.LEADER_IN_CHARGE),
                person("指定人员审阅", "czj.deputy2"),
                countersign("两科会签", CountersignMode.ALL, "czj.d2.chief", "czj.d3.chief"),
                node("单位负责人审定", Kind.UNIT_HEAD),
                chosenSigner));

        BpmnModel parsed = parse(designer.current(design.getId()).getBpmnXml());
        assertThat(parsed.getMainProcess().getId()).isEqualTo(design.processKey());
        assertThat(parsed.getMainProcess().findFlowElementsOfType(UserTask.class)).extracting(UserTask::getId)
                .contains("draft", "node1", "officeReview", "countersign", "node3", "node4", "node5", "node6",
                        "signOff", "numbering", "seal", "distribute");
        assertThat(parsed.getLocationMap()).as("laid out for the diagram").containsKey("node5");

        String pid = startOutgoing(design, "UNCLASSIFIED", "NORMAL", "REQUEST");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult().getProcessDefinitionKey())
                .isEqualTo(design.processKey());
        complete("czj.d1.clerk1", pid, "拟稿");
        complete("czj.d1.chief", pid, "科室负责人审核");
        complete("czj.office", pid, "办公室核稿");
        complete("czj.deputy1", pid, "分管领导审核");
        complete("czj.deputy2", pid, "指定人员审阅");
        complete("czj.d2.chief", pid, "两科会签");
        complete("czj.d3.chief", pid, "两科会签");
        complete("czj.head", pid, "单位负责人审定");
        complete("czj.deputy1", pid, "领导签发");
        complete("czj.secretary", pid, "编号登记");
        complete("czj.secretary", pid, "用印");
        complete("czj.secretary", pid, "分发");
        assertThat(workflow.isEnded(pid)).isTrue();
    }

    @Test
    void officeReviewKeepsTheCountersignChosenThere() {
        ProcessDesign design = create("outgoing", List.of(
                withStep(position("核稿", "OFFICE_DIRECTOR"), "OFFICE_REVIEW")));
        String pid = startOutgoing(design, "UNCLASSIFIED", "NORMAL", "NOTICE");
        complete("czj.d1.clerk1", pid, "拟稿");
        TodoTask review = only("czj.office", pid);
        workflow.complete(review.taskId(), "czj.office", null, Map.of("countersigners", List.of("czj.d2.chief")));
        complete("czj.d2.chief", pid, "会签");
        complete("czj.secretary", pid, "编号登记");
    }

    @Test
    void countersignAllNeedsEveryoneAnyNeedsOne() {
        ProcessDesign design = create("outgoing", List.of(
                countersign("全体会签", CountersignMode.ALL, "czj.d2.chief", "czj.d3.chief"),
                countersign("任一会签", CountersignMode.ANY, "czj.deputy1", "czj.deputy2")));
        String pid = startOutgoing(design, "UNCLASSIFIED", "NORMAL", "REPORT");
        complete("czj.d1.clerk1", pid, "拟稿");

        complete("czj.d2.chief", pid, "全体会签");
        assertThat(workflow.openTasks(pid)).extracting(TodoTask::name).containsExactly("全体会签");
        complete("czj.d3.chief", pid, "全体会签");

        assertThat(workflow.openTasks(pid)).extracting(TodoTask::assignee)
                .containsExactlyInAnyOrder("czj.deputy1", "czj.deputy2");
        complete("czj.deputy2", pid, "任一会签");
        assertThat(workflow.openTasks(pid)).as("the other countersigner's task is gone")
                .extracting(TodoTask::name).containsExactly("编号登记");
    }

    @Test
    void conditionalNodesAreSkippedOrTaken() {
        DesignNode secret = person("保密审查", "czj.deputy1");
        secret.setConditionType(DesignNode.ConditionType.CLASSIFICATION_AT_LEAST);
        secret.setClassification("SECRET");
        DesignNode urgent = person("特急把关", "czj.deputy2");
        urgent.setConditionType(DesignNode.ConditionType.URGENCY_IS);
        urgent.setUrgency("EXTRA_URGENT");
        DesignNode upward = node("上行文审定", Kind.UNIT_HEAD);
        upward.setConditionType(DesignNode.ConditionType.TYPE_IN);
        upward.setTypes(List.of("REQUEST", "REPORT"));
        ProcessDesign design = create("outgoing", List.of(secret, urgent, upward));

        String plain = startOutgoing(design, "UNCLASSIFIED", "NORMAL", "NOTICE");
        complete("czj.d1.clerk1", plain, "拟稿");
        assertThat(workflow.openTasks(plain)).extracting(TodoTask::name).containsExactly("编号登记");

        String taken = startOutgoing(design, "CONFIDENTIAL", "EXTRA_URGENT", "REQUEST");
        complete("czj.d1.clerk1", taken, "拟稿");
        complete("czj.deputy1", taken, "保密审查");
        complete("czj.deputy2", taken, "特急把关");
        complete("czj.head", taken, "上行文审定");
        assertThat(workflow.openTasks(taken)).extracting(TodoTask::name).containsExactly("编号登记");

        String secretOnly = startOutgoing(design, "SECRET", "URGENT", "LETTER");
        complete("czj.d1.clerk1", secretOnly, "拟稿");
        complete("czj.deputy1", secretOnly, "保密审查");
        assertThat(workflow.openTasks(secretOnly)).extracting(TodoTask::name).containsExactly("编号登记");
    }

    @Test
    void deadlinesSetTheDueDates() {
        DesignNode hours = person("限时审阅", "czj.deputy1");
        hours.setDeadline(5);
        hours.setDeadlineUnit(DesignNode.DeadlineUnit.HOURS);
        DesignNode days = person("限日审阅", "czj.deputy2");
        days.setDeadline(2);
        days.setDeadlineUnit(DesignNode.DeadlineUnit.DAYS);
        ProcessDesign design = create("outgoing", List.of(hours, days, person("默认时限", "czj.head")));
        String pid = startOutgoing(design, "UNCLASSIFIED", "NORMAL", "MINUTES");
        complete("czj.d1.clerk1", pid, "拟稿");

        TodoTask first = only("czj.deputy1", pid);
        assertThat(Duration.between(first.created(), first.due())).isBetween(Duration.ofHours(5).minusMinutes(1),
                Duration.ofHours(5).plusMinutes(1));
        complete("czj.deputy1", pid, "限时审阅");
        TodoTask second = only("czj.deputy2", pid);
        assertThat(Duration.between(second.created(), second.due())).isBetween(Duration.ofDays(2).minusMinutes(1),
                Duration.ofDays(2).plusMinutes(1));
        complete("czj.deputy2", pid, "限日审阅");
        TodoTask third = only("czj.head", pid);
        assertThat(Duration.between(third.created(), third.due())).as("the urgency's step time (平件 3 days)")
                .isBetween(Duration.ofDays(3).minusMinutes(1), Duration.ofDays(3).plusMinutes(1));
    }

    @Test
    void aNewVersionLeavesRunningProcessesOnTheirOwn() {
        ProcessDesign design = create("outgoing", List.of(person("第一版审阅", "czj.deputy1")));
        String before = startOutgoing(design, "UNCLASSIFIED", "NORMAL", "OPINION");

        designer.saveVersion(design.getId(), design.getName(), List.of(person("第二版审阅", "czj.deputy2")));
        assertThat(designer.versions(design.getId())).extracting(v -> v.getVersionNo()).containsExactly(2, 1);
        String after = startOutgoing(design, "UNCLASSIFIED", "NORMAL", "OPINION");

        complete("czj.d1.clerk1", before, "拟稿");
        complete("czj.deputy1", before, "第一版审阅");
        complete("czj.d1.clerk1", after, "拟稿");
        complete("czj.deputy2", after, "第二版审阅");
        assertThat(definitionOf(before)).isNotEqualTo(definitionOf(after));
        assertThat(designer.current(design.getId()).getProcessDefinitionId()).isEqualTo(definitionOf(after));
    }

    @Test
    void incomingDesignKeepsSignInRegisterHandleAndCirculation() {
        ProcessDesign design = create("incoming", List.of(
                withStep(position("拟办", "OFFICE_DIRECTOR"), "PROPOSE"),
                withStep(node("批办", Kind.CHOSEN), "INSTRUCT")));
        long unitId = unitOf("czj.secretary");
        Map<String, Object> variables = baseVariables("UNCLASSIFIED", "NORMAL", "NOTICE");
        variables.put("unitId", unitId);
        variables.put("handlers", List.of());
        variables.put("readers", List.of());
        variables.put("refused", false);
        String pid = workflow.start(design.processKey(), "test:" + TestUsers.unique("in"), "szfb.secretary", variables);
        TodoTask signIn = only("czj.secretary", pid);
        workflow.complete(signIn.taskId(), "czj.secretary", null, Map.of("clerk", "czj.secretary"));
        complete("czj.secretary", pid, "登记");
        TodoTask propose = only("czj.office", pid);
        workflow.complete(propose.taskId(), "czj.office", null, Map.of("leader", "czj.deputy1"));
        TodoTask instruct = only("czj.deputy1", pid);
        workflow.complete(instruct.taskId(), "czj.deputy1", null,
                Map.of("handlers", List.of("czj.d1.chief"), "readers", List.of("czj.deputy2")));
        complete("czj.d1.chief", pid, "承办");
        complete("czj.deputy2", pid, "传阅");
        assertThat(workflow.isEnded(pid)).isTrue();
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private long unitOf(String username) {
        return directory.person(username).orElseThrow().unitId();
    }

    private ProcessDesign create(String template, List<DesignNode> nodes) {
        ProcessDesign design = designer.create(TestUsers.unique("测试流程"), template, "MINUTES",
                unitOf("czj.head"), nodes);
        designs.add(design.getId());
        return design;
    }

    private String startOutgoing(ProcessDesign design, String classification, String urgency, String type) {
        Map<String, Object> variables = baseVariables(classification, urgency, type);
        variables.put("countersigners", List.of());
        variables.put("signer", "czj.deputy1");
        return workflow.start(design.processKey(), "test:" + TestUsers.unique("doc"), "czj.d1.clerk1", variables);
    }

    private static Map<String, Object> baseVariables(String classification, String urgency, String type) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("stepDue", "P3D");
        variables.put("classification", classification);
        variables.put("urgency", urgency);
        variables.put("documentType", type);
        return variables;
    }

    private void complete(String username, String pid, String stepName) {
        TodoTask task = workflow.todo(username).stream()
                .filter(t -> t.processInstanceId().equals(pid) && t.name().equals(stepName)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no task " + stepName + "; open: "
                        + workflow.openTasks(pid).stream().map(t -> t.name() + "@" + t.assignee()).toList()));
        workflow.complete(task.taskId(), username, null, Map.of());
    }

    private TodoTask only(String username, String pid) {
        List<TodoTask> mine = workflow.todo(username).stream().filter(t -> t.processInstanceId().equals(pid)).toList();
        assertThat(mine).as("open tasks of %s", username).hasSize(1);
        return mine.get(0);
    }

    private String definitionOf(String pid) {
        return runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult().getProcessDefinitionId();
    }

    static BpmnModel parse(String xml) {
        return new BpmnXMLConverter().convertToBpmnModel(
                () -> new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                true, false, "UTF-8");
    }
}
