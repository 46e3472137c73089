package org.zhengtong.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The journey of the issue: a clerk of 市财政局 drafts a 请示 to 市政府; review, countersign and signature inside
 * 财政局; number, seal, distribution; 市政府办公室 signs for it, registers, proposes, the leader instructs, two
 * departments handle it in parallel, it circulates and is closed.
 */
@IntegrationTest
class DocumentJourneyTest {

    @Autowired DocumentService documents;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired AsUser asUser;

    @Test
    void requestFromTheFinanceBureauToTheCityGovernment() {
        long cityOffice = unit("szfb");
        long cityGovernment = unit("szf");
        OfficialDocument draft = as("czj.d1.clerk1", () -> documents.draftOutgoing(new OutgoingForm(
                DocumentType.REQUEST, "关于" + TestUsers.unique("追加预算") + "的请示", Classification.UNCLASSIFIED, null,
                Urgency.URGENT, List.of(cityOffice), List.of(cityGovernment), "财预", "<p>市政府：</p><p>现将有关情况请示如下。</p>",
                null)));
        long id = draft.getId();

        step("czj.d1.clerk1", id, "拟稿", StepDecision.opinion("请审核"));
        as("czj.d1.chief", () -> documents.saveBody(id, "<p>市政府：</p><p>现将有关情况请示如下，妥否，请批示。</p>", 1));
        step("czj.d1.chief", id, "部门审核", StepDecision.opinion("同意"));
        step("czj.office", id, "办公室核稿", new StepDecision("请会签", List.of("czj.d2.chief", "czj.d3.chief"),
                "czj.head", null, List.of(), List.of()));
        step("czj.d2.chief", id, "会签", StepDecision.opinion("国库科同意"));
        step("czj.d3.chief", id, "会签", StepDecision.opinion("资产管理科同意"));
        step("czj.head", id, "领导签发", StepDecision.opinion("同意，印发"));
        step("czj.secretary", id, "编号登记", StepDecision.opinion(null));
        step("czj.secretary", id, "用印", StepDecision.opinion(null));
        step("czj.secretary", id, "分发", StepDecision.opinion(null));

        OfficialDocument issued = as("czj.d1.clerk1", () -> documents.read(id));
        assertThat(issued.getStatus()).isEqualTo(OfficialDocument.Status.FINISHED);
        assertThat(issued.getDocumentNumber()).matches("财预〔\\d{4}〕[1-9]\\d*号");
        assertThat(issued.getSignerName()).isNotBlank();
        assertThat(as("czj.d1.clerk1", () -> documents.bodyVersions(id))).hasSize(2);

        // 市政府办公室 receives it in its inbox
        TodoTask signIn = todo("szfb.secretary", "签收", issued.getTitle());
        long incomingId = Long.parseLong(signIn.businessKey().substring("document:".length()));
        step("szfb.secretary", incomingId, "签收", StepDecision.opinion(null));
        step("szfb.secretary", incomingId, "登记", StepDecision.opinion(null));
        step("szfb.office", incomingId, "拟办", new StepDecision("拟请分管副市长阅批", List.of(), null, "szfb.head",
                List.of(), List.of()));
        List<Long> departments = directory.departments(cityOffice).stream()
                .filter(d -> d.name().equals("秘书科") || d.name().equals("综合科")).map(OrgDirectory.DepartmentRef::id).toList();
        step("szfb.head", incomingId, "领导批办", new StepDecision("请秘书科、综合科办理", List.of(), null, null,
                departments, List.of("szfb.deputy1")));
        step("szfb.d1.chief", incomingId, "承办", StepDecision.opinion("已办理"));
        step("szfb.d2.chief", incomingId, "承办", StepDecision.opinion("已办理"));
        step("szfb.deputy1", incomingId, "传阅", StepDecision.opinion("已阅"));

        OfficialDocument received = as("szfb.secretary", () -> documents.read(incomingId));
        assertThat(received.getStatus()).isEqualTo(OfficialDocument.Status.FINISHED);
        assertThat(received.getRegistrationNumber()).matches("收〔\\d{4}〕[1-9]\\d*号");
        assertThat(received.getDocumentNumber()).isEqualTo(issued.getDocumentNumber());
        assertThat(workflow.history(received.getProcessInstanceId())).extracting(HistoryStep::name)
                .containsSubsequence("签收", "登记", "拟办", "领导批办", "承办", "传阅", "办结");
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

    private TodoTask todo(String username, String stepName, String title) {
        return workflow.todo(username).stream().filter(t -> t.name().equals(stepName))
                .filter(t -> as(username, () -> documents.read(Long.parseLong(t.businessKey().substring(9))).getTitle())
                        .equals(title))
                .findFirst().orElseThrow();
    }

    private long unit(String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    private <T> T as(String username, Supplier<T> work) {
        return asUser.call(username, work);
    }
}
