package org.zhengtong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.TestSmtp;

/**
 * 提醒设置: each kind of reminder reaches a person through the channels they chose — the in-app list always, e-mail
 * (received by GreenMail) and SMS (the recording gateway) as ticked — and in their quiet hours only the list does.
 */
@IntegrationTest
class ReminderChannelsTest {

    @RegisterExtension
    static GreenMailExtension mail = TestSmtp.server();

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired Notifications notifications;
    @Autowired RecordingSmsGateway sms;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    String clerk;
    String mobile;

    @BeforeEach
    void aClerkWithAMobileNumber() {
        clerk = platform.newTeam().clerk();
        mobile = "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        // an office landline as the phone: the SMS goes to the mobile
        jdbc.update("update org_person set phone = '0735-2288000', mobile = ? where id = ?", mobile,
                directory.person(clerk).orElseThrow().personId());
    }

    @Test
    void eachKindGoesThroughTheChosenChannels() throws Exception {
        String byDefault = TestUsers.unique("默认提醒");
        notifications.send(ReminderKind.TASK, clerk, byDefault, "正文", "/todo");
        assertThat(mailed(byDefault)).as("e-mail by default").isTrue();
        assertThat(sms.sentTo(mobile)).as("no SMS by default").isEmpty();

        mvc.perform(preferences().param("sms", "MAIL").param("popup", "MAIL"))
                .andExpect(redirectedUrl("/notifications/preferences"));
        String newMail = TestUsers.unique("新邮件");
        String newTask = TestUsers.unique("新待办");
        notifications.send(ReminderKind.MAIL, clerk, newMail, "正文", "/mail");
        notifications.send(ReminderKind.TASK, clerk, newTask, "正文", "/todo");

        assertThat(sms.sentTo(mobile)).extracting(RecordingSmsGateway.Sent::text).containsExactly("【政通】" + newMail);
        assertThat(mailed(newMail)).isFalse();
        assertThat(mailed(newTask)).as("e-mail unticked for new tasks").isFalse();
        String list = mvc.perform(get("/notifications").with(users.as(clerk))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).as("the in-app list keeps everything").contains(newMail, newTask, byDefault);
    }

    @Test
    void inQuietHoursOnlyTheListHasTheReminder() throws Exception {
        LocalTime now = LocalTime.now(clock);
        mvc.perform(preferences().param("email", "TASK").param("sms", "TASK")
                        .param("quietStart", now.minusHours(1).format(HH_MM))
                        .param("quietEnd", now.plusHours(1).format(HH_MM)))
                .andExpect(redirectedUrl("/notifications/preferences"));
        String atNight = TestUsers.unique("免打扰提醒");
        notifications.send(ReminderKind.TASK, clerk, atNight, "正文", "/todo");
        assertThat(mailed(atNight)).isFalse();
        assertThat(sms.sentTo(mobile)).isEmpty();
        assertThat(notifications.unreadCount(clerk)).isEqualTo(1);

        mvc.perform(preferences().param("email", "TASK").param("sms", "TASK")
                        .param("quietStart", now.plusHours(1).format(HH_MM))
                        .param("quietEnd", now.plusHours(2).format(HH_MM)))
                .andExpect(redirectedUrl("/notifications/preferences"));
        String byDay = TestUsers.unique("白天提醒");
        notifications.send(ReminderKind.TASK, clerk, byDay, "正文", "/todo");
        assertThat(mailed(byDay)).isTrue();
        assertThat(sms.sentTo(mobile)).hasSize(1);
    }

    @Test
    void badSettingsAreRefusedAndChangeNothing() throws Exception {
        mvc.perform(preferences().param("sms", "TASK")).andExpect(redirectedUrl("/notifications/preferences"));
        for (MockHttpServletRequestBuilder bad : new MockHttpServletRequestBuilder[] {
                preferences().param("quietStart", "22:00"),
                preferences().param("quietStart", "25:00").param("quietEnd", "07:00"),
                preferences().param("quietStart", "08:00").param("quietEnd", "08:00"),
                preferences().param("email", "<script>alert(1)</script>")}) {
            String page = mvc.perform(bad).andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).containsAnyOf("免打扰时段须同时填写", "提醒类别不正确").doesNotContain("<script>alert(1)</script>");
        }
        String page = mvc.perform(get("/notifications/preferences").with(users.as(clerk))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("提醒设置", "新待办").containsPattern("name=\"sms\" value=\"TASK\"[^>]*checked");
    }

    private MockHttpServletRequestBuilder preferences() {
        return post("/notifications/preferences").with(users.as(clerk)).with(csrf());
    }

    private boolean mailed(String subject) {
        return Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> {
            try {
                return subject.equals(m.getSubject()) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(Team.email(clerk)));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
