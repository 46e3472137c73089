package org.zhengtong.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.zhengtong.platform.OrgDirectory;

/**
 * 通讯录 on the platform alone, nothing else started: the public directory by pinyin initials, a personal contact
 * added from it through the API, and the contact offered to other modules as an addressee of its owner only.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import(TestUsers.class)
class ContactsModuleTest {

    private static final String OWNER = "czj.d1.clerk1", COLLEAGUE = "czj.d1.chief", OTHER = "czj.d1.clerk2";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired OrgDirectory directory;
    @Autowired PersonalContacts contacts;

    @Test
    void theDirectoryAndOwnContactsWorkOnThePlatformAlone() throws Exception {
        String name = directory.nameOf(COLLEAGUE);
        mvc.perform(get("/api/v1/contacts/directory").param("q", name).with(users.as(OWNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].username").value(COLLEAGUE))
                .andExpect(jsonPath("$.items[0].mobile").isNotEmpty());

        mvc.perform(post("/api/v1/contacts/mine/link").with(users.as(OWNER)).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"" + COLLEAGUE + "\"}"))
                .andExpect(status().isCreated());

        assertThat(contacts.addressees(OWNER)).extracting(PersonalContacts.Addressee::username).contains(COLLEAGUE);
        assertThat(contacts.addressees(OTHER)).extracting(PersonalContacts.Addressee::username)
                .doesNotContain(COLLEAGUE);
    }
}
