package org.zhengtong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.archive.ArchiveFixtures;
import org.zhengtong.archive.Retention;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.archive.internal.BorrowingService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.workflow.TaskCreated;
import org.zhengtong.workflow.Workflow;

/**
 * Task notifications: nobody is told of the task they made themselves, a done task's notifications are read, and
 * the texts are Chinese whatever the server's default locale (LANG=C.UTF-8 gives English).
 */
@IntegrationTest
@RecordApplicationEvents
class TaskNotificationsTest {

    @Autowired ApplicationEvents events;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired Notifications notifications;
    @Autowired RecordingSmsGateway sms;
    @Autowired JdbcTemplate jdbc;
    @Autowired Workflow workflow;
    @Autowired ArchivingService archiving;
    @Autowired BorrowingService borrowing;

    DocumentFixtures documents;
    Team team;
    Locale serverLocale;

    @BeforeEach
    void team() {
        documents = new DocumentFixtures(documentService, directory, userDetails);
        team = platform.newTeam();
        serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(serverLocale);
    }

    @Test
    void theDrafterIsNotToldOfHerOwnDraftAndADoneTaskIsRead() throws Exception {
        OfficialDocument draft = documents.draft(team.clerk(), Urgency.NORMAL, TestUsers.unique("自拟"));
        documents.sendOn(team.clerk(), draft.getId(), StepDecision.opinion("请审核"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.unreadCount(team.chief()) == 1);
        assertThat(notifications.unreadCount(team.clerk())).isZero();

        assertThat(page("/notifications", team.chief())).contains("新待办：部门审核", draft.getTitle()).doesNotContain("New task");

        documents.sendOn(team.chief(), draft.getId(), StepDecision.opinion("同意"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.unreadCount(team.chief()) == 0);
    }

    /** The reported case: under LANG=C the director was told "Archive borrowing《… asks to borrow …》". */
    @Test
    void aBorrowingIsAnnouncedInChineseUnderAnEnglishServerLocale() throws Exception {
        ArchiveFixtures archive = new ArchiveFixtures(documentService, directory, userDetails, workflow);
        OfficialDocument finished = archive.finished(TestUsers.unique("借阅通知"));
        ArchiveItem item = archive.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(finished.getId(), Retention.YEARS_30, "BGS")));
        archive.as("czj.d2.clerk1", () -> borrowing.apply(item.getId(), "查阅", 3));

        String announced = "新待办：";
        String asked = directory.nameOf("czj.d2.clerk1") + " 申请借阅 " + item.getArchivalCode();
        await().atMost(Duration.ofSeconds(30)).until(() -> page("/notifications", "czj.office").contains(asked));
        assertThat(page("/notifications", "czj.office")).contains(announced, "档案借阅")
                .doesNotContain("asks to borrow", "Archive borrowing", "New task");
    }

    /**
     * 文件到达提醒: the receiving unit's secretary is told that a 收文 waits at 签收, as a kind of its own: he has
     * chosen SMS for file arrivals only, and the arrival reaches his mobile while new tasks would not.
     */
    @Test
    void aDistributedDocumentArrivesAsAFileArrivalReminder() throws Exception {
        String secretary = "szfb.secretary";
        String mobile = directory.person(secretary).orElseThrow().mobile();
        mvc.perform(post("/notifications/preferences").param("sms", ReminderKind.FILE_ARRIVAL.name())
                .with(users.as(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
        try {
            long id = documents.signedOff(documents.draft("czj.d1.clerk1", Urgency.NORMAL, "文件到达").getId());
            String title = documents.as("czj.d1.clerk1", () -> documentService.read(id)).getTitle();
            for (int step = 0; step < 3; step++) { // 编号登记, 用印, 分发
                documents.sendOn("czj.secretary", id, StepDecision.opinion(null));
            }

            assertThat(events.stream(TaskCreated.class).filter(TaskCreated::arrival)).extracting(TaskCreated::name)
                    .containsExactly("签收");
            assertThat(events.stream(TaskCreated.class).filter(created -> !created.arrival())).isNotEmpty();
            await().atMost(Duration.ofSeconds(30)).until(() -> page("/notifications", secretary)
                    .contains("文件到达：请示《" + title));
            assertThat(page("/notifications", secretary)).contains("已到达本单位，请及时签收");
            await().atMost(Duration.ofSeconds(30)).until(() -> sms.sentTo(mobile).stream()
                    .anyMatch(sent -> sent.text().contains("文件到达：请示《" + title)));
        } finally {
            jdbc.update("delete from notification_channel_choice where username = ?", secretary);
        }
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
