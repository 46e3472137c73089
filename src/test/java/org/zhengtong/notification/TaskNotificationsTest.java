package org.zhengtong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * Task notifications: nobody is told of the task they made themselves, a done task's notifications are read, and
 * the texts are Chinese whatever the server's default locale (LANG=C.UTF-8 gives English).
 */
@IntegrationTest
class TaskNotificationsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired Notifications notifications;

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

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/notifications").with(users.as(team.chief())))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("新待办：部门审核", draft.getTitle()).doesNotContain("New task");

        documents.sendOn(team.chief(), draft.getId(), StepDecision.opinion("同意"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.unreadCount(team.chief()) == 0);
    }
}
