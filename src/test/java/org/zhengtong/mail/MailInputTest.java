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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.mail.internal.Box;
import org.zhengtong.mail.internal.MailFolders;
import org.zhengtong.mail.internal.MailService;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.search.Search;

/**
 * Bad and hostile input: stored script in the subject, the body and a folder name is never markup on a page; a file
 * over the limit is refused (413) with nothing saved; the API sends once per Idempotency-Key; one's mail is found
 * by the one search, and by nobody else.
 */
@IntegrationTest
class MailInputTest {

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MailService mail;
    @Autowired MailFolders folders;
    @Autowired Search search;
    @Autowired JdbcTemplate jdbc;

    Team team;
    MailFixtures fixtures;

    @BeforeEach
    void team() {
        team = platform.newTeam();
        fixtures = new MailFixtures(mail, as);
    }

    @Test
    void storedScriptInSubjectBodyAndFolderNameIsNeverMarkup() throws Exception {
        String subject = TestUsers.unique("脚本") + SCRIPT;
        as.call(team.clerk(), () -> mail.send(null, new MailService.Composition(subject,
                "<p>正文" + SCRIPT + IMAGE + "<a href=\"javascript:alert(2)\">链接</a></p>",
                List.of("person:" + team.clerk2()), List.of(), List.of(), List.of(), null)));
        long entry = fixtures.entry(team.clerk2(), Box.INBOX, subject);
        as.call(team.clerk2(), () -> folders.create("<svg onload=alert(3)>", null));

        for (String page : List.of("/mail", "/mail/" + entry, "/mail/folders", "/mail/compose?reply=" + entry)) {
            mvc.perform(get(page).with(users.as(team.clerk2())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(SCRIPT))))
                    .andExpect(content().string(not(containsString("<img"))))
                    .andExpect(content().string(not(containsString("<svg"))))
                    .andExpect(content().string(not(containsString("javascript:alert"))));
        }
        mvc.perform(get("/mail/" + entry).with(users.as(team.clerk2())))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;svg onload=alert(3)&gt;")));
        assertThat(jdbc.queryForObject("select body from mail_message m join mail_entry e on e.message_id = m.id"
                + " where e.id = ?", String.class, entry)).doesNotContain("script", "onerror", "javascript");
    }

    @Test
    void anAttachmentOverTheLimitIsRefusedWithNothingSaved() throws Exception {
        String subject = TestUsers.unique("大附件");
        long attachmentsBefore = jdbc.queryForObject("select count(*) from mail_attachment", Long.class);
        byte[] overLimit = new byte[20 * 1024 * 1024 + 1];
        mvc.perform(multipart("/mail/compose").file(new MockMultipartFile("files", "大文件.bin", null, overLimit))
                        .file(new MockMultipartFile("files", "小文件.txt", null, new byte[] {1, 2, 3}))
                        .with(users.as(team.clerk())).with(csrf())
                        .param("to", "person:" + team.clerk2()).param("subject", subject)
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("超过了 20 MB 的限制")));
        assertThat(jdbc.queryForObject("select count(*) from mail_message where subject = ?", Long.class, subject))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_attachment", Long.class))
                .isEqualTo(attachmentsBefore);
        assertThat(fixtures.holds(team.clerk2(), Box.INBOX, subject)).isFalse();
    }

    @Test
    void theApiSendsOncePerKeyListsReadsAndRefusesBadInput() throws Exception {
        String subject = TestUsers.unique("接口邮件");
        String key = UUID.randomUUID().toString();
        String body = "{\"subject\":\"" + subject + "\",\"body\":\"<p>接口</p>\",\"to\":[\"person:" + team.clerk2()
                + "\"],\"bcc\":[\"person:" + team.chief() + "\"]}";
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/mail").contentType(MediaType.APPLICATION_JSON).content(body)
                            .header("Idempotency-Key", key).with(users.as(team.clerk())).with(csrf()))
                    .andExpect(status().isCreated());
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_message where subject = ?", Long.class, subject))
                .isEqualTo(1);
        long entry = fixtures.entry(team.clerk2(), Box.INBOX, subject);
        mvc.perform(get("/api/v1/mail").with(users.as(team.clerk2())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)));
        // the bcc is not shown to the other recipients, only to the writer
        mvc.perform(get("/api/v1/mail/{id}", entry).with(users.as(team.clerk2())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mail.subject").value(subject))
                .andExpect(content().string(not(containsString("BCC"))))
                .andExpect(jsonPath("$.receipts").isEmpty());
        mvc.perform(get("/api/v1/mail/{id}", fixtures.entry(team.chief(), Box.INBOX, subject))
                        .with(users.as(team.chief())))
                .andExpect(content().string(not(containsString("BCC"))));
        mvc.perform(get("/api/v1/mail/{id}", fixtures.entry(team.clerk(), Box.SENT, subject))
                        .with(users.as(team.clerk())))
                .andExpect(content().string(containsString("BCC")))
                .andExpect(jsonPath("$.receipts.length()").value(2));

        mvc.perform(post("/api/v1/mail/{id}/reply", entry).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"<p>好的</p>\",\"all\":false}").with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isCreated());
        assertThat(fixtures.holds(team.clerk(), Box.INBOX, "回复：" + subject)).isTrue();

        mvc.perform(post("/api/v1/mail").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"无人\",\"to\":[]}").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("请至少选择一位收件人")));
        mvc.perform(post("/api/v1/mail").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"坏地址\",\"to\":[\"a@@b\"]}").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("不是有效的电子邮件地址")));
        mvc.perform(post("/api/v1/mail/{id}/move", entry).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"SENT\"}").with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/mail").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"" + "长".repeat(201) + "\",\"to\":[\"person:" + team.clerk2() + "\"]}")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onesOwnMailIsFoundByTheSearchAndNobodyElses() {
        String word = "核定" + TestUsers.unique("").replaceAll("[^0-9]", "");
        fixtures.send(team.clerk(), "关于" + word + "的邮件", List.of("person:" + team.clerk2()));

        await().untilAsserted(() -> assertThat(found(team.clerk2(), word)).hasSize(1));
        assertThat(found(team.clerk(), word)).hasSize(1);
        assertThat(found(team.chief(), word)).isEmpty();
        assertThat(found("sysadmin", word)).isEmpty();
        Search.Found hit = found(team.clerk2(), word).get(0);
        assertThat(hit.link()).startsWith("/mail/messages/");
    }

    private List<Search.Found> found(String username, String word) {
        return as.call(username, () -> search.search(word, "mail", java.util.Map.of(), 0).items());
    }
}
