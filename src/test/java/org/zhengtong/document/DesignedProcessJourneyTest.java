package org.zhengtong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengtong.workflow.DesignNodes.node;
import static org.zhengtong.workflow.DesignNodes.position;
import static org.zhengtong.workflow.DesignNodes.withStep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.ProcessCatalog;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.internal.DesignNode.Kind;
import org.zhengtong.workflow.internal.ProcessDesign;
import org.zhengtong.workflow.internal.ProcessDesigner;

/** 市财政局's own 请示 process, designed by the administrator: new 请示 run on it, other documents keep theirs. */
@IntegrationTest
class DesignedProcessJourneyTest {

    @Autowired DocumentService documents;
    @Autowired ProcessDesigner designer;
    @Autowired ProcessCatalog catalog;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;

    private final List<Long> designs = new ArrayList<>();

    @AfterEach
    void disableDesigns() {
        // the database is shared: a design left active would route other tests' documents
        as("sysadmin", () -> {
            designs.forEach(id -> designer.setActive(id, false));
            return null;
        });
    }

    @Test
    void aRequestOfTheFinanceBureauRunsOnItsDesignedProcess() {
        long czj = unit("czj");
        ProcessDesign requests = design("财政局请示流程", DocumentType.REQUEST.name(), czj, List.of(
                node("科室负责人审核", Kind.DEPARTMENT_HEAD),
                withStep(position("办公室核稿", "OFFICE_DIRECTOR"), "OFFICE_REVIEW"),
                node("分管领导审核", Kind.LEADER_IN_CHARGE),
                withStep(node("领导签发", Kind.UNIT_HEAD), "SIGN_OFF")));
        ProcessDesign unitWide = design("财政局发文流程", null, czj, List.of(node("分管领导把关", Kind.LEADER_IN_CHARGE)));
        ProcessDesign requestsEverywhere = design("全市请示流程", DocumentType.REQUEST.name(), null,
                List.of(node("单位负责人审定", Kind.UNIT_HEAD)));

        assertThat(catalog.processKeyFor("outgoing", "REQUEST", czj)).isEqualTo(requests.processKey());
        assertThat(catalog.processKeyFor("outgoing", "NOTICE", czj)).isEqualTo(unitWide.processKey());
        assertThat(catalog.processKeyFor("outgoing", "REQUEST", unit("cgj")))
                .isEqualTo(requestsEverywhere.processKey());
        assertThat(catalog.processKeyFor("incoming", "REQUEST", czj)).isEqualTo("incoming");

        long cityOffice = unit("szfb");
        OfficialDocument draft = as("czj.d1.clerk1", () -> documents.draftOutgoing(new OutgoingForm(
                DocumentType.REQUEST, "关于" + TestUsers.unique("专项资金") + "的请示", Classification.UNCLASSIFIED, null,
                Urgency.NORMAL, List.of(cityOffice), List.of(), "财预", "<p>市政府：</p><p>特此请示。</p>", null)));
        long id = draft.getId();
        step("czj.d1.clerk1", id, "拟稿", StepDecision.opinion("请审核"));
        step("czj.d1.chief", id, "科室负责人审核", StepDecision.opinion("同意"));
        step("czj.office", id, "办公室核稿", new StepDecision("请国库科会签", List.of("czj.d2.chief"), null, null,
                List.of(), List.of()));
        step("czj.d2.chief", id, "会签", StepDecision.opinion("同意"));
        step("czj.deputy1", id, "分管领导审核", StepDecision.opinion("同意"));
        step("czj.head", id, "领导签发", StepDecision.opinion("签发"));
        step("czj.secretary", id, "编号登记", StepDecision.opinion(null));
        step("czj.secretary", id, "用印", StepDecision.opinion(null));
        step("czj.secretary", id, "分发", StepDecision.opinion(null));

        OfficialDocument issued = as("czj.d1.clerk1", () -> documents.read(id));
        assertThat(issued.getStatus()).isEqualTo(OfficialDocument.Status.FINISHED);
        assertThat(issued.getDocumentNumber()).matches("财预〔\\d{4}〕[1-9]\\d*号");
        assertThat(issued.getSignerName()).isNotBlank();
        assertThat(issued.isSealed()).isTrue();
        assertThat(workflow.history(issued.getProcessInstanceId())).extracting(HistoryStep::name)
                .containsSubsequence("拟稿", "科室负责人审核", "办公室核稿", "会签", "分管领导审核", "领导签发",
                        "编号登记", "用印", "分发", "办结");
        // 市政府办公室 has no design: the delivered copy runs on the default 收文
        assertThat(workflow.todo("szfb.secretary")).anyMatch(t -> t.name().equals("签收")
                && t.processKey().equals("incoming"));
    }

    private ProcessDesign design(String name, String type, Long unitId,
                                 List<org.zhengtong.workflow.internal.DesignNode> nodes) {
        ProcessDesign design = as("sysadmin", () -> designer.create(TestUsers.unique(name), "outgoing",
                type, unitId, nodes));
        designs.add(design.getId());
        return design;
    }

    private void step(String username, long documentId, String stepName, StepDecision decision) {
        as(username, () -> {
            OfficialDocument document = documents.read(documentId);
            TodoTask task = documents.currentTask(document);
            assertThat(task).as("%s has a task on %s", username, stepName).isNotNull();
            assertThat(task.name()).isEqualTo(stepName);
            documents.sendOn(documentId, task.taskId(), decision);
            return null;
        });
    }

    private long unit(String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    private <T> T as(String username, Supplier<T> work) {
        var principal = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
