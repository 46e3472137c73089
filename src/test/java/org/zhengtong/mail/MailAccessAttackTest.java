package org.zhengtong.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.mail.internal.Box;
import org.zhengtong.mail.internal.MailEntry;
import org.zhengtong.mail.internal.MailFolders;
import org.zhengtong.mail.internal.MailService;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * Nobody but its owner reads a mailbox entry: not the system, security or audit administrator, not the unit
 * administrator, not the writer's chief, not the writer herself through the recipient's entry — by page, download
 * and API, by a real id or a forged one. Each refusal is 403 and audited as a refused MAIL_OPEN; the audit log
 * records who sent to whom and never what.
 */
@IntegrationTest
class MailAccessAttackTest {

    private static final long FORGED_ID = 987_654_321L;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MailService mail;
    @Autowired MailFolders folders;
    @Autowired JdbcTemplate jdbc;

    Team team;
    MailFixtures fixtures;

    @BeforeEach
    void team() {
        team = platform.newTeam();
        fixtures = new MailFixtures(mail, as);
    }

    @Test
    void nobodyButTheOwnerReadsAMailboxEntry() throws Exception {
        String subject = TestUsers.unique("私人邮件");
        mvc.perform(multipart("/mail/compose").file(new MockMultipartFile("files", "工资.txt", "text/plain",
                                "保密".getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(team.clerk())).with(csrf())
                        .param("to", "person:" + team.clerk2()).param("subject", subject).param("body", "<p>正文</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        long entry = fixtures.entry(team.clerk2(), Box.INBOX, subject);
        MailEntry held = fixtures.entries(team.clerk2(), Box.INBOX).stream().filter(e -> e.getId() == entry)
                .findFirst().orElseThrow();
        long messageId = held.getMessage().getId();
        long attachment = jdbc.queryForObject("select id from mail_attachment where message_id = ?", Long.class,
                messageId);
        long folder = as.call(team.clerk2(), () -> folders.create(TestUsers.unique("私"), null).getId());

        List<String> intruders = List.of("sysadmin", "secadmin", "auditadmin", "czj.office", team.chief(),
                team.clerk());
        for (String intruder : intruders) {
            long refusedBefore = refusals(intruder);
            for (long id : List.of(entry, FORGED_ID)) {
                refused(get("/mail/{id}", id).with(users.as(intruder)));
                refused(get("/mail/{id}/attachments/{a}", id, attachment).with(users.as(intruder)));
                refused(get("/mail/compose").param("reply", String.valueOf(id)).with(users.as(intruder)));
                refused(get("/mail/compose").param("forward", String.valueOf(id)).with(users.as(intruder)));
                refused(post("/mail/{id}/move", id).param("to", "TRASH").with(users.as(intruder)).with(csrf()));
                refused(post("/mail/{id}/delete", id).with(users.as(intruder)).with(csrf()));
                refused(post("/mail/{id}/recall", id).with(users.as(intruder)).with(csrf()));
                refused(get("/api/v1/mail/{id}", id).with(users.as(intruder)));
                refused(get("/api/v1/mail/{id}/attachments/{a}", id, attachment).with(users.as(intruder)));
                refused(post("/api/v1/mail/{id}/recall", id).with(users.as(intruder)).with(csrf()));
                refused(post("/api/v1/mail/{id}/move", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"TRASH\"}").with(users.as(intruder)).with(csrf()));
                refused(post("/api/v1/mail/{id}/reply", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"x\"}").header("Idempotency-Key", UUID.randomUUID().toString())
                        .with(users.as(intruder)).with(csrf()));
                refused(delete("/api/v1/mail/{id}", id).with(users.as(intruder)).with(csrf()));
            }
            if (!intruder.equals(team.clerk())) {
                // the writer holds the message herself (已发送), and opens it through her own entry
                refused(get("/mail/messages/{id}", messageId).with(users.as(intruder)));
            }
            refused(get("/mail").param("folder", String.valueOf(folder)).with(users.as(intruder)));
            refused(get("/api/v1/mail").param("folder", String.valueOf(folder)).with(users.as(intruder)));
            assertThat(refusals(intruder)).as("refusals of %s audited", intruder).isGreaterThanOrEqualTo(
                    refusedBefore + 2 * 13 + 2);
        }

        // the owner's entry is untouched: still unread, still in her inbox, and opens for her alone
        assertThat(fixtures.entries(team.clerk2(), Box.INBOX).stream().filter(e -> e.getId() == entry)
                .findFirst().orElseThrow().isUnread()).isTrue();
        mvc.perform(get("/mail/{id}", entry).with(users.as(team.clerk2()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/mail/{id}", entry).with(users.as(team.clerk2()))).andExpect(status().isOk());

        // who sent to whom, never the subject
        String detail = jdbc.queryForObject("select detail from audit_record where action = 'MAIL_SEND'"
                + " and object_id = ?", String.class, String.valueOf(messageId));
        assertThat(detail).contains(team.clerk2()).doesNotContain(subject).doesNotContain("正文");
    }

    private void refused(RequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isForbidden());
    }

    private long refusals(String actor) {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'MAIL_OPEN'"
                + " and result = 'FAILURE' and actor = ?", Long.class, actor);
    }
}
