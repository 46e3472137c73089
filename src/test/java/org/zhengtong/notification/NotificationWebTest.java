package org.zhengtong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** A new task reaches its handler as an in-app notification: the page, the navigation bar's count, marking read. */
@IntegrationTest
class NotificationWebTest {

    private static final Pattern ITEM_ID = Pattern.compile("id=\"notification-(\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired Notifications notifications;

    DocumentFixtures documents;
    Team team;

    @BeforeEach
    void team() {
        documents = new DocumentFixtures(documentService, directory, userDetails);
        team = platform.newTeam();
    }

    @Test
    void aNewTaskIsNotifiedCountedAndMarkedRead() throws Exception {
        // the clerk's own drafts tell her nothing; the chief hears of both once they are sent on
        OfficialDocument first = documents.draft(team.clerk(), Urgency.URGENT, "通知件一");
        OfficialDocument second = documents.draft(team.clerk(), Urgency.NORMAL, "通知件二");
        documents.sendOn(team.clerk(), first.getId(), StepDecision.opinion("请核"));
        documents.sendOn(team.clerk(), second.getId(), StepDecision.opinion("请核"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.unreadCount(team.chief()) == 2);

        String page = page("/notifications", team.chief());
        assertThat(page).contains("新待办：部门审核", first.getTitle(), second.getTitle(), "2 条未读",
                "/documents/" + first.getId());
        assertThat(page("/", team.chief())).contains("hx-get=\"/notifications/badge\"");
        assertThat(page("/notifications/badge", team.chief())).contains("id=\"zt-unread\"", ">2</span>")
                .doesNotContain("<html");

        Matcher item = ITEM_ID.matcher(page);
        assertThat(item.find()).isTrue();
        String id = item.group(1);
        mvc.perform(post("/notifications/{id}/read", id).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isNotFound());
        String marked = mvc.perform(post("/notifications/{id}/read", id).header("HX-Request", "true")
                        .with(users.as(team.chief())).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("HX-Trigger", "notifications-changed"))
                .andReturn().getResponse().getContentAsString();
        assertThat(marked).contains("id=\"notification-" + id + "\"", "notification read\"").doesNotContain("标为已读");
        assertThat(notifications.unreadCount(team.chief())).isEqualTo(1);
        assertThat(page("/notifications/badge", team.chief())).contains(">1</span>");

        mvc.perform(post("/notifications/read-all").with(users.as(team.chief())).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.unreadCount(team.chief())).isZero();
        assertThat(page("/notifications/badge", team.chief())).doesNotContain("zt-unread");
        assertThat(page("/notifications", team.chief())).contains("0 条未读").doesNotContain("全部标为已读");
    }

    @Test
    void otherModulesSendThroughTheApi() throws Exception {
        String title = TestUsers.unique("会议通知");
        notifications.send(ReminderKind.MEETING, team.clerk2(), title, "请于周五下午三时到三楼会议室参会。", null);

        assertThat(notifications.unreadCount(team.clerk2())).isEqualTo(1);
        assertThat(page("/notifications", team.clerk2())).contains(title, "请于周五下午三时到三楼会议室参会。");
        assertThat(page("/notifications", team.clerk())).doesNotContain(title);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
