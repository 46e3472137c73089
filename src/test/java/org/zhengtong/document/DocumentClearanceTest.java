package org.zhengtong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.IncomingForm;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.internal.DelegationForm;
import org.zhengtong.workflow.internal.DelegationService;

/**
 * A classified document is never handed to someone whose 涉密等级 does not cover it: choosing such a handler, transfer
 * or 加签 target or 传阅 reader is refused with the person and the 密级 named, and nothing changes. The steps routed
 * to 市财政局's 办公室主任 (一般) are tried with a 秘密 document, which 一般 covers: a 机密 one would not reach them.
 */
@IntegrationTest
class DocumentClearanceTest {

    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired PlatformFixtures platform;
    @Autowired Workflow workflow;
    @Autowired MessageSource messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired DelegationService delegations;
    @Autowired Clock clock;

    DocumentFixtures fixtures;
    PlatformFixtures.Team team;

    @BeforeEach
    void setUp() {
        fixtures = new DocumentFixtures(documents, directory, users);
        // the drafter and the 科长 hold 重要 (enough for 机密); clerk2 keeps 非涉密
        team = platform.newTeam();
        platform.grantClearance(team.clerk(), Clearance.IMPORTANT);
        platform.grantClearance(team.chief(), Clearance.IMPORTANT);
    }

    @Test
    void transferAndAddedSignerNeedClearance() {
        OfficialDocument document = fixtures.draft(team.clerk(), DocumentType.REPORT, Urgency.NORMAL,
                Classification.CONFIDENTIAL, "机密报告");
        long id = document.getId();
        String taskId = openTask(team.clerk(), id).taskId();

        assertRefused(() -> fixtures.as(team.clerk(), () -> {
            documents.transfer(id, taskId, team.clerk2(), "请办理");
            return null;
        }), team.clerk2(), "机密");
        assertRefused(() -> fixtures.as(team.clerk(), () -> {
            documents.addSigner(id, taskId, team.clerk2(), "请提意见");
            return null;
        }), team.clerk2(), "机密");
        assertThat(openTask(team.clerk(), id).taskId()).isEqualTo(taskId);
        assertThat(openTask(team.clerk2(), id)).isNull();
        assertThat(auditedSuccess(id, "DOCUMENT_SEND_ON")).isZero();

        // 分管领导 czj.deputy1 holds 重要
        fixtures.as(team.clerk(), () -> {
            documents.transfer(id, taskId, "czj.deputy1", "请办理");
            return null;
        });
        assertThat(openTask("czj.deputy1", id)).isNotNull();
        assertThat(openTask(team.clerk(), id)).isNull();
    }

    @Test
    void countersignersAndSignerNeedClearance() {
        OfficialDocument document = fixtures.draft(team.clerk(), DocumentType.REPORT, Urgency.NORMAL,
                Classification.SECRET, "秘密报告");
        long id = document.getId();
        fixtures.sendOn(team.clerk(), id, StepDecision.opinion("请审核"));
        fixtures.sendOn(team.chief(), id, StepDecision.opinion("同意"));
        // 办公室核稿 lies with czj.office (a routed step, not a choice); the choices it makes are checked
        TodoTask review = openTask("czj.office", id);
        assertThat(review.name()).isEqualTo("办公室核稿");

        assertRefused(() -> fixtures.as("czj.office", () -> {
            documents.sendOn(id, review.taskId(), new StepDecision("同意", List.of("czj.deputy2", team.clerk2()),
                    "czj.head", null, List.of(), List.of()));
            return null;
        }), team.clerk2(), "秘密");
        assertRefused(() -> fixtures.as("czj.office", () -> {
            documents.sendOn(id, review.taskId(), new StepDecision("同意", List.of(), team.clerk2(), null,
                    List.of(), List.of()));
            return null;
        }), team.clerk2(), "秘密");
        assertThat(openTask("czj.office", id).taskId()).isEqualTo(review.taskId());
        assertThat(openTask("czj.deputy2", id)).isNull();

        fixtures.as("czj.office", () -> {
            documents.sendOn(id, review.taskId(), new StepDecision("同意", List.of("czj.deputy2"), "czj.head", null,
                    List.of(), List.of()));
            return null;
        });
        assertThat(openTask("czj.deputy2", id).name()).isEqualTo("会签");
    }

    @Test
    void circulationReadersAndTheLeaderNeedClearance() {
        platform.grantClearance(team.leader(), Clearance.IMPORTANT);
        String title = TestUsers.unique("秘密来文");
        OfficialDocument document = fixtures.as("czj.secretary", () -> documents.registerPaperIncoming(
                new IncomingForm(DocumentType.NOTICE, title, "市政府办公室", null, Classification.SECRET, "10年",
                        Urgency.NORMAL, null), null, null));
        long id = document.getId();
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion("签收"));
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion("登记"));
        TodoTask propose = openTask("czj.office", id);
        assertThat(propose.name()).isEqualTo("拟办");
        assertRefused(() -> fixtures.as("czj.office", () -> {
            documents.sendOn(id, propose.taskId(), new StepDecision("请批示", List.of(), null, team.clerk2(),
                    List.of(), List.of()));
            return null;
        }), team.clerk2(), "秘密");
        fixtures.as("czj.office", () -> {
            documents.sendOn(id, propose.taskId(), new StepDecision("请批示", List.of(), null, "czj.head",
                    List.of(), List.of()));
            return null;
        });

        TodoTask instruct = openTask("czj.head", id);
        assertThat(instruct.name()).isEqualTo("领导批办");
        assertRefused(() -> fixtures.as("czj.head", () -> {
            documents.sendOn(id, instruct.taskId(), new StepDecision("请办理", List.of(), null, null,
                    List.of(team.departmentId()), List.of(team.leader(), team.clerk2())));
            return null;
        }), team.clerk2(), "秘密");
        assertThat(openTask("czj.head", id).taskId()).isEqualTo(instruct.taskId());
        assertThat(openTask(team.chief(), id)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from doc_reader where document_id = ?", Integer.class, id))
                .isZero();

        fixtures.as("czj.head", () -> {
            documents.sendOn(id, instruct.taskId(), new StepDecision("请办理", List.of(), null, null,
                    List.of(team.departmentId()), List.of(team.leader())));
            return null;
        });
        assertThat(openTask(team.chief(), id).name()).isEqualTo("承办");
        fixtures.sendOn(team.chief(), id, StepDecision.opinion("已办理"));
        assertThat(openTask(team.leader(), id).name()).isEqualTo("传阅");
        assertThat(jdbc.queryForObject("select count(*) from doc_reader where document_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void aClassifiedTaskIsNotDelegatedToSomeoneWithoutClearance() {
        LocalDateTime now = LocalDateTime.now(clock);
        delegations.register(team.chief(), new DelegationForm(team.clerk2(), now.minusHours(1), now.plusDays(1), "出差"));

        OfficialDocument confidential = fixtures.draft(team.clerk(), DocumentType.REPORT, Urgency.NORMAL,
                Classification.CONFIDENTIAL, "机密报告");
        fixtures.sendOn(team.clerk(), confidential.getId(), StepDecision.opinion("请审核"));
        assertThat(openTask(team.chief(), confidential.getId()).name()).isEqualTo("部门审核");
        assertThat(openTask(team.clerk2(), confidential.getId())).isNull();

        // the delegation itself is in force: an unclassified request goes to the delegate
        OfficialDocument open = fixtures.draft(team.clerk(), Urgency.NORMAL, "请示");
        fixtures.sendOn(team.clerk(), open.getId(), StepDecision.opinion("请审核"));
        assertThat(openTask(team.clerk2(), open.getId()).name()).isEqualTo("部门审核");
        assertThat(openTask(team.chief(), open.getId())).isNull();
    }

    @Test
    void aClassifiedIncomingDocumentReachesOnlyTheSecretariesClearedForIt() {
        // 市信访局 gets a second 机要秘书, without clearance
        String uncleared = platform.newMember("xfj", Position.CONFIDENTIAL_SECRETARY);
        String title = TestUsers.unique("机密来文");
        long id = fixtures.as("xfj.secretary", () -> documents.registerPaperIncoming(new IncomingForm(
                DocumentType.NOTICE, title, "市政府办公室", null, Classification.CONFIDENTIAL, "10年", Urgency.NORMAL,
                null), null, null)).getId();

        assertThat(openTask("xfj.secretary", id).name()).isEqualTo("签收");
        assertThat(openTask(uncleared, id)).isNull();
    }

    private void assertRefused(Runnable action, String username, String classification) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("document.error.clearanceTooLow");
            assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo(directory.person(username).orElseThrow().name() + "的涉密等级不足以办理" + classification
                            + "公文，请另选办理人。");
        });
    }

    private TodoTask openTask(String username, long id) {
        return workflow.todo(username).stream().filter(t -> ("document:" + id).equals(t.businessKey()))
                .findFirst().orElse(null);
    }

    private int auditedSuccess(long id, String action) {
        return jdbc.queryForObject("select count(*) from audit_record where action = ? and object_id = ?"
                + " and result = 'SUCCESS'", Integer.class, action, String.valueOf(id));
    }
}
