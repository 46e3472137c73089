package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.workflow.internal.DelegationService;
import org.zhengtong.workflow.internal.DelegationView;

/**
 * 代办: the team's 科长 registers a delegation to a clerk; the 部门审核 steps that reach them in the window go to the
 * clerk, marked "代 科长 办理", and those before or after it stay with them. Refused registrations save nothing.
 */
@IntegrationTest
class DelegationTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documentService;
    @Autowired DelegationService delegations;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired MutableClock clock;

    DocumentFixtures documents;
    Team team;
    String chiefName;

    @BeforeEach
    void team() {
        documents = new DocumentFixtures(documentService, directory, userDetails);
        team = platform.newTeam();
        chiefName = directory.person(team.chief()).orElseThrow().name();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void tasksAssignedInTheWindowGoToTheDelegate() throws Exception {
        register(team.chief(), team.clerk2(), now().minusHours(1), now().plusDays(1), "出差")
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/todo/delegations"));

        OfficialDocument request = reachTheChief("代办件");
        TodoTask review = documents.currentTask(team.clerk2(), request.getId());
        assertThat(review.name()).isEqualTo("部门审核");
        assertThat(review.assignee()).isEqualTo(team.clerk2());
        assertThat(review.delegatedFrom()).isEqualTo(team.chief());
        assertThat(workflow.todo(team.chief())).noneMatch(t -> t.processInstanceId().equals(request.getProcessInstanceId()));

        assertThat(page("/todo", team.clerk2())).contains(request.getTitle(), "代 " + chiefName + " 办理");
        assertThat(page("/todo/delegations", team.chief())).contains("生效中", "出差", "取消委托");
        assertThat(page("/todo/delegations", team.clerk2())).contains(chiefName, "出差");
    }

    @Test
    void tasksBeforeAndAfterTheWindowStayWithThePerson() throws Exception {
        register(team.chief(), team.clerk2(), now().plusDays(1), now().plusDays(2), "休假")
                .andExpect(status().is3xxRedirection());
        assertThat(page("/todo/delegations", team.chief())).contains("未开始");

        OfficialDocument before = reachTheChief("代办前");
        assertThat(documents.currentTask(team.chief(), before.getId()).delegatedFrom()).isNull();

        clock.advance(Duration.ofDays(3));
        OfficialDocument after = reachTheChief("代办后");
        assertThat(documents.currentTask(team.chief(), after.getId()).delegatedFrom()).isNull();
        assertThat(page("/todo", team.clerk2())).doesNotContain(before.getTitle()).doesNotContain(after.getTitle());
        assertThat(page("/todo/delegations", team.chief())).contains("已结束");
    }

    @Test
    void aCancelledDelegationNoLongerApplies() throws Exception {
        register(team.chief(), team.clerk2(), now().minusHours(1), now().plusDays(1), "培训")
                .andExpect(status().is3xxRedirection());
        DelegationView delegation = delegations.given(team.chief()).get(0);

        mvc.perform(post("/todo/delegations/{id}/cancel", delegation.id()).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/todo/delegations/{id}/cancel", delegation.id()).with(users.as(team.chief())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(delegations.given(team.chief()).get(0).status()).isEqualTo(DelegationView.Status.CANCELLED);
        OfficialDocument request = reachTheChief("取消后");
        assertThat(documents.currentTask(team.chief(), request.getId()).delegatedFrom()).isNull();
    }

    @Test
    void refusalsSayWhyAndSaveNothing() throws Exception {
        refused(team.chief(), team.clerk2(), now().plusDays(2), now().plusDays(1), "出差", "结束时间必须晚于开始时间");
        refused(team.chief(), team.chief(), now(), now().plusDays(1), "出差", "不能委托给自己");
        refused(team.chief(), TestUsers.unique("nobody"), now(), now().plusDays(1), "出差", "不存在或没有账号");
        refused(team.chief(), "", now(), now().plusDays(1), "出差", "请填写代办人");
        refused(team.chief(), team.clerk2(), now(), now().plusDays(1), " ", "请填写委托原因");
        refused(team.chief(), team.clerk2(), now().minusDays(3), now().minusDays(2), "出差", "结束时间已经过去");
        assertThat(delegations.given(team.chief())).isEmpty();

        register(team.chief(), team.clerk2(), now(), now().plusDays(3), "出差").andExpect(status().is3xxRedirection());
        refused(team.chief(), team.clerk(), now().plusDays(1), now().plusDays(5), "学习", "与您已登记的代办重叠");
        assertThat(delegations.given(team.chief())).hasSize(1);

        String page = mvc.perform(post("/todo/delegations").with(users.as(team.chief())).with(csrf())
                        .param("toUsername", team.clerk2()).param("startsAt", "明天").param("endsAt", "后天")
                        .param("reason", "出差"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写正确的开始时间和结束时间");
    }

    /** Drafted by the team's clerk and sent on: the 部门审核 step is assigned to the team's 科长 now. */
    private OfficialDocument reachTheChief(String title) {
        OfficialDocument request = documents.draft(team.clerk(), Urgency.NORMAL, title);
        documents.sendOn(team.clerk(), request.getId(), StepDecision.opinion("请审核"));
        return request;
    }

    private void refused(String username, String to, LocalDateTime startsAt, LocalDateTime endsAt, String reason,
                         String message) throws Exception {
        String page = register(username, to, startsAt, endsAt, reason).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message);
    }

    private org.springframework.test.web.servlet.ResultActions register(String username, String to,
                                                                         LocalDateTime startsAt, LocalDateTime endsAt,
                                                                         String reason) throws Exception {
        return mvc.perform(post("/todo/delegations").with(users.as(username)).with(csrf())
                .param("toUsername", to).param("startsAt", startsAt.toString()).param("endsAt", endsAt.toString())
                .param("reason", reason));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
