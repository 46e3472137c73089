package org.zhengtong.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.mail.internal.Box;
import org.zhengtong.mail.internal.MailFolders;
import org.zhengtong.mail.internal.MailService;
import org.zhengtong.notification.Notifications;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * Mail between three people of a new department (a clerk, her colleague and their chief) through the pages: sending
 * to a person and the department, the inbox, reading and the read receipt, recall while unread, reply all, forward
 * with the attachment, folders, drafts and the trash.
 */
@IntegrationTest
class MailJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MailService mail;
    @Autowired MailFolders folders;
    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgDirectory directory;

    Team team;
    MailFixtures fixtures;

    @BeforeEach
    void team() {
        team = platform.newTeam();
        fixtures = new MailFixtures(mail, as);
    }

    @Test
    void mailBetweenThreePeople() throws Exception {
        String subject = TestUsers.unique("预算通知");
        mvc.perform(post("/mail/compose").with(users.as(team.clerk())).with(csrf())
                        .param("to", "person:" + team.clerk2()).param("cc", "department:" + team.departmentId())
                        .param("subject", subject).param("body", "<p>请于周五前报送<b>预算</b>。</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/mail?box=SENT"));

        // the colleague by name, the chief through the department; the writer not to herself
        mvc.perform(get("/mail").with(users.as(team.clerk2())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("mail-unread")));
        assertThat(fixtures.holds(team.chief(), Box.INBOX, subject)).isTrue();
        assertThat(fixtures.holds(team.clerk(), Box.INBOX, subject)).isFalse();
        await().untilAsserted(() -> assertThat(notifications.unreadCount(team.clerk2())).isPositive());
        assertThat(jdbc.queryForObject("select count(*) from ntf_notification where recipient = ? and title = ?",
                Long.class, team.clerk2(), "新邮件：" + subject)).isEqualTo(1);

        // reading marks it read, and the writer sees who read when
        long colleagueEntry = fixtures.entry(team.clerk2(), Box.INBOX, subject);
        mvc.perform(get("/mail/{id}", colleagueEntry).with(users.as(team.clerk2())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<b>预算</b>")))
                .andExpect(content().string(not(containsString("mail-receipts"))));
        long sentEntry = fixtures.entry(team.clerk(), Box.SENT, subject);
        mvc.perform(get("/mail/{id}", sentEntry).with(users.as(team.clerk())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mail-receipts")))
                .andExpect(content().string(containsString("已读（")))
                .andExpect(content().string(containsString("未读")));

        // the colleague flags it for herself
        mvc.perform(post("/mail/{id}/flag", colleagueEntry).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(redirectedUrl("/mail/" + colleagueEntry));
        assertThat(fixtures.entries(team.clerk2(), Box.INBOX).stream().filter(e -> e.getId() == colleagueEntry)
                .findFirst().orElseThrow().isFlagged()).isTrue();

        // recall: gone from the chief who had not read it, kept by the colleague who had
        mvc.perform(post("/mail/{id}/recall", sentEntry).with(users.as(team.clerk())).with(csrf()))
                .andExpect(redirectedUrl("/mail/" + sentEntry))
                .andExpect(flash().attribute("recall", new MailService.Recall(List.of(name(team.chief())),
                        List.of(name(team.clerk2())))));
        assertThat(fixtures.holds(team.chief(), Box.INBOX, subject)).isFalse();
        assertThat(fixtures.holds(team.clerk2(), Box.INBOX, subject)).isTrue();

        // reply all from the colleague: to the writer (and the department, which does not include the colleague)
        mvc.perform(get("/mail/compose").param("reply", String.valueOf(colleagueEntry)).param("all", "true")
                        .with(users.as(team.clerk2())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("回复：" + subject)))
                .andExpect(content().string(containsString("原邮件")));
        mvc.perform(post("/mail/compose").with(users.as(team.clerk2())).with(csrf())
                        .param("to", "person:" + team.clerk()).param("cc", "department:" + team.departmentId())
                        .param("subject", "回复：" + subject).param("body", "<p>收到</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/mail?box=SENT"));
        assertThat(fixtures.holds(team.clerk(), Box.INBOX, "回复：" + subject)).isTrue();
        assertThat(fixtures.holds(team.chief(), Box.INBOX, "回复：" + subject)).isTrue();
    }

    @Test
    void forwardCarriesTheAttachmentAndFoldersDraftsAndTrashWork() throws Exception {
        String subject = TestUsers.unique("附件邮件");
        byte[] file = "预算表内容".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/mail/compose").file(new MockMultipartFile("files", "预算表.txt", "text/plain", file))
                        .with(users.as(team.clerk())).with(csrf())
                        .param("to", "person:" + team.clerk2()).param("subject", subject).param("body", "<p>见附件</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/mail?box=SENT"));
        long received = fixtures.entry(team.clerk2(), Box.INBOX, subject);

        // forward to the chief: the file goes along
        mvc.perform(get("/mail/compose").param("forward", String.valueOf(received)).with(users.as(team.clerk2())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("转发：" + subject)))
                .andExpect(content().string(containsString("预算表.txt")));
        mvc.perform(multipart("/mail/compose").with(users.as(team.clerk2())).with(csrf())
                        .param("forwardOf", String.valueOf(received)).param("to", "person:" + team.chief())
                        .param("subject", "转发：" + subject).param("body", "<p>请阅</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/mail?box=SENT"));
        long forwarded = fixtures.entry(team.chief(), Box.INBOX, "转发：" + subject);
        MailService.MailView view = as.call(team.chief(), () -> mail.read(forwarded));
        assertThat(view.attachments()).hasSize(1);
        byte[] downloaded = mvc.perform(get("/mail/{id}/attachments/{a}", forwarded, view.attachments().get(0).getId())
                        .with(users.as(team.chief())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(file);

        // a folder and a subfolder of her own; the mail moves in, the folder cannot go while it holds mail
        String folderName = TestUsers.unique("项目");
        mvc.perform(post("/mail/folders").with(users.as(team.clerk2())).with(csrf()).param("name", folderName)
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/mail/folders"));
        long folderId = as.call(team.clerk2(), () -> folders.tree()).stream()
                .filter(n -> n.folder().getName().equals(folderName)).findFirst().orElseThrow().folder().getId();
        mvc.perform(post("/mail/folders").with(users.as(team.clerk2())).with(csrf()).param("name", "子目录")
                        .param("parentId", String.valueOf(folderId)).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/mail/folders"));
        mvc.perform(post("/mail/{id}/move", received).with(users.as(team.clerk2())).with(csrf())
                        .param("to", "folder:" + folderId))
                .andExpect(redirectedUrl("/mail?folder=" + folderId));
        mvc.perform(get("/mail").param("folder", String.valueOf(folderId)).with(users.as(team.clerk2())))
                .andExpect(content().string(containsString(subject)));
        assertThat(fixtures.holds(team.clerk2(), Box.INBOX, subject)).isFalse();
        long subfolderId = as.call(team.clerk2(), () -> folders.tree()).stream()
                .filter(n -> n.depth() == 1 && n.folder().getParentId().equals(folderId)).findFirst().orElseThrow()
                .folder().getId();
        mvc.perform(post("/mail/folders/{id}/delete", folderId).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能删除")));
        mvc.perform(post("/mail/folders/{id}/rename", subfolderId).with(users.as(team.clerk2())).with(csrf())
                        .param("name", "已办"))
                .andExpect(redirectedUrl("/mail/folders"));
        mvc.perform(post("/mail/folders/{id}/delete", subfolderId).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(redirectedUrl("/mail/folders"));

        // delete: into the trash; emptying the trash deletes for good
        mvc.perform(post("/mail/{id}/delete", received).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.holds(team.clerk2(), Box.TRASH, subject)).isTrue();
        mvc.perform(post("/mail/trash/empty").with(users.as(team.clerk2())).with(csrf()))
                .andExpect(redirectedUrl("/mail?box=TRASH"));
        assertThat(fixtures.entries(team.clerk2(), Box.TRASH)).isEmpty();
        // the writer and the chief keep their own copies
        assertThat(fixtures.holds(team.clerk(), Box.SENT, subject)).isTrue();
        mvc.perform(post("/mail/folders/{id}/delete", folderId).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(redirectedUrl("/mail/folders"));

        // a draft, saved and continued later, then sent
        String draftSubject = TestUsers.unique("草稿");
        String location = mvc.perform(post("/mail/compose").with(users.as(team.clerk())).with(csrf())
                        .param("action", "save").param("to", "person:" + team.chief())
                        .param("subject", draftSubject).param("body", "<p>未完</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long draftId = fixtures.entry(team.clerk(), Box.DRAFTS, draftSubject);
        assertThat(location).isEqualTo("/mail/compose?draft=" + draftId);
        mvc.perform(get(location).with(users.as(team.clerk())))
                .andExpect(content().string(containsString(draftSubject)))
                .andExpect(content().string(containsString("未完")));
        assertThat(fixtures.holds(team.chief(), Box.INBOX, draftSubject)).isFalse();
        mvc.perform(post("/mail/compose").with(users.as(team.clerk())).with(csrf())
                        .param("draftId", String.valueOf(draftId)).param("to", "person:" + team.chief())
                        .param("subject", draftSubject).param("body", "<p>写完了</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/mail?box=SENT"));
        assertThat(fixtures.holds(team.clerk(), Box.DRAFTS, draftSubject)).isFalse();
        assertThat(fixtures.entry(team.clerk(), Box.SENT, draftSubject)).isEqualTo(draftId);
        assertThat(fixtures.holds(team.chief(), Box.INBOX, draftSubject)).isTrue();
    }

    @Test
    void aMailToNobodyIsRefusedAndNothingIsSaved() throws Exception {
        String subject = TestUsers.unique("无人");
        mvc.perform(post("/mail/compose").with(users.as(team.clerk())).with(csrf())
                        .param("subject", subject).param("body", "<p>正文</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请至少选择一位收件人")));
        mvc.perform(post("/mail/compose").with(users.as(team.clerk())).with(csrf())
                        .param("to", "person:no-such-user").param("subject", subject)
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不在组织机构中")));
        assertThat(fixtures.holds(team.clerk(), Box.DRAFTS, subject)).isFalse();
        assertThat(fixtures.holds(team.clerk(), Box.SENT, subject)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mail_message where subject = ?", Long.class, subject))
                .isZero();
    }

    private String name(String username) {
        return directory.nameOf(username);
    }
}
