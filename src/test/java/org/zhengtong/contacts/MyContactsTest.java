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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.contacts.internal.ContactForm;
import org.zhengtong.contacts.internal.ContactView;
import org.zhengtong.contacts.internal.MyContacts;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/** 个人通讯录: contacts in groups of one's own, by page and API; "add to my contacts" keeps them current. */
@IntegrationTest
class MyContactsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired MyContacts contacts;
    @Autowired OrgDirectory org;
    @Autowired ObjectMapper json;

    Team team;

    @BeforeEach
    void team() {
        team = platform.newTeam();
    }

    @Test
    void contactsInGroupsOnThePages() throws Exception {
        mvc.perform(post("/contacts/mine/groups").param("name", "同事").param("requestKey", key())
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/contacts/mine/groups").param("name", "家人").param("requestKey", key())
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/contacts/mine/new").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"groupIds\"")));
        long colleagues = groupId(team.clerk(), "同事");
        long family = groupId(team.clerk(), "家人");

        mvc.perform(post("/contacts/mine").param("name", "李四").param("organization", "市审计局")
                        .param("officePhone", "0571-12345678").param("mobile", "138 0000 0000")
                        .param("email", "lisi@example.gov.cn").param("address", "解放路 1 号").param("note", "老同学")
                        .param("groupIds", String.valueOf(colleagues), String.valueOf(family))
                        .param("requestKey", key()).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/contacts/mine").param("name", "赵六").param("requestKey", key())
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(names(team.clerk(), null)).containsExactly("李四", "赵六");
        assertThat(names(team.clerk(), colleagues)).containsExactly("李四");
        assertThat(names(team.clerk(), family)).containsExactly("李四");
        mvc.perform(get("/contacts/mine").param("group", String.valueOf(colleagues)).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("李四")))
                .andExpect(content().string(not(containsString("赵六"))));
        mvc.perform(get("/contacts/mine").param("q", "审计").with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("李四")));

        long liSi = contactId(team.clerk(), "李四");
        mvc.perform(get("/contacts/mine/{id}/edit", liSi).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("老同学")));
        mvc.perform(post("/contacts/mine/{id}", liSi).param("name", "李四").param("title", "科长")
                .param("groupIds", String.valueOf(family)).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ContactView updated = as.call(team.clerk(), () -> contacts.contact(liSi));
        assertThat(updated.title()).isEqualTo("科长");
        assertThat(updated.note()).isNull();
        assertThat(updated.groupIds()).containsExactly(family);

        mvc.perform(post("/contacts/mine/groups/{id}/rename", family).param("name", "亲属")
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(as.call(team.clerk(), () -> contacts.contact(liSi)).groups().get(0).getName()).isEqualTo("亲属");
        mvc.perform(post("/contacts/mine/groups/{id}/delete", family).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(as.call(team.clerk(), () -> contacts.contact(liSi)).groups()).as("the contact stays").isEmpty();

        mvc.perform(post("/contacts/mine/{id}/delete", liSi).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(names(team.clerk(), null)).containsExactly("赵六");
    }

    @Test
    void badInputIsRefusedInChineseWithNothingSaved() throws Exception {
        mvc.perform(post("/contacts/mine").param("name", " ").param("email", "不是邮箱").param("requestKey", key())
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写姓名")))
                .andExpect(content().string(containsString("电子邮箱格式不正确")));
        mvc.perform(post("/api/v1/contacts/mine").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + "长".repeat(101) + "\"}").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/contacts/mine").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"孙七\",\"mobile\":\"call me\"}").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("电话号码")));
        mvc.perform(post("/api/v1/contacts/groups").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}")
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/contacts/groups").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"甲\"}")
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/contacts/groups").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"甲\"}")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("已有名为")));
        mvc.perform(get("/contacts/mine").param("page", "x").with(users.as(team.clerk())))
                .andExpect(status().isBadRequest());
        assertThat(names(team.clerk(), null)).isEmpty();
    }

    @Test
    void theApiKeepsContactsAndGroupsUnderTheSameRules() throws Exception {
        String key = key();
        String group = mvc.perform(post("/api/v1/contacts/groups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"科室\"}").header("Idempotency-Key", key)
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long groupId = json.readTree(group).get("id").asLong();
        mvc.perform(post("/api/v1/contacts/groups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"科室\"}").header("Idempotency-Key", key)
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(groupId));

        String body = json.writeValueAsString(new ContactForm("周八", "市统计局", "主任", "0571-1", null,
                "zhou@example.gov.cn", null, "备注", List.of(groupId)));
        String created = mvc.perform(post("/api/v1/contacts/mine").contentType(MediaType.APPLICATION_JSON)
                        .content(body).header("Idempotency-Key", key()).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        mvc.perform(get("/api/v1/contacts/mine").param("group", String.valueOf(groupId)).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("周八"))
                .andExpect(jsonPath("$.items[0].groups[0].name").value("科室"));
        mvc.perform(put("/api/v1/contacts/mine/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("主任", "副主任")).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("副主任"));
        mvc.perform(delete("/api/v1/contacts/groups/{id}", groupId).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/contacts/mine/{id}", id).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.groups").isEmpty());
        mvc.perform(delete("/api/v1/contacts/mine/{id}", id).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/contacts/mine").with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    /** Her own contacts are found by the pinyin of their names as the directory's people are, and only hers. */
    @Test
    void ownContactsAreFoundByThePinyinOfTheirNames() throws Exception {
        long colleagues = as.call(team.clerk(), () -> contacts.createGroup("同事").getId());
        as.call(team.clerk(), () -> contacts.create(contact("李四", List.of(colleagues))));
        as.call(team.clerk(), () -> contacts.create(contact("赵六", List.of())));
        as.call(team.clerk(), () -> contacts.create(contact("曾小红", List.of())));
        as.call(team.clerk2(), () -> contacts.create(contact("刘思", List.of())));

        assertThat(found(team.clerk(), "ls", null)).containsExactly("李四");
        assertThat(found(team.clerk(), "lisi", null)).containsExactly("李四");
        assertThat(found(team.clerk(), "LiS", null)).containsExactly("李四");
        assertThat(found(team.clerk(), "zl", null)).containsExactly("赵六");
        assertThat(found(team.clerk(), "zxh", null)).as("曾 read zeng").containsExactly("曾小红");
        assertThat(found(team.clerk(), "cxh", null)).as("曾 read ceng").containsExactly("曾小红");
        assertThat(found(team.clerk(), "z", null)).containsExactlyInAnyOrder("曾小红", "赵六");
        assertThat(found(team.clerk(), "xh", null)).as("from the start of the name only").isEmpty();
        assertThat(found(team.clerk(), "ls", colleagues)).containsExactly("李四");
        assertThat(found(team.clerk(), "zl", colleagues)).isEmpty();
        assertThat(found(team.clerk2(), "ls", null)).as("someone else's contacts").containsExactly("刘思");

        mvc.perform(get("/contacts/mine").param("q", "zl").with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("赵六")))
                .andExpect(content().string(not(containsString("李四"))));
        mvc.perform(get("/api/v1/contacts/mine").param("q", "lisi").with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("李四"));
    }

    @Test
    void aPersonAddedFromTheDirectoryIsShownAsTheDirectoryHasThemNow() throws Exception {
        String suffix = TestUsers.unique("");
        String colleague = platform.newClerk(team, "钱九" + suffix, "0571-2222");
        mvc.perform(post("/contacts/mine/link").param("username", colleague).param("requestKey", key())
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/contacts/mine/link").param("username", colleague).param("requestKey", key())
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());
        List<ContactView> mine = as.call(team.clerk(), () -> contacts.search(null, null, 0).getContent());
        assertThat(mine).hasSize(1).allMatch(ContactView::linked);
        ContactView linked = mine.get(0);
        assertThat(linked.name()).isEqualTo("钱九" + suffix);
        assertThat(linked.organization()).startsWith("市财政局 ");
        mvc.perform(get("/api/v1/contacts/mine/{id}", linked.id()).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("科员"))
                .andExpect(jsonPath("$.linkedUsername").value(colleague));
        assertThat(linked.officePhone()).isEqualTo("0571-2222");
        assertThat(linked.email()).isEqualTo(Team.email(colleague));

        // a change in the organization shows at once, with no copy to refresh
        platform.renamePerson(colleague, "钱九改" + suffix, "0571-3333");
        ContactView renamed = as.call(team.clerk(), () -> contacts.contact(linked.id()));
        assertThat(renamed.name()).isEqualTo("钱九改" + suffix);
        assertThat(renamed.officePhone()).isEqualTo("0571-3333");

        mvc.perform(get("/contacts/mine/{id}/edit", linked.id()).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("readonly")))
                .andExpect(content().string(containsString("随组织机构自动更新")));

        // only the note and the groups are the owner's: a name sent with them changes nothing
        mvc.perform(post("/contacts/mine/{id}", linked.id()).param("name", "别名").param("note", "隔壁科室")
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());
        ContactView noted = as.call(team.clerk(), () -> contacts.contact(linked.id()));
        assertThat(noted.name()).isEqualTo("钱九改" + suffix);
        assertThat(noted.note()).isEqualTo("隔壁科室");

        mvc.perform(post("/contacts/mine/link").param("username", "nobody-" + suffix).param("requestKey", key())
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("不在公用通讯录中")));
    }

    private List<String> names(String owner, Long group) {
        return as.call(owner, () -> contacts.search(null, group, 0).getContent()).stream().map(ContactView::name)
                .toList();
    }

    private List<String> found(String owner, String query, Long group) {
        return as.call(owner, () -> contacts.search(query, group, 0).getContent()).stream().map(ContactView::name)
                .toList();
    }

    private static ContactForm contact(String name, List<Long> groupIds) {
        return new ContactForm(name, null, null, null, null, null, null, null, groupIds);
    }

    private long contactId(String owner, String name) {
        return as.call(owner, () -> contacts.search(name, null, 0).getContent()).get(0).id();
    }

    private long groupId(String owner, String name) {
        return as.call(owner, () -> contacts.groups()).stream().filter(g -> g.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
