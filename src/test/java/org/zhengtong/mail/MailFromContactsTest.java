package org.zhengtong.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.contacts.internal.ContactForm;
import org.zhengtong.contacts.internal.MyContacts;
import org.zhengtong.mail.internal.Box;
import org.zhengtong.mail.internal.MailService;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/** Recipients picked from the writer's own contacts: her colleagues there and her groups, and nobody else's groups. */
@IntegrationTest
class MailFromContactsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MailService mail;
    @Autowired MyContacts contacts;

    Team team;
    MailFixtures fixtures;
    long groupId;

    @BeforeEach
    void herContactGroup() {
        team = platform.newTeam();
        fixtures = new MailFixtures(mail, as);
        groupId = as.call(team.clerk(), () -> {
            long group = contacts.createGroup(TestUsers.unique("预算小组")).getId();
            for (String colleague : List.of(team.chief(), team.clerk2())) {
                contacts.update(contacts.link(colleague), new ContactForm("同事", null, null, null, null, null, null,
                        null, List.of(group)));
            }
            return group;
        });
    }

    @Test
    void aMailToHerContactGroupReachesItsPeople() throws Exception {
        mvc.perform(get("/mail/compose").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"contactgroup:" + groupId + "\"")))
                .andExpect(content().string(containsString("[联系人分组]")))
                .andExpect(content().string(containsString("[我的联系人]")));

        String subject = TestUsers.unique("分组来信");
        mvc.perform(post("/mail/compose").with(users.as(team.clerk())).with(csrf()).param("action", "send")
                        .param("to", "contactgroup:" + groupId).param("subject", subject).param("body", "<p>请阅</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(fixtures.holds(team.chief(), Box.INBOX, subject)).isTrue();
        assertThat(fixtures.holds(team.clerk2(), Box.INBOX, subject)).isTrue();
        assertThat(fixtures.holds(team.leader(), Box.INBOX, subject)).isFalse();
    }

    @Test
    void someoneElsesContactGroupIsNotAnAddress() throws Exception {
        String subject = TestUsers.unique("冒用分组");
        mvc.perform(post("/mail/compose").with(users.as(team.leader())).with(csrf()).param("action", "send")
                        .param("to", "contactgroup:" + groupId).param("subject", subject).param("body", "<p>试</p>")
                        .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不在组织机构中")));
        mvc.perform(get("/mail/compose").with(users.as(team.leader()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("contactgroup:" + groupId + "\""))));
        assertThat(fixtures.holds(team.chief(), Box.INBOX, subject)).isFalse();
        assertThat(fixtures.holds(team.leader(), Box.SENT, subject)).isFalse();
    }
}
