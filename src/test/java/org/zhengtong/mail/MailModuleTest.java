package org.zhengtong.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 电子邮件 with only the modules it uses started (通讯录, 综合检索, 提醒 and what they stand on; not 公文, 档案 or the
 * others): a mail sent through the API arrives in the recipient's inbox, unread, and nobody else's.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import({TestUsers.class, PlatformFixtures.class})
class MailModuleTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired ObjectMapper json;

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
}
