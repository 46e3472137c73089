package org.zhengtong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.Classification;
import org.zhengtong.workflow.WorkflowException;

/**
 * A 机密 document: it never reaches a handler without clearance, outsiders and people without clearance are refused,
 * and every open is audited.
 */
@IntegrationTest
class DocumentAccessTest {

    @Autowired DocumentService documents;
    @Autowired AsUser as;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aConfidentialDocumentNeedsClearanceAndInvolvement() {
        long cityOffice = jdbc.queryForObject("select id from org_unit where code = 'szfb'", Long.class);
        // 分管领导 czj.deputy1 holds 重要 clearance, enough for 机密
        OfficialDocument document = as.call("czj.deputy1", () -> documents.draftOutgoing(new OutgoingForm(
                DocumentType.REPORT, "关于" + TestUsers.unique("机密事项") + "的报告", Classification.CONFIDENTIAL, "10年",
                Urgency.NORMAL, List.of(cityOffice), List.of(), "财办", "<p>内容</p>", null)));
        long id = document.getId();
        // 部门审核 falls to czj.office (the deputy has no department), who holds only 一般: the step is refused
        assertThatThrownBy(() -> as.run("czj.deputy1", () -> documents.sendOn(id,
                documents.currentTask(documents.read(id)).taskId(), StepDecision.opinion("请审核"))))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workflow.error.handlerClearance"));
        assertThat(as.call("czj.deputy1", () -> documents.currentTask(documents.read(id))).name()).isEqualTo("拟稿");

        assertThatThrownBy(() -> as.call("czj.office", () -> documents.read(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("czj.d1.clerk1", () -> documents.read(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(as.call("czj.deputy1", () -> documents.read(id)).getTitle()).isEqualTo(document.getTitle());

        assertThat(audited("czj.office", id, "FAILURE")).isEqualTo(1);
        assertThat(audited("czj.d1.clerk1", id, "FAILURE")).isEqualTo(1);
        assertThat(audited("czj.deputy1", id, "SUCCESS")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void nobodyDraftsAboveTheirClearance() {
        long cityOffice = jdbc.queryForObject("select id from org_unit where code = 'szfb'", Long.class);
        assertThatThrownBy(() -> as.call("czj.d1.clerk1", () -> documents.draftOutgoing(new OutgoingForm(
                DocumentType.REPORT, "越权起草", Classification.SECRET, "5年", Urgency.NORMAL, List.of(cityOffice),
                List.of(), "财办", "", null)))).isInstanceOf(AccessDeniedException.class);
    }

    private int audited(String actor, long documentId, String result) {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'DOCUMENT_OPEN' and actor = ?"
                + " and object_id = ? and result = ?", Integer.class, actor, String.valueOf(documentId), result);
    }
}
