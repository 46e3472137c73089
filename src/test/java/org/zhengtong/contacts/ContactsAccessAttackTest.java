package org.zhengtong.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.contacts.internal.ContactForm;
import org.zhengtong.contacts.internal.ContactView;
import org.zhengtong.contacts.internal.MyContacts;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * A person's contacts are theirs alone: a colleague, the chief, the unit administrator and the three administrators
 * are refused (403, audited as a refused CONTACTS_OPEN) on every page and API call, with a real id or a forged one;
 * and what the owner typed is shown as text, never run.
 */
@IntegrationTest
class ContactsAccessAttackTest {

    private static final long FORGED_ID = 987_654_321L;
    private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MyContacts contacts;
    @Autowired JdbcTemplate jdbc;

    Team team;

    @BeforeEach
    void team() {
        team = platform.newTeam();
    }

    @Test
    void nobodyButTheOwnerReadsOrChangesAContactOrAGroup() throws Exception {
        long group = as.call(team.clerk(), () -> contacts.createGroup("私人").getId());
        long contact = as.call(team.clerk(), () -> contacts.create(new ContactForm("私人联系人", null, null, null,
                "13900000000", null, null, "只给自己看", List.of(group))));
        long intrudersGroup = as.call(team.clerk2(), () -> contacts.createGroup("我的").getId());
        String body = "{\"name\":\"改掉\",\"groupIds\":[]}";

        for (String intruder : List.of(team.clerk2(), team.chief(), "czj.office", "sysadmin", "secadmin",
                "auditadmin")) {
            long refusedBefore = refusals(intruder);
            for (long id : List.of(contact, FORGED_ID)) {
                refused(get("/contacts/mine/{id}/edit", id).with(users.as(intruder)));
                refused(post("/contacts/mine/{id}", id).param("name", "改掉").with(users.as(intruder)).with(csrf()));
                refused(post("/contacts/mine/{id}/delete", id).with(users.as(intruder)).with(csrf()));
                refused(get("/api/v1/contacts/mine/{id}", id).with(users.as(intruder)));
                refused(put("/api/v1/contacts/mine/{id}", id).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(users.as(intruder)).with(csrf()));
                refused(delete("/api/v1/contacts/mine/{id}", id).with(users.as(intruder)).with(csrf()));
            }
            for (long id : List.of(group, FORGED_ID)) {
                refused(get("/contacts/mine").param("group", String.valueOf(id)).with(users.as(intruder)));
                refused(get("/contacts/mine/export").param("group", String.valueOf(id)).with(users.as(intruder)));
                refused(post("/contacts/mine/groups/{id}/rename", id).param("name", "改")
                        .with(users.as(intruder)).with(csrf()));
                refused(post("/contacts/mine/groups/{id}/delete", id).with(users.as(intruder)).with(csrf()));
                refused(get("/api/v1/contacts/mine").param("group", String.valueOf(id)).with(users.as(intruder)));
                refused(put("/api/v1/contacts/groups/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"改\"}").with(users.as(intruder)).with(csrf()));
                refused(delete("/api/v1/contacts/groups/{id}", id).with(users.as(intruder)).with(csrf()));
            }
            assertThat(refusals(intruder)).as("refusals of %s audited", intruder)
                    .isGreaterThanOrEqualTo(refusedBefore + 2 * 6 + 2 * 7);
        }
        // a forged group id does not put one's own contact into another's group
        refused(post("/api/v1/contacts/mine").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"借道\",\"groupIds\":[" + group + "]}").header("Idempotency-Key", key())
                .with(users.as(team.clerk2())).with(csrf()));
        assertThat(as.call(team.clerk2(), () -> contacts.search(null, intrudersGroup, 0).getTotalElements())).isZero();

        ContactView untouched = as.call(team.clerk(), () -> contacts.contact(contact));
        assertThat(untouched.name()).isEqualTo("私人联系人");
        assertThat(untouched.groupIds()).containsExactly(group);
        mvc.perform(get("/contacts/mine/{id}/edit", contact).with(users.as(team.clerk()))).andExpect(status().isOk());
        mvc.perform(get("/contacts/mine").with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("私人联系人"))));
    }

    @Test
    void scriptInEveryTextFieldIsShownAsText() throws Exception {
        mvc.perform(post("/contacts/mine/groups").param("name", XSS.substring(0, 40)).param("requestKey", key())
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());
        long group = as.call(team.clerk(), () -> contacts.groups()).get(0).getId();
        mvc.perform(post("/contacts/mine").param("name", XSS).param("organization", XSS).param("title", XSS)
                        .param("address", XSS).param("note", XSS).param("groupIds", String.valueOf(group))
                        .param("requestKey", key()).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = as.call(team.clerk(), () -> contacts.search(null, null, 0).getContent()).get(0).id();

        for (String page : List.of("/contacts/mine", "/contacts/mine/" + id + "/edit")) {
            mvc.perform(get(page).with(users.as(team.clerk()))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert"))))
                    .andExpect(content().string(not(containsString("<img src=x"))))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(")));
        }
        // phone numbers and e-mail addresses with markup are no phone numbers or addresses: refused
        mvc.perform(post("/contacts/mine").param("name", "x").param("mobile", XSS).param("email", XSS)
                        .param("requestKey", key()).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    private void refused(RequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isForbidden());
    }

    private long refusals(String actor) {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'CONTACTS_OPEN'"
                + " and result = 'FAILURE' and actor = ?", Long.class, actor);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
