package org.zhengtong.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.contacts.internal.ContactForm;
import org.zhengtong.contacts.internal.ContactView;
import org.zhengtong.contacts.internal.MyContacts;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/** vCard export and import: a round trip gives the same contacts; a bad file is refused whole, in Chinese. */
@IntegrationTest
class VCardTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MyContacts contacts;

    Team team;

    @BeforeEach
    void team() {
        team = platform.newTeam();
    }

    @AfterEach
    void locale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void exportThenImportGivesTheSameContacts() throws Exception {
        long colleagues = as.call(team.clerk(), () -> contacts.createGroup("同事").getId());
        long friends = as.call(team.clerk(), () -> contacts.createGroup("朋友").getId());
        as.run(team.clerk(), () -> {
            contacts.create(new ContactForm("欧阳晓明", "市审计局 审计一科", "科长", "0571-8888 1234", "13800000000",
                    "oyxm@example.gov.cn", "杭州市解放路 1 号", "第一行；第二行, 含逗号", List.of(colleagues, friends)));
            contacts.create(new ContactForm("陈一", null, null, null, null, null, null, null, List.of()));
        });
        String colleague = platform.newClerk(team, "链接" + TestUsers.unique(""), "0571-3333");
        as.call(team.clerk(), () -> contacts.link(colleague));

        byte[] vcf = mvc.perform(get("/contacts/mine/export").with(users.as(team.clerk())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/vcard")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(vcf, StandardCharsets.UTF_8)).startsWith("BEGIN:VCARD").contains("欧阳晓明");

        mvc.perform(multipart("/api/v1/contacts/mine/vcard").file(file(vcf))
                        .with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(3));

        assertThat(comparable(team.clerk2())).isEqualTo(comparable(team.clerk()));
        assertThat(as.call(team.clerk2(), () -> contacts.groups()).stream().map(g -> g.getName()))
                .containsExactly("同事", "朋友");

        // one group only, through the page
        byte[] group = mvc.perform(get("/api/v1/contacts/mine/vcard").param("group", String.valueOf(colleagues))
                .with(users.as(team.clerk()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String oneGroup = new String(group, StandardCharsets.UTF_8);
        assertThat(oneGroup).contains("欧阳晓明").doesNotContain("陈一");
        String owner = platform.newClerk(team, "导入" + TestUsers.unique(""), null);
        mvc.perform(multipart("/contacts/mine/import").file(file(group)).with(users.as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(as.call(owner, () -> contacts.search(null, null, 0).getContent()).stream().map(ContactView::name))
                .containsExactly("欧阳晓明");
    }

    @Test
    void aFileThatIsNoVcardOrTooBigIsRefusedWithNothingSaved() throws Exception {
        refusedOnApi("这不是通讯录".getBytes(StandardCharsets.UTF_8), "不是 vCard");
        refusedOnApi(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, "不是 vCard");
        refusedOnApi(cards(10_000), "超过 2000 位");
        refusedOnApi(cards(2_001), "超过 2000 位");
        byte[] large = (new String(cards(1)).replace("END:VCARD", "NOTE:" + "很".repeat(400_000) + "\r\nEND:VCARD"))
                .getBytes(StandardCharsets.UTF_8);
        refusedOnApi(large, "超过 1 MB");
        // one card the form refuses (an e-mail address that is none) after good ones: none is saved
        String badLast = new String(cards(5), StandardCharsets.UTF_8)
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:坏\r\nEMAIL:不是邮箱\r\nEND:VCARD\r\n";
        refusedOnApi(badLast.getBytes(StandardCharsets.UTF_8), "第 6 位联系人无法导入");

        mvc.perform(multipart("/contacts/mine/import").file(file(cards(10_000))).with(users.as(team.clerk()))
                        .with(csrf()))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("未导入任何联系人")));
        assertThat(as.call(team.clerk(), () -> contacts.search(null, null, 0).getTotalElements())).isZero();
        assertThat(as.call(team.clerk(), () -> contacts.groups())).isEmpty();

        mvc.perform(multipart("/api/v1/contacts/mine/vcard").file(file(cards(2_000))).with(users.as(team.clerk()))
                .with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2000));
    }

    private void refusedOnApi(byte[] content, String message) throws Exception {
        ResultActions result = mvc.perform(multipart("/api/v1/contacts/mine/vcard").file(file(content))
                .with(users.as(team.clerk())).with(csrf()));
        result.andExpect(status().is4xxClientError()).andExpect(jsonPath("$.detail").value(containsString(message)));
    }

    /** What the owner sees of each contact, without ids and links: what a vCard carries. */
    private List<String> comparable(String owner) {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE); // as a request would have it, for the position
        return as.call(owner, () -> contacts.all(null)).stream()
                .map(c -> String.join("|", String.valueOf(c.name()), String.valueOf(c.organization()),
                        String.valueOf(c.title()), String.valueOf(c.officePhone()), String.valueOf(c.mobile()),
                        String.valueOf(c.email()), String.valueOf(c.address()), String.valueOf(c.note()),
                        c.groups().stream().map(g -> g.getName()).toList().toString()))
                .toList();
    }

    private static byte[] cards(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:联系人").append(i).append("\r\nTEL;TYPE=CELL:1390000")
                    .append(i).append("\r\nEND:VCARD\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "contacts.vcf", "text/vcard", content);
    }
}
