package org.zhengtong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.IncompleteEventResubmission;
import org.zhengtong.workflow.TaskCreated;

/**
 * A notification whose listener failed is not lost, and one whose listener succeeded but was never marked complete
 * (the JVM killed between the two) is not sent twice: the new task of a 科长 is refused once by the database, then
 * delivered by the periodic resubmission; delivered again as after a restart, it stays one notification.
 */
@IntegrationTest
class NotificationRedeliveryTest {

    private static final String REFUSAL = "ck_test_refuse_notification";

    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired IncompleteEventPublications incompleteEvents;
    @Autowired @Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor listeners;
    @Autowired IncompleteEventResubmission resubmission;
    @Value("${zhengtong.events.resubmit-after}") Duration resubmitAfter;

    @AfterEach
    void cleanUp() {
        jdbc.execute("alter table ntf_notification drop constraint if exists " + REFUSAL);
        clock.reset();
    }

    @Test
    void aFailedNotificationIsResubmittedAndARepeatedDeliveryNotifiesOnce() {
        Team team = platform.newTeam();
        DocumentFixtures documents = new DocumentFixtures(documentService, directory, userDetails);
        OfficialDocument document = documents.draft(team.clerk(), Urgency.NORMAL, "补发通知件");

        // the chief's notification fails, as when the listener's connection is killed
        jdbc.execute("alter table ntf_notification add constraint " + REFUSAL + " check (recipient <> '"
                + team.chief() + "')");
        documents.sendOn(team.clerk(), document.getId(), StepDecision.opinion("请审核"));
        await().atMost(Duration.ofSeconds(30)).until(this::listenersIdle);
        assertThat(notificationsOf(team.chief())).isZero();
        assertThat(incompleteFor(team.chief())).isEqualTo(1);
        jdbc.execute("alter table ntf_notification drop constraint " + REFUSAL);

        // the job picks up what is still incomplete after a while
        clock.advance(resubmitAfter.plusMinutes(1));
        resubmission.resubmit();
        await().atMost(Duration.ofSeconds(30)).until(() -> incompleteFor(team.chief()) == 0);
        assertThat(notificationsOf(team.chief())).isEqualTo(1);
        assertThat(notifications.unreadCount(team.chief())).isEqualTo(1);

        // the notification was written but the publication not marked complete: a restart delivers it again
        jdbc.update("update event_publication set completion_date = null where " + publicationOf(team.chief()));
        incompleteEvents.resubmitIncompletePublications(publication -> publication.getEvent() instanceof TaskCreated
                created && created.recipients().contains(team.chief()));
        await().atMost(Duration.ofSeconds(30)).until(() -> incompleteFor(team.chief()) == 0);
        assertThat(notificationsOf(team.chief())).isEqualTo(1);
    }

    /** Delivered once the chief has already sent the document on: kept, but read, for the task is no longer open. */
    @Test
    void aTaskDoneBeforeItsNotificationArrivesIsNotifiedAsRead() {
        Team team = platform.newTeam();
        DocumentFixtures documents = new DocumentFixtures(documentService, directory, userDetails);
        OfficialDocument document = documents.draft(team.clerk(), Urgency.NORMAL, "迟到通知件");
        jdbc.execute("alter table ntf_notification add constraint " + REFUSAL + " check (recipient <> '"
                + team.chief() + "')");
        documents.sendOn(team.clerk(), document.getId(), StepDecision.opinion("请审核"));
        await().atMost(Duration.ofSeconds(30)).until(this::listenersIdle);
        assertThat(incompleteFor(team.chief())).isEqualTo(1);
        jdbc.execute("alter table ntf_notification drop constraint " + REFUSAL);
        documents.sendOn(team.chief(), document.getId(), StepDecision.opinion("同意"));
        // what marks a done task's notifications read has run before the late one arrives
        await().atMost(Duration.ofSeconds(30)).until(this::listenersIdle);

        // delivered again directly: the job's lock would keep the other test's resubmission from running
        incompleteEvents.resubmitIncompletePublications(publication -> publication.getEvent() instanceof TaskCreated
                created && created.recipients().contains(team.chief()));
        await().atMost(Duration.ofSeconds(30)).until(() -> incompleteFor(team.chief()) == 0);
        assertThat(notificationsOf(team.chief())).isEqualTo(1);
        assertThat(notifications.unreadCount(team.chief())).isZero();
    }

    private boolean listenersIdle() {
        return listeners.getActiveCount() == 0 && listeners.getQueueSize() == 0;
    }

    private long notificationsOf(String username) {
        return jdbc.queryForObject("select count(*) from ntf_notification where recipient = ?", Long.class, username);
    }

    private long incompleteFor(String username) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null and "
                + publicationOf(username), Long.class);
    }

    /** The notification listener's publications of the person's new tasks. */
    private static String publicationOf(String username) {
        return "listener_id like '%WorkflowNotifications%' and event_type = '" + TaskCreated.class.getName()
                + "' and serialized_event like '%\"" + username + "\"%'";
    }
}
