package org.zhengtong.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.contacts.internal.DirectoryEntry;
import org.zhengtong.contacts.internal.PublicDirectory;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 公用通讯录 straight from the organization: found by name, pinyin initials or full pinyin, department and unit;
 * office phones shown to the reader's own unit only (the default {@code same-unit}).
 */
@IntegrationTest
class DirectorySearchTest {

    /** Another unit's clerk (市民政局) of the demo city. */
    private static final String OTHER_UNIT_CLERK = "mzj.d1.clerk1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired PublicDirectory directory;
    @Autowired OrgDirectory org;

    Team team;
    String suffix;
    String zhangSan;

    @BeforeEach
    void person() {
        team = platform.newTeam();
        // the digits make the name, and its pinyin, unique among the tests sharing the database
        suffix = TestUsers.unique("");
        zhangSan = platform.newClerk(team, "张三" + suffix, "0571-8765 4321", "139 0735 0042", "东楼302室");
    }

    @Test
    void findsAPersonByNamePinyinInitialsFullPinyinAndDepartment() {
        assertThat(found("张三" + suffix)).containsExactly(zhangSan);
        assertThat(found("zs" + suffix)).containsExactly(zhangSan);
        assertThat(found("ZS" + suffix)).containsExactly(zhangSan);
        assertThat(found("zhangsan" + suffix)).containsExactly(zhangSan);
        assertThat(found("zhangs" + suffix)).containsExactly(zhangSan);
        assertThat(found("ls" + suffix)).isEmpty();

        String department = org.department(team.departmentId()).orElseThrow().name();
        assertThat(found(department)).containsExactlyInAnyOrder(team.chief(), team.clerk(), team.clerk2(), zhangSan);

        DirectoryEntry entry = as.call(team.clerk(), () -> directory.search("zs" + suffix, null, 0))
                .getContent().get(0);
        assertThat(entry.unitName()).isEqualTo("市财政局");
        assertThat(entry.departmentName()).isEqualTo(department);
        assertThat(entry.position()).isEqualTo("CLERK");
        assertThat(entry.email()).isEqualTo(PlatformFixtures.Team.email(zhangSan));
    }

    @Test
    void searchesByUnitAndPages() {
        var czj = org.units().stream().filter(u -> u.code().equals("czj")).findFirst().orElseThrow();
        var everyone = as.call(team.clerk(), () -> directory.search(null, null, 1));
        assertThat(everyone.getTotalElements()).isGreaterThan(2L * PublicDirectory.PAGE_SIZE);
        assertThat(everyone.getNumber()).isEqualTo(1);
        assertThat(everyone.getContent()).hasSize(PublicDirectory.PAGE_SIZE);
        var byUnitName = as.call(team.clerk(), () -> directory.search("市财政局", null, 0));
        var byUnit = as.call(team.clerk(), () -> directory.search(null, czj.id(), 0));
        assertThat(byUnit.getContent()).isNotEmpty().allMatch(e -> e.unitId() == czj.id());
        assertThat(byUnitName.getTotalElements()).isEqualTo(byUnit.getTotalElements());
        assertThat(as.call(team.clerk(), () -> directory.search("zs" + suffix, czj.id() + 100_000, 0))).isEmpty();
    }

    @Test
    void phoneNumbersShowToTheReadersOwnUnitOnly() throws Exception {
        mvc.perform(get("/api/v1/contacts/directory").param("q", "zs" + suffix).with(users.as(team.clerk())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].username").value(zhangSan))
                .andExpect(jsonPath("$.items[0].positionName").value("科员"))
                .andExpect(jsonPath("$.items[0].officePhone").value("0571-8765 4321"))
                .andExpect(jsonPath("$.items[0].mobile").value("139 0735 0042"))
                .andExpect(jsonPath("$.items[0].room").value("东楼302室"))
                .andExpect(jsonPath("$.items[0].phoneHidden").value(false));
        mvc.perform(get("/api/v1/contacts/directory").param("q", "zs" + suffix).with(users.as(OTHER_UNIT_CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].username").value(zhangSan))
                .andExpect(jsonPath("$.items[0].officePhone").doesNotExist())
                .andExpect(jsonPath("$.items[0].mobile").doesNotExist())
                .andExpect(jsonPath("$.items[0].room").value("东楼302室"))
                .andExpect(jsonPath("$.items[0].phoneHidden").value(true));

        mvc.perform(get("/contacts").param("q", "zhangsan" + suffix).with(users.as(OTHER_UNIT_CLERK)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("张三" + suffix)))
                .andExpect(content().string(not(containsString("8765 4321"))))
                .andExpect(content().string(not(containsString("0735 0042"))))
                .andExpect(content().string(containsString("不公开")));
        mvc.perform(get("/contacts").param("q", "zhangsan" + suffix).with(users.as(team.clerk())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0571-8765 4321")))
                .andExpect(content().string(containsString("139 0735 0042")))
                .andExpect(content().string(containsString("东楼302室")));
    }

    @Test
    void theNavigationLeadsToTheDirectoryInChineseAndEnglish() throws Exception {
        mvc.perform(get("/").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/contacts\"")))
                .andExpect(content().string(containsString(">通讯录<")));
        mvc.perform(get("/contacts").param("lang", "en").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Public directory")))
                .andExpect(content().string(containsString("Add to my contacts")));
        mvc.perform(get("/contacts/mine").param("lang", "en").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Export as vCard")));
    }

    private List<String> found(String query) {
        return as.call(team.clerk(), () -> directory.search(query, null, 0)).getContent().stream()
                .map(DirectoryEntry::username).toList();
    }
}
