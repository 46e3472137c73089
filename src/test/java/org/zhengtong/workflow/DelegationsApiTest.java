package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.org.Position;

/**
 * The kit's {@link Delegations} for other modules: a hand-over sends the person's new tasks to the stand-in, and
 * ending it gives the open ones back — in the engine, in the to-do table and on both people's to-do pages.
 */
@IntegrationTest
class DelegationsApiTest {

    @Autowired Delegations delegations;
    @Autowired Workflow workflow;
    @Autowired TodoList todoList;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired MutableClock clock;

    DocumentFixtures documents;
    Team team;

    @BeforeEach
    void team() {
        documents = new DocumentFixtures(documentService, directory, userDetails);
        team = platform.newTeam();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void endingAHandOverGivesTheOpenTasksBack() throws Exception {
        Instant now = clock.instant();
        long handOver = delegations.handOver(team.chief(), team.clerk2(), now, now.plus(Duration.ofHours(4)), "外出");
        assertThat(delegations.inForce(List.of(team.chief(), team.clerk()), now))
                .singleElement().satisfies(h -> {
                    assertThat(h.fromUsername()).isEqualTo(team.chief());
                    assertThat(h.toUsername()).isEqualTo(team.clerk2());
                });

        OfficialDocument request = reachTheChief("交回件");
        TodoTask review = documents.currentTask(team.clerk2(), request.getId());
        assertThat(review.delegatedFrom()).isEqualTo(team.chief());
        String chiefName = directory.nameOf(team.chief());
        assertThat(page("/todo", team.clerk2())).contains(request.getTitle(), "代 " + chiefName + " 办理");

        clock.advance(Duration.ofHours(1));
        assertThat(delegations.endAndGiveBack(handOver, team.chief())).isEqualTo(1);

        TodoTask back = documents.currentTask(team.chief(), request.getId());
        assertThat(back.taskId()).isEqualTo(review.taskId());
        assertThat(back.assignee()).isEqualTo(team.chief());
        assertThat(back.delegatedFrom()).isNull();
        assertThat(todoList.isOpenFor(review.taskId(), team.chief())).isTrue();
        assertThat(todoList.isOpenFor(review.taskId(), team.clerk2())).isFalse();
        assertThat(workflow.todo(team.clerk2())).noneMatch(t -> t.taskId().equals(review.taskId()));
        assertThat(page("/todo", team.chief())).contains(request.getTitle()).doesNotContain("代 " + chiefName);
        assertThat(page("/todo", team.clerk2())).doesNotContain(request.getTitle());

        // ended: the next task stays with the chief, and nobody stands in for him any more
        assertThat(delegations.inForce(List.of(team.chief()), clock.instant())).isEmpty();
        OfficialDocument next = reachTheChief("交回后");
        assertThat(documents.currentTask(team.chief(), next.getId()).delegatedFrom()).isNull();
    }

    @Test
    void aTaskTheStandInPassedOnStaysWhereItIs() {
        Instant now = clock.instant();
        long handOver = delegations.handOver(team.chief(), team.clerk2(), now, now.plus(Duration.ofHours(4)), "外出");
        OfficialDocument request = reachTheChief("转交件");
        TodoTask review = documents.currentTask(team.clerk2(), request.getId());
        workflow.transfer(review.taskId(), team.clerk2(), team.clerk(), "请代为处理");

        assertThat(delegations.endAndGiveBack(handOver, team.chief())).isZero();
        assertThat(documents.currentTask(team.clerk(), request.getId()).taskId()).isEqualTo(review.taskId());
    }

    @Test
    void aHandOverNotYetBegunNeverBegins() {
        Instant now = clock.instant();
        long handOver = delegations.handOver(team.chief(), team.clerk2(), now.plus(Duration.ofHours(2)),
                now.plus(Duration.ofHours(6)), "出差");
        assertThat(delegations.endAndGiveBack(handOver, team.chief())).isZero();

        clock.advance(Duration.ofHours(3));
        assertThat(delegations.inForce(List.of(team.chief()), clock.instant())).isEmpty();
        OfficialDocument request = reachTheChief("未开始");
        assertThat(documents.currentTask(team.chief(), request.getId()).delegatedFrom()).isNull();
    }

    @Test
    void theKitsRulesHold() {
        Instant now = clock.instant();
        Instant later = now.plus(Duration.ofHours(4));
        String otherUnit = platform.newMember("sjj", Position.CLERK);
        refused(() -> delegations.handOver(team.chief(), otherUnit, now, later, "外出"), "workflow.error.outsideUnit");
        refused(() -> delegations.handOver(team.chief(), TestUsers.unique("nobody"), now, later, "外出"),
                "todo.delegation.error.unknownPerson");
        refused(() -> delegations.handOver(team.chief(), team.clerk2(), later, now, "外出"),
                "todo.delegation.error.endBeforeStart");

        long handOver = delegations.handOver(team.chief(), team.clerk2(), now, later, "外出");
        refused(() -> delegations.handOver(team.chief(), team.clerk(), now.plus(Duration.ofHours(1)),
                later.plus(Duration.ofHours(1)), "出差"), "todo.delegation.error.overlap");
        // only the person who handed over ends it
        assertThatThrownBy(() -> delegations.endAndGiveBack(handOver, team.clerk2()))
                .isInstanceOf(NotFoundException.class);

        assertThat(delegations.possibleStandIns(team.chief())).extracting(OrgDirectory.PersonRef::username)
                .contains(team.clerk(), team.clerk2(), "czj.d1.clerk1")
                .doesNotContain(team.chief(), otherUnit, "sjj.d1.clerk1");
    }

    private static void refused(Runnable attempt, String messageKey) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    /** Drafted by the team's clerk and sent on: the 部门审核 step is assigned to the team's 科长 now. */
    private OfficialDocument reachTheChief(String title) {
        OfficialDocument request = documents.draft(team.clerk(), Urgency.NORMAL, title);
        documents.sendOn(team.clerk(), request.getId(), StepDecision.opinion("请审核"));
        return request;
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
