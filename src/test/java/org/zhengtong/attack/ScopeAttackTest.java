package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * Work handed on stays in the unit: 代办, 转交 and 加签 to someone of another unit are refused on the server (console
 * and API), whatever the form offered, and so are the handlers chosen at a step; nothing changes and the other
 * unit's person cannot read the document. A delegation out of the unit left from before is not applied.
 */
@IntegrationTest
class ScopeAttackTest {

    private static final String OUTSIDER = "jtj.d1.clerk1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformFixtures platform;
    @Autowired MutableClock clock;

    DocumentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new DocumentFixtures(documents, directory, accounts);
    }

    @Test
    void nobodyDelegatesToAnotherUnit() throws Exception {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/todo/delegations").with(users.as("czj.d3.clerk1")).with(csrf())
                        .param("toUsername", "zjj.d1.clerk1").param("startsAt", now.toString())
                        .param("endsAt", now.plusDays(1).toString()).param("reason", "出差"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(name("zjj.d1.clerk1") + "不是市财政局的人员")));
        assertThat(jdbc.queryForObject("select count(*) from wf_delegation where from_username = 'czj.d3.clerk1'"
                + " and to_username = 'zjj.d1.clerk1'", Integer.class)).isZero();
    }

    @Test
    void aTaskIsNeitherTransferredNorGivenAnAddedSignerOutsideTheUnit() throws Exception {
        long id = fixtures.draft("czj.d3.clerk1", Urgency.NORMAL, "请示").getId();
        String taskId = openTask("czj.d3.clerk1", id).taskId();
        String refusal = name(OUTSIDER) + "不是市财政局的人员";

        mvc.perform(post("/documents/{id}/transfer", id).param("taskId", taskId).param("transferTo", OUTSIDER)
                        .with(users.as("czj.d3.clerk1")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString(refusal)));
        mvc.perform(post("/documents/{id}/add-signer", id).param("taskId", taskId).param("addedSigner", OUTSIDER)
                        .with(users.as("czj.d3.clerk1")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString(refusal)));
        apiAction(id, taskId, "transfer", "{\"to\":\"" + OUTSIDER + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(refusal)));
        apiAction(id, taskId, "add-signer", "{\"signer\":\"" + OUTSIDER + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(refusal)));

        TodoTask still = openTask("czj.d3.clerk1", id);
        assertThat(still.taskId()).isEqualTo(taskId);
        assertThat(still.addedSignerFor()).isNull();
        assertThat(openTask(OUTSIDER, id)).isNull();
        mvc.perform(get("/documents/{id}", id).with(users.as(OUTSIDER))).andExpect(status().isForbidden());
    }

    @Test
    void theHandlersChosenAtAStepArePeopleOfTheUnit() throws Exception {
        long id = fixtures.draft("czj.d3.clerk1", Urgency.NORMAL, "请示").getId();
        fixtures.sendOn("czj.d3.clerk1", id, StepDecision.opinion("请审核"));
        fixtures.sendOn("czj.d3.chief", id, StepDecision.opinion("同意"));
        String taskId = openTask("czj.office", id).taskId();

        mvc.perform(post("/documents/{id}/send", id).param("taskId", taskId).param("countersigners", "jtj.d1.chief")
                        .param("signer", "czj.head").with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(name("jtj.d1.chief") + "不是市财政局的人员，不能选为本公文的办理人或传阅人")));
        mvc.perform(post("/documents/{id}/send", id).param("taskId", taskId).param("signer", "jtj.head")
                        .with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(openTask("czj.office", id).taskId()).isEqualTo(taskId);
        assertThat(openTask("jtj.d1.chief", id)).isNull();
        assertThat(openTask("jtj.head", id)).isNull();
    }

    @Test
    void aDelegationToAnotherUnitLeftFromBeforeIsNotApplied() {
        PlatformFixtures.Team team = platform.newTeam();
        jdbc.update("insert into wf_delegation (from_username, to_username, starts_at, ends_at, reason, cancelled,"
                        + " created_at) values (?, ?, ?, ?, '出差', false, ?)", team.chief(), OUTSIDER,
                Timestamp.from(clock.instant().minus(Duration.ofHours(1))),
                Timestamp.from(clock.instant().plus(Duration.ofDays(1))), Timestamp.from(clock.instant()));

        long id = fixtures.draft(team.clerk(), Urgency.NORMAL, "请示").getId();
        fixtures.sendOn(team.clerk(), id, StepDecision.opinion("请审核"));
        assertThat(openTask(team.chief(), id).name()).isEqualTo("部门审核");
        assertThat(openTask(OUTSIDER, id)).isNull();
    }

    private ResultActions apiAction(long id, String taskId, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/documents/{id}/tasks/{task}/" + action, id, taskId)
                .contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("czj.d3.clerk1", "Demo@2026")));
    }

    private TodoTask openTask(String username, long id) {
        return workflow.todo(username).stream().filter(t -> ("document:" + id).equals(t.businessKey()))
                .findFirst().orElse(null);
    }

    private String name(String username) {
        return directory.person(username).orElseThrow().name();
    }
}
