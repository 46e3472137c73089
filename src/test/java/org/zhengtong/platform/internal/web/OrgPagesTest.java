package org.zhengtong.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.org.Department;
import org.zhengtong.platform.internal.org.OrganizationDirectory;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.platform.internal.org.Unit;
import org.zhengtong.platform.internal.org.UnitKind;
import org.zhengtong.platform.internal.security.SystemActor;

/** The organization admin pages as the system administrator, a unit administrator and an ordinary user see them. */
@IntegrationTest
class OrgPagesTest {

    private static final String SYSADMIN = "sysadmin";
    private static final String CZJ_ADMIN = "czj.office";
    private static final String ZJJ_ADMIN = "zjj.office";
    private static final String CLERK = "czj.d1.clerk1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationDirectory directory;

    // ---- tree and unit page ------------------------------------------------------------------------------

    @Test
    void systemAdminSeesTheWholeTreeNested() throws Exception {
        String page = mvc.perform(get("/admin/org").with(users.as(SYSADMIN)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // 市政府 first, its 市直单位 and 区政府 nested below it, 区直单位 nested below their 区政府
        assertThat(page).contains("id=\"unit-tree\"", "市人民政府", "市财政局", "北湖区人民政府", "北湖区财政局");
        assertThat(page.indexOf("市人民政府")).isLessThan(page.indexOf("市政府办公室"));
        assertThat(page.indexOf("北湖区人民政府")).isLessThan(page.indexOf("北湖区财政局"));
        assertThat(page.indexOf("北湖区财政局")).isLessThan(page.indexOf("苏仙区人民政府"));
        assertThat(page).contains("/admin/org/export", "/admin/org/import", "/admin/org/units/new");
    }

    @Test
    void treeSpeaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/admin/org").param("lang", "en").with(users.as(SYSADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Export to Excel")))
                .andExpect(content().string(containsString("City unit")));
    }

    @Test
    void unitAdminIsTakenToTheirOwnUnit() throws Exception {
        mvc.perform(get("/admin/org").with(users.as(CZJ_ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/org/units/" + unit("czj").getId()));
    }

    @Test
    void ordinaryUserIsRefusedEverywhere() throws Exception {
        Long czj = unit("czj").getId();
        mvc.perform(get("/admin/org").with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/org/units/" + czj).with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/org/units/" + czj + "/people/new").with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/org/export").with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/org/import").with(users.as(CLERK))).andExpect(status().isForbidden());
    }

    @Test
    void unitPageListsDepartmentsWithLeadersAndPeople() throws Exception {
        Long czj = unit("czj").getId();
        OrganizationDirectory.UnitOverview overview = SystemActor.call(() -> directory.overview(czj));
        OrganizationDirectory.DepartmentRow budget = overview.departments().stream()
                .filter(d -> d.name().equals("预算科")).findFirst().orElseThrow();
        OrganizationDirectory.PersonRow someone = overview.people().get(0);
        mvc.perform(get("/admin/org/units/" + czj).with(users.as(CZJ_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("市财政局")))
                .andExpect(content().string(containsString("预算科")))
                .andExpect(content().string(containsString(budget.headName())))
                .andExpect(content().string(containsString(budget.leaderName())))
                .andExpect(content().string(containsString(someone.name())))
                .andExpect(content().string(containsString("table-responsive")))
                .andExpect(content().string(containsString("/admin/org/departments/" + budget.id() + "/edit")))
                .andExpect(content().string(containsString("/admin/org/people/" + someone.id() + "/edit")))
                // units are the system administrator's: no unit edit button for a unit administrator
                .andExpect(content().string(not(containsString("id=\"unit-edit\""))));
    }

    @Test
    void unitAdminCannotOpenAnotherUnit() throws Exception {
        Long czj = unit("czj").getId();
        Department budget = department(czj, "预算科");
        Person person = organization.peopleOf(czj).get(0);
        for (String url : List.of("/admin/org/units/" + czj, "/admin/org/units/" + czj + "/departments/new",
                "/admin/org/units/" + czj + "/people/new", "/admin/org/departments/" + budget.getId() + "/edit",
                "/admin/org/people/" + person.getId() + "/edit", "/admin/org/units/" + czj + "/edit",
                "/admin/org/options/departments?unitId=" + czj, "/admin/org/options/leaders?unitId=" + czj)) {
            mvc.perform(get(url).with(users.as(ZJJ_ADMIN))).andExpect(status().isForbidden());
        }
    }

    @Test
    void unitAdminCannotChangeAnotherUnit() throws Exception {
        Long czj = unit("czj").getId();
        Department budget = department(czj, "预算科");
        Person person = organization.peopleOf(czj).get(0);
        String name = TestUsers.unique("越权科室");

        mvc.perform(post("/admin/org/departments/" + budget.getId()).with(users.as(ZJJ_ADMIN)).with(csrf())
                        .param("unitId", czj.toString()).param("name", name).param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/org/departments").with(users.as(ZJJ_ADMIN)).with(csrf())
                        .param("unitId", czj.toString()).param("name", name).param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/org/departments/" + budget.getId() + "/enabled").with(users.as(ZJJ_ADMIN)).with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(personPost("/admin/org/people/" + person.getId(), czj, null, name, "13800000000").with(users.as(ZJJ_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/org/people/" + person.getId() + "/enabled").with(users.as(ZJJ_ADMIN)).with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isForbidden());
        // a unit administrator may not pull someone of another unit into their own either
        mvc.perform(personPost("/admin/org/people/" + person.getId(), unit("zjj").getId(), null, name, "")
                        .with(users.as(ZJJ_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(unitPost("/admin/org/units/" + czj, name, "czj", unit("szf").getId()).with(users.as(CZJ_ADMIN)))
                .andExpect(status().isForbidden());

        assertThat(organization.department(budget.getId()).getName()).isEqualTo("预算科");
        assertThat(organization.department(budget.getId()).isEnabled()).isTrue();
        assertThat(organization.departmentsOf(czj)).noneMatch(d -> d.getName().equals(name));
        Person unchanged = organization.person(person.getId());
        assertThat(unchanged.getName()).isEqualTo(person.getName());
        assertThat(unchanged.isEnabled()).isTrue();
        assertThat(unchanged.getVersion()).isEqualTo(person.getVersion());
        assertThat(unit("czj").getName()).isEqualTo("市财政局");
    }

    @Test
    void unitAdminCannotCreateOrDeleteUnits() throws Exception {
        Long szf = unit("szf").getId();
        String code = TestUsers.unique("u");
        mvc.perform(get("/admin/org/units/new").with(users.as(CZJ_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(unitPost("/admin/org/units", TestUsers.unique("越权单位"), code, szf).with(users.as(CZJ_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/org/units/" + unit("czj").getId() + "/delete").with(users.as(CZJ_ADMIN)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/org/units/" + unit("czj").getId() + "/enabled").with(users.as(CZJ_ADMIN)).with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isForbidden());
        assertThat(organization.allUnits()).noneMatch(u -> u.getCode().equals(code));
        assertThat(unit("czj").isEnabled()).isTrue();
    }

    // ---- units -------------------------------------------------------------------------------------------

    @Test
    void systemAdminCreatesEditsDisablesAndDeletesAUnit() throws Exception {
        Long szf = unit("szf").getId();
        String name = TestUsers.unique("市测试局");
        String code = TestUsers.unique("t");
        mvc.perform(get("/admin/org/units/new").param("parentId", szf.toString()).with(users.as(SYSADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"code\"")));

        mvc.perform(unitPost("/admin/org/units", name, code, szf).with(users.as(SYSADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage", containsString(name)));
        Unit created = unit(code);
        assertThat(created.getName()).isEqualTo(name);

        mvc.perform(get("/admin/org/units/" + created.getId() + "/edit").with(users.as(SYSADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        // move it below 北湖区人民政府
        Long bhq = unit("bhq").getId();
        mvc.perform(unitPost("/admin/org/units/" + created.getId(), name + "改", code, bhq).with(users.as(SYSADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(SystemActor.call(() -> directory.overview(created.getId())).unit().parentId()).isEqualTo(bhq);
        assertThat(unit(code).getName()).isEqualTo(name + "改");

        mvc.perform(post("/admin/org/units/" + created.getId() + "/enabled").param("enabled", "false")
                        .with(users.as(SYSADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(unit(code).isEnabled()).isFalse();

        mvc.perform(post("/admin/org/units/" + created.getId() + "/delete").with(users.as(SYSADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/org"));
        assertThat(organization.allUnits()).noneMatch(u -> u.getCode().equals(code));
    }

    @Test
    void unitFormRefusesEmptyOverlongAndMalformedInput() throws Exception {
        Long szf = unit("szf").getId();
        String code = TestUsers.unique("t");
        mvc.perform(unitPost("/admin/org/units", "  ", code, szf).with(users.as(SYSADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写单位名称")));
        mvc.perform(unitPost("/admin/org/units", "长".repeat(101), code, szf).with(users.as(SYSADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("长度超出限制（最多 100 个字符）")));
        mvc.perform(unitPost("/admin/org/units", TestUsers.unique("市测试局"), "bad code!", szf).with(users.as(SYSADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("单位代码只能包含字母、数字、下划线和连字符")));
        mvc.perform(unitPost("/admin/org/units", TestUsers.unique("市测试局"), code, szf, "abc").with(users.as(SYSADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("排序号须为整数")));
        assertThat(organization.allUnits()).noneMatch(u -> u.getCode().equals(code));
    }

    @Test
    void unitFormRefusesDuplicatesAndCycles() throws Exception {
        Long szf = unit("szf").getId();
        mvc.perform(unitPost("/admin/org/units", TestUsers.unique("市测试局"), "czj", szf).with(users.as(SYSADMIN)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("单位代码“czj”已存在")));
        mvc.perform(unitPost("/admin/org/units", "市财政局", TestUsers.unique("t"), szf).with(users.as(SYSADMIN)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("单位名称“市财政局”已存在")));

        // 北湖区人民政府 below its own 北湖区财政局
        Unit bhq = unit("bhq");
        mvc.perform(post("/admin/org/units/" + bhq.getId()).with(users.as(SYSADMIN)).with(csrf())
                        .param("name", bhq.getName()).param("shortName", bhq.getShortName()).param("code", "bhq")
                        .param("kind", "DISTRICT_GOVERNMENT").param("parentId", unit("bhczj").getId().toString())
                        .param("sortOrder", String.valueOf(bhq.getSortOrder())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能把“北湖区人民政府”移到其下级单位“北湖区财政局”之下")));
        assertThat(SystemActor.call(() -> directory.overview(bhq.getId())).unit().parentId()).isEqualTo(szf);
    }

    @Test
    void aUnitWithPeopleCannotBeDeleted() throws Exception {
        Long czj = unit("czj").getId();
        mvc.perform(post("/admin/org/units/" + czj + "/delete").with(users.as(SYSADMIN)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("单位“市财政局”下还有人员，不能删除")))
                .andExpect(content().string(containsString("name=\"code\"")));
        assertThat(unit("czj").getName()).isEqualTo("市财政局");
    }

    // ---- departments -------------------------------------------------------------------------------------

    @Test
    void unitAdminManagesTheirDepartments() throws Exception {
        Long czj = unit("czj").getId();
        mvc.perform(get("/admin/org/units/" + czj + "/departments/new").with(users.as(CZJ_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"headPersonId\"")))
                .andExpect(content().string(containsString("hx-get=\"/admin/org/options/leaders\"")));

        String name = TestUsers.unique("测试科");
        List<Person> staff = organization.peopleOf(czj);
        mvc.perform(post("/admin/org/departments").with(users.as(CZJ_ADMIN)).with(csrf())
                        .param("unitId", czj.toString()).param("name", name).param("sortOrder", "90")
                        .param("headPersonId", staff.get(5).getId().toString())
                        .param("leaderPersonId", staff.get(1).getId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/org/units/" + czj))
                .andExpect(flash().attribute("flashMessage", containsString(name)));
        Department created = department(czj, name);
        OrganizationDirectory.DepartmentRow row = SystemActor.call(() -> directory.overview(czj)).departments().stream()
                .filter(d -> d.id().equals(created.getId())).findFirst().orElseThrow();
        assertThat(row.headName()).isEqualTo(staff.get(5).getName());
        assertThat(row.leaderName()).isEqualTo(staff.get(1).getName());

        mvc.perform(get("/admin/org/departments/" + created.getId() + "/edit").with(users.as(CZJ_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(post("/admin/org/departments/" + created.getId()).with(users.as(CZJ_ADMIN)).with(csrf())
                        .param("unitId", czj.toString()).param("name", name + "改").param("sortOrder", "91"))
                .andExpect(status().is3xxRedirection());
        assertThat(organization.department(created.getId()).getName()).isEqualTo(name + "改");

        mvc.perform(post("/admin/org/departments/" + created.getId() + "/enabled").param("enabled", "false")
                        .with(users.as(CZJ_ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(organization.department(created.getId()).isEnabled()).isFalse();
    }

    @Test
    void departmentFormRefusesBadInput() throws Exception {
        Long czj = unit("czj").getId();
        mvc.perform(post("/admin/org/departments").with(users.as(CZJ_ADMIN)).with(csrf())
                        .param("unitId", czj.toString()).param("name", "").param("sortOrder", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写科室名称")));
        mvc.perform(post("/admin/org/departments").with(users.as(CZJ_ADMIN)).with(csrf())
                        .param("unitId", czj.toString()).param("name", "科".repeat(101)).param("sortOrder", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("长度超出限制")));
        mvc.perform(post("/admin/org/departments").with(users.as(CZJ_ADMIN)).with(csrf())
                        .param("unitId", czj.toString()).param("name", "预算科").param("sortOrder", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("本单位已有名为“预算科”的科室")));
        // a head from another unit
        Person stranger = organization.peopleOf(unit("zjj").getId()).get(0);
        String name = TestUsers.unique("测试科");
        mvc.perform(post("/admin/org/departments").with(users.as(CZJ_ADMIN)).with(csrf())
                        .param("unitId", czj.toString()).param("name", name).param("sortOrder", "1")
                        .param("headPersonId", stranger.getId().toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("不是本单位人员")));
        assertThat(organization.departmentsOf(czj)).noneMatch(d -> d.getName().equals(name));
    }

    @Test
    void aDepartmentWithPeopleCannotBeDisabled() throws Exception {
        Long czj = unit("czj").getId();
        Department budget = department(czj, "预算科");
        mvc.perform(post("/admin/org/departments/" + budget.getId() + "/enabled").param("enabled", "false")
                        .with(users.as(CZJ_ADMIN)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("科室“预算科”下还有在岗人员，不能停用")));
        assertThat(organization.department(budget.getId()).isEnabled()).isTrue();
    }

    @Test
    void leaderOptionsFollowTheChosenUnit() throws Exception {
        Long czj = unit("czj").getId();
        Person someone = organization.peopleOf(czj).get(0);
        mvc.perform(get("/admin/org/options/leaders").param("unitId", czj.toString()).with(users.as(CZJ_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"leaderPersonId\"")))
                .andExpect(content().string(containsString(someone.getName())))
                .andExpect(content().string(not(containsString("<html"))));
    }

    // ---- people ------------------------------------------------------------------------------------------

    @Test
    void unitAdminCreatesEditsMovesAndDisablesAPerson() throws Exception {
        Long czj = unit("czj").getId();
        Department budget = department(czj, "预算科");
        Department treasury = department(czj, "国库科");
        mvc.perform(get("/admin/org/units/" + czj + "/people/new").with(users.as(CZJ_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("预算科")))
                .andExpect(content().string(containsString("hx-get=\"/admin/org/options/departments\"")));

        String name = TestUsers.unique("测试员");
        mvc.perform(personPost("/admin/org/people", czj, budget.getId(), name, "0735-2345678").with(users.as(CZJ_ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage", containsString(name)));
        Person created = organization.peopleOf(czj).stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();

        mvc.perform(get("/admin/org/people/" + created.getId() + "/edit").with(users.as(CZJ_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0735-2345678")));
        mvc.perform(personPost("/admin/org/people/" + created.getId(), czj, treasury.getId(), name, "0735-2345679")
                        .param("mobile", "13900000000").param("room", "东楼302室").with(users.as(CZJ_ADMIN)))
                .andExpect(status().is3xxRedirection());
        OrganizationDirectory.PersonRow row = SystemActor.call(() -> directory.overview(czj)).people().stream()
                .filter(p -> p.id().equals(created.getId())).findFirst().orElseThrow();
        assertThat(row.departmentName()).isEqualTo("国库科");
        assertThat(row.phone()).isEqualTo("0735-2345679");
        assertThat(row.mobile()).isEqualTo("13900000000");
        assertThat(row.room()).isEqualTo("东楼302室");
        mvc.perform(personPost("/admin/org/people/" + created.getId(), czj, treasury.getId(), name, "0735-2345679")
                        .param("mobile", "手机号").with(users.as(CZJ_ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("电话号码格式不正确")));

        mvc.perform(post("/admin/org/people/" + created.getId() + "/enabled").param("enabled", "false")
                        .with(users.as(CZJ_ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(organization.person(created.getId()).isEnabled()).isFalse();
    }

    @Test
    void systemAdminMovesAPersonToAnotherUnit() throws Exception {
        Long czj = unit("czj").getId();
        Long zjj = unit("zjj").getId();
        Person person = SystemActor.call(() -> organization.createPerson(
                new PersonForm(czj, null, TestUsers.unique("调动人员"), Position.CLERK, null, null, 99)));
        Department target = department(zjj, "城建科");
        mvc.perform(personPost("/admin/org/people/" + person.getId(), zjj, target.getId(), person.getName(), "")
                        .with(users.as(SYSADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/org/units/" + zjj));
        assertThat(organization.peopleOf(zjj)).anyMatch(p -> p.getId().equals(person.getId()));
    }

    @Test
    void personFormRefusesBadInput() throws Exception {
        Long czj = unit("czj").getId();
        int before = organization.peopleOf(czj).size();
        mvc.perform(personPost("/admin/org/people", czj, null, "", "").with(users.as(CZJ_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写姓名")));
        mvc.perform(personPost("/admin/org/people", czj, null, "名".repeat(51), "").with(users.as(CZJ_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("长度超出限制（最多 50 个字符）")));
        mvc.perform(personPost("/admin/org/people", czj, null, TestUsers.unique("测试员"), "call me").with(users.as(CZJ_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("电话号码格式不正确")));
        mvc.perform(personPost("/admin/org/people", czj, null, TestUsers.unique("测试员"), "").param("email", "not-an-email")
                        .with(users.as(CZJ_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("电子邮箱格式不正确")));
        // a department of another unit
        Department foreign = department(unit("zjj").getId(), "城建科");
        mvc.perform(personPost("/admin/org/people", czj, foreign.getId(), TestUsers.unique("测试员"), "")
                        .with(users.as(CZJ_ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("科室“城建科”不属于单位“市财政局”")));
        assertThat(organization.peopleOf(czj)).hasSize(before);
    }

    @Test
    void departmentOptionsFollowTheChosenUnit() throws Exception {
        Long zjj = unit("zjj").getId();
        mvc.perform(get("/admin/org/options/departments").param("unitId", zjj.toString()).with(users.as(SYSADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("城建科")))
                .andExpect(content().string(not(containsString("预算科"))));
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Unit unit(String code) {
        return organization.allUnits().stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow();
    }

    private Department department(Long unitId, String name) {
        return organization.departmentsOf(unitId).stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }

    private static MockHttpServletRequestBuilder unitPost(String url, String name, String code, Long parentId) {
        return unitPost(url, name, code, parentId, "500");
    }

    private static MockHttpServletRequestBuilder unitPost(String url, String name, String code, Long parentId,
                                                          String sortOrder) {
        return post(url).with(csrf()).param("name", name).param("shortName", "").param("code", code)
                .param("kind", UnitKind.CITY_UNIT.name()).param("parentId", parentId.toString())
                .param("sortOrder", sortOrder);
    }

    private static MockHttpServletRequestBuilder personPost(String url, Long unitId, Long departmentId, String name,
                                                            String phone) {
        return post(url).with(csrf()).param("unitId", unitId.toString())
                .param("departmentId", departmentId == null ? "" : departmentId.toString())
                .param("name", name).param("position", Position.CLERK.name()).param("phone", phone)
                .param("sortOrder", "100");
    }
}
