package org.zhengtong.document.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhengtong.ConnectionFaults;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TaskCreated;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * One action under two faults at once: the database connection of the request breaks in the middle of the action
 * (after the engine moved the document on, before the commit), and the listener that tells the next person fails.
 * The client is told the truth — an error while nothing was saved, success once it was — the retry does the work
 * once (a creating request with the same key answers with what the first one created), engine and document agree,
 * and the notification the failed listener owed arrives exactly once when the incomplete publications are resubmitted,
 * even when they are delivered twice.
 */
@IntegrationTest
class ActionUnderFaultsTest {

    private static final String REFUSAL = "ck_test_fault_notification";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired Workflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired ConnectionFaults faults;
    @Autowired IncompleteEventPublications incompleteEvents;
    @Autowired @Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor listeners;
    @Value("${zhengtong.events.resubmit-after}") Duration resubmitAfter;

    DocumentApiClient api;
    Team team;

    @BeforeEach
    void teamAndFaults() {
        api = new DocumentApiClient(mvc, json, directory);
        team = platform.newTeam();
        api.password(team.clerk(), PlatformFixtures.PASSWORD);
        // the chief's notification listener fails, as when its connection is killed; the chief's next task is given
        // in a transaction whose connection breaks
        jdbc.execute("alter table ntf_notification add constraint " + REFUSAL + " check (recipient <> '"
                + team.chief() + "')");
        faults.breakTransactionGivingTaskTo(team.chief());
    }

    @AfterEach
    void repair() {
        jdbc.execute("alter table ntf_notification drop constraint if exists " + REFUSAL);
        faults.disarm();
        clock.reset();
    }

    @Test
    void aSendOnWhoseConnectionBreaksIsUndoneAndItsRetryIsTakenAndNotifiedOnce() throws Exception {
        long id = api.draft(team.clerk(), api.request("关于" + TestUsers.unique("断线发送") + "的请示"));
        String draftStep = api.taskId(team.clerk(), id, "拟稿");
        int brokenBefore = faults.broken();

        send(id, draftStep).andExpect(status().isServiceUnavailable());
        assertThat(faults.broken()).as("the connection broke in the middle of the send").isEqualTo(brokenBefore + 1);
        assertThat(api.taskId(team.clerk(), id, "拟稿")).as("told it failed: the step is still open").isEqualTo(draftStep);
        assertThat(tasksOf(team.chief(), id)).isEmpty();
        assertThat(publicationsFor(team.chief(), false)).isZero();

        String answer = DocumentApiClient.body(send(id, draftStep).andExpect(status().isOk()).andReturn());
        assertThat(JsonPath.<List<String>>read(answer, "$.timeline[*].name")).containsOnlyOnce("拟稿", "部门审核");
        assertTakenOnceAndAgreed(id);
        assertNotifiedOnceAfterResubmission();
    }

    @Test
    void aDraftSentOnWhoseConnectionBreaksIsCreatedOnceByItsRetries() throws Exception {
        String title = "关于" + TestUsers.unique("断线拟稿") + "的请示";
        String form = mvc.perform(MockMvcRequestBuilders.get("/documents/new").with(users.as(team.clerk())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = form.replaceAll("(?s).*name=\"requestKey\" value=\"([^\"]+)\".*", "$1");

        draftAndSend(title, token).andExpect(status().isServiceUnavailable());
        assertThat(documentsTitled(title)).as("told it failed: nothing was drafted").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from sys_idempotency_key where request_key = ?", Long.class,
                token)).as("nor the key claimed").isZero();

        String created = draftAndSend(title, token).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        String repeated = draftAndSend(title, token).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(repeated).as("the retry answers with the first draft").isEqualTo(created);
        assertThat(documentsTitled(title)).hasSize(1).allSatisfy(id -> assertThat(created)
                .isEqualTo("/documents/" + id));
        assertTakenOnceAndAgreed(documentsTitled(title).get(0));
        assertNotifiedOnceAfterResubmission();
    }

    /** The engine has the document at 部门审核 with the chief, once, and the document says so too. */
    private void assertTakenOnceAndAgreed(long id) throws Exception {
        assertThat(tasksOf(team.clerk(), id)).isEmpty();
        assertThat(tasksOf(team.chief(), id)).extracting(TodoTask::name).containsExactly("部门审核");
        String processInstance = jdbc.queryForObject("select process_instance_id from doc_document where id = ?",
                String.class, id);
        assertThat(workflow.openTasks(processInstance)).extracting(TodoTask::name).containsExactly("部门审核");
        assertThat(workflow.history(processInstance)).extracting(HistoryStep::name)
                .containsExactly("发起", "拟稿", "部门审核");
        assertThat(jdbc.queryForObject("select status from doc_document where id = ?", String.class, id))
                .isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForObject("select count(*) from doc_body_version where document_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(publicationsFor(team.chief(), false)).as("one new task, one event").isEqualTo(1);
    }

    /** The failed listener left its publication open; the job delivers it, and a second delivery changes nothing. */
    private void assertNotifiedOnceAfterResubmission() {
        await().atMost(WAIT).until(this::listenersIdle);
        assertThat(publicationsFor(team.chief(), true)).as("the failed notification is kept").isEqualTo(1);
        assertThat(notificationsOf(team.chief())).isZero();
        jdbc.execute("alter table ntf_notification drop constraint " + REFUSAL);

        // what the resubmission job does (called directly: its lock lets it run only every 20 s)
        clock.advance(resubmitAfter.plusMinutes(1));
        incompleteEvents.resubmitIncompletePublicationsOlderThan(resubmitAfter);
        await().atMost(WAIT).until(() -> publicationsFor(team.chief(), true) == 0);
        assertThat(notificationsOf(team.chief())).isEqualTo(1);

        jdbc.update("update event_publication set completion_date = null where " + publicationOf(team.chief()));
        incompleteEvents.resubmitIncompletePublications(publication -> publication.getEvent() instanceof TaskCreated
                created && created.recipients().contains(team.chief()));
        await().atMost(WAIT).until(() -> publicationsFor(team.chief(), true) == 0);
        assertThat(notificationsOf(team.chief())).isEqualTo(1);
    }

    private ResultActions send(long id, String taskId) throws Exception {
        return api.post(team.clerk(), "/api/v1/documents/" + id + "/tasks/" + taskId + "/send",
                Map.of("opinion", "请审核"));
    }

    private ResultActions draftAndSend(String title, String token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/documents/new").with(users.as(team.clerk())).with(csrf())
                .param("requestKey", token).param("send", "true").param("type", "REQUEST").param("title", title)
                .param("classification", "UNCLASSIFIED").param("urgency", "NORMAL").param("issuerCode", "财预")
                .param("mainRecipients", String.valueOf(api.unit("szfb"))).param("bodyHtml", "<p>正文</p>"));
    }

    private List<TodoTask> tasksOf(String username, long id) {
        return workflow.todo(username).stream().filter(task -> task.businessKey().equals("document:" + id)).toList();
    }

    private List<Long> documentsTitled(String title) {
        return jdbc.queryForList("select id from doc_document where title = ?", Long.class, title);
    }

    private boolean listenersIdle() {
        return listeners.getActiveCount() == 0 && listeners.getQueueSize() == 0;
    }

    private long notificationsOf(String username) {
        return jdbc.queryForObject("select count(*) from ntf_notification where recipient = ?", Long.class, username);
    }

    /** The notification listener's publications of the chief's new tasks: all, or only the incomplete ones. */
    private long publicationsFor(String username, boolean incompleteOnly) {
        return jdbc.queryForObject("select count(*) from event_publication where "
                + (incompleteOnly ? "completion_date is null and " : "") + publicationOf(username), Long.class);
    }

    private static String publicationOf(String username) {
        return "listener_id like '%WorkflowNotifications%' and event_type = '" + TaskCreated.class.getName()
                + "' and serialized_event like '%\"" + username + "\"%'";
    }
}
