package org.zhengtong.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.TestSmtp;

/**
 * Outside addresses go through the SMTP server (GreenMail here), with a colleague in the same mail; without a
 * configured server such a mail is refused with a message and nothing is saved.
 */
@IntegrationTest
class OutsideMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired OutsideMail outsideMail;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anOutsideAddressGoesThroughTheSmtpServer() throws Exception {
        Team team = platform.newTeam();
        String subject = TestUsers.unique("外部邮件");
        mvc.perform(post("/mail/compose").with(users.as(team.clerk())).with(csrf())
                        .param("to", "person:" + team.clerk2()).param("outside", "partner@outside.test")
                        .param("subject", subject).param("body", "<p>您好</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());

        await().untilAsserted(() -> assertThat(Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).equals(subject))
                .anyMatch(m -> recipients(m).contains("partner@outside.test"))).isTrue());
    }

    @Test
    void withoutAnSmtpServerAnOutsideAddressIsRefused() throws Exception {
        Team team = platform.newTeam();
        String subject = TestUsers.unique("无服务器");
        // the test context always configures spring.mail.host (GreenMail's port): take the sender away for a moment
        Object configured = ReflectionTestUtils.getField(outsideMail, "mailSender");
        ObjectProvider<JavaMailSender> none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        ReflectionTestUtils.setField(outsideMail, "mailSender", none);
        try {
            mvc.perform(post("/mail/compose").with(users.as(team.clerk())).with(csrf())
                            .param("to", "person:" + team.clerk2()).param("outside", "partner@outside.test")
                            .param("subject", subject).param("requestKey", UUID.randomUUID().toString()))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("系统未配置邮件服务器")));
        } finally {
            ReflectionTestUtils.setField(outsideMail, "mailSender", configured);
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_message where subject = ?", Long.class, subject))
                .isZero();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
