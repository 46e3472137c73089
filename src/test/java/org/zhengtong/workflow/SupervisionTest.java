package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.zhengtong.notification.Notifications;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.workflow.internal.SupervisionJob;
import org.zhengtong.workflow.internal.SupervisionProperties;
import org.zhengtong.workflow.internal.SupervisionService;
import org.zhengtong.TestSmtp;

/**
 * 督办 on the test clock: an overdue step is reminded (in the application and by e-mail, received by GreenMail) at
 * the configured interval, goes up to the handler's 分管领导 once after the configured number of reminders, and
 * every urging is on the supervision page.
 */
@IntegrationTest
class SupervisionTest {

    @RegisterExtension
    static GreenMailExtension mail = TestSmtp.server();

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired SupervisionService supervision;
    @Autowired SupervisionJob job;
    @Autowired SupervisionProperties properties;
    @Autowired LockProvider locks;
    @Autowired Notifications notifications;
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
    void overdueStepsAreRemindedAtTheIntervalAndEscalatedOnce() throws Exception {
        OfficialDocument request = documents.draft(team.clerk(), Urgency.NORMAL, "督办件");
        String clerkName = directory.person(team.clerk()).orElseThrow().name();

        clock.advance(Urgency.NORMAL.stepTime().plusHours(1));
        supervision.sweep();
        awaitMail(team.clerk(), "超期提醒：拟稿", 1);
        // the drafter was not told of the draft she made herself, only reminded of it
        await().untilAsserted(() -> assertThat(notifications.unreadCount(team.clerk())).isEqualTo(1));
        assertThat(mailsTo(team.clerk(), "新待办：拟稿")).isEmpty();
        assertThat(page("/notifications", team.clerk())).contains("超期提醒：拟稿", "已超过办理期限", request.getTitle());

        // not again before the interval has passed
        clock.advance(properties.reminderInterval().dividedBy(2));
        supervision.sweep();
        assertThat(supervisionRow(team.clerk(), request)).contains("<span class=\"urge-count\">1</span>");

        for (int reminder = 2; reminder <= properties.escalateAfter(); reminder++) {
            clock.advance(properties.reminderInterval());
            supervision.sweep();
            awaitMail(team.clerk(), "超期提醒：拟稿", reminder);
        }
        assertThat(mailsTo(team.leader(), "督办：拟稿")).isEmpty();

        // one more interval without action: up to the leader in charge, once
        clock.advance(properties.reminderInterval());
        supervision.sweep();
        awaitMail(team.leader(), "督办：拟稿", 1);
        awaitMail(team.clerk(), "超期提醒：拟稿", properties.escalateAfter() + 1);
        MimeMessage escalation = mailsTo(team.leader(), "督办：拟稿").get(0);
        assertThat(decoded(escalation)).contains(clerkName, "拟稿", request.getTitle(), "/todo/supervision");

        clock.advance(properties.reminderInterval());
        supervision.sweep();
        awaitMail(team.clerk(), "超期提醒：拟稿", properties.escalateAfter() + 2);
        assertThat(mailsTo(team.leader(), "督办：拟稿")).hasSize(1);

        String leaderName = directory.person(team.leader()).orElseThrow().name();
        String row = supervisionRow(team.leader(), request);
        assertThat(row).contains("<span class=\"urge-count\">" + (properties.escalateAfter() + 2) + "</span>",
                "已上报 " + leaderName, "超期提醒", "督办上报");
        assertThat(page("/notifications", team.leader())).contains("督办：拟稿", "请督促办理");

        // the leader it went up to may urge the handler in person
        mvc.perform(post("/todo/supervision/urge").with(users.as(team.leader())).with(csrf())
                        .param("processInstanceId", request.getProcessInstanceId()).param("message", "请即办"))
                .andExpect(flash().attribute("flashMessage", "已催办，办理人将收到提醒。"));
        awaitMail(team.clerk(), "催办：拟稿", 1);
    }

    @Test
    void aParticipantUrgesANearDueStepAndTheUrgingIsRecorded() throws Exception {
        OfficialDocument request = documents.draft(team.clerk(), Urgency.NORMAL, "催办件");
        documents.sendOn(team.clerk(), request.getId(), StepDecision.opinion("请审核"));
        clock.advance(Urgency.NORMAL.stepTime().minusHours(2));

        String row = supervisionRow(team.clerk(), request);
        assertThat(row).contains("部门审核", "临期", directory.person(team.chief()).orElseThrow().name(), "催办");

        mvc.perform(post("/todo/supervision/urge").with(users.as(team.clerk())).with(csrf())
                        .param("processInstanceId", request.getProcessInstanceId()).param("message", "请今天审核"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashMessage", "已催办，办理人将收到提醒。"));
        awaitMail(team.chief(), "催办：部门审核", 1);
        assertThat(supervisionRow(team.clerk(), request))
                .contains("<span class=\"urge-count\">1</span>", "请今天审核",
                        directory.person(team.clerk()).orElseThrow().name());

        // someone who has nothing to do with it may not urge
        mvc.perform(post("/todo/supervision/urge").with(users.as(team.clerk2())).with(csrf())
                        .param("processInstanceId", request.getProcessInstanceId()))
                .andExpect(flash().attribute("flashError", "只有参与办理的人员才能催办。"));
        // and does not see it on their supervision page
        assertThat(page("/todo/supervision", team.clerk2())).doesNotContain(request.getTitle());
        // the handler sees it as their own, without an urge button
        assertThat(supervisionRow(team.chief(), request)).doesNotContain("/todo/supervision/urge");
        assertThat(page("/todo/supervision", "sysadmin")).contains(request.getTitle());
    }

    @Test
    void theJobRunsOnlyWhenItHoldsTheClusterLock() throws Exception {
        OfficialDocument request = documents.draft(team.clerk(), Urgency.EXTRA_URGENT, "集群件");
        clock.advance(Urgency.EXTRA_URGENT.stepTime().plusMinutes(30));

        SimpleLock held = locks.lock(new LockConfiguration(Instant.now(), "workflow-supervision",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            job.run();
            assertThat(supervisionRow(team.clerk(), request)).contains("<span class=\"urge-count\">0</span>");
        } finally {
            held.unlock();
        }
        job.run();
        assertThat(supervisionRow(team.clerk(), request)).contains("<span class=\"urge-count\">1</span>");
    }

    /** The supervision page's row of the document (and the urgings below it), as the user sees it. */
    private String supervisionRow(String username, OfficialDocument document) throws Exception {
        String page = page("/todo/supervision", username);
        int title = page.indexOf(document.getTitle());
        assertThat(title).as("%s on the supervision page of %s", document.getTitle(), username).isPositive();
        int end = page.indexOf("supervision-row", title);
        return page.substring(page.lastIndexOf("supervision-row", title), end < 0 ? page.length() : end);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private void awaitMail(String username, String subject, int count) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mailsTo(username, subject)).hasSize(count));
    }

    private List<MimeMessage> mailsTo(String username, String subject) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(Team.email(username))) && subject.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String decoded(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
