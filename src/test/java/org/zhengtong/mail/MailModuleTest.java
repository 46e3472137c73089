package org.zhengtong.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.search.Search;

/**
 * 电子邮件 with only the modules it uses started (通讯录, 综合检索, 提醒 and what they stand on; not 公文, 档案 or the
 * others): a mail sent through the API arrives in the recipient's inbox, unread, and nobody else's, and is found in
 * 综合检索 by its holders only. Mail injects no bean of 综合检索 (it implements {@code Searchable} and announces
 * {@code IndexEntryChanged}), so Spring Modulith does not count it among the modules mail needs to start: without
 * naming it here the index was never fed and the sent mail was not found.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "search")
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import({TestUsers.class, PlatformFixtures.class, AsUser.class})
class MailModuleTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired ObjectMapper json;
    @Autowired AsUser as;
    @Autowired Search search;

    @Test
    void aMailArrivesInTheRecipientsInboxOnly() throws Exception {
        Team team = platform.newTeam();
        String subject = TestUsers.unique("模块来信");
        mvc.perform(post("/api/v1/mail").with(users.as(team.clerk())).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "subject", subject, "body", "<p>请阅</p>", "to", List.of("person:" + team.clerk2())))))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/mail").param("box", "INBOX").with(users.as(team.clerk2())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].subject").value(subject))
                .andExpect(jsonPath("$.items[0].unread").value(true));
        String chiefs = mvc.perform(get("/api/v1/mail").param("box", "INBOX").with(users.as(team.chief())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chiefs).doesNotContain(subject);
    }

    /** 综合检索 runs with mail alone too: the sent mail is found by its holders, and by nobody else. */
    @Test
    void aSentMailIsFoundInTheSearchByItsHoldersOnly() throws Exception {
        Team team = platform.newTeam();
        String word = "核定" + TestUsers.unique("").replaceAll("[^0-9]", "");
        mvc.perform(post("/api/v1/mail").with(users.as(team.clerk())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "subject", "关于" + word + "的邮件", "body", "<p>请阅</p>",
                                "to", List.of("person:" + team.clerk2())))))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(found(team.clerk2(), word)).hasSize(1));
        assertThat(found(team.clerk(), word)).hasSize(1);
        assertThat(found(team.chief(), word)).isEmpty();
    }

    private List<Search.Found> found(String username, String word) {
        return as.call(username, () -> search.search(word, "mail", Map.of(), 0).items());
    }
}
