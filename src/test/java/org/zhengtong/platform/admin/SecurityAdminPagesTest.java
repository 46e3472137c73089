package org.zhengtong.platform.admin;

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

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.ProbePermissions;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.RoleRepository;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.security.SecuritySettings;
import org.zhengtong.platform.internal.security.SettingsService;

/** /admin/security: business roles, assigning them, clearance and the security settings. */
@IntegrationTest
class SecurityAdminPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AdminFixtures fixtures;
    @Autowired RoleRepository roles;
    @Autowired OrganizationService organization;
    @Autowired SettingsService settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;

    @Test
    void theStartPageLinksTheSecurityAdministratorsSections() throws Exception {
        mvc.perform(get("/admin/security").with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/security/roles")))
                .andExpect(content().string(containsString("/admin/security/accounts")))
                .andExpect(content().string(containsString("/admin/security/clearance")))
                .andExpect(content().string(containsString("/admin/security/settings")));
    }

    @Test
    void builtInRolesAreListedReadOnly() throws Exception {
        mvc.perform(get("/admin/security/roles").with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("系统管理员")))
                .andExpect(content().string(containsString("查阅审计日志")))
                .andExpect(content().string(not(containsString("/admin/security/roles/SYSTEM_ADMIN/edit"))));
        mvc.perform(get("/admin/security/roles/SYSTEM_ADMIN/edit").with(users.as("secadmin")))
                .andExpect(status().isConflict());
        mvc.perform(roleForm("/admin/security/roles/AUDIT_ADMIN", "AUDIT_ADMIN", "改名"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("内置角色“审计管理员”不能修改或删除")));
        mvc.perform(post("/admin/security/roles/USER/delete").with(users.as("secadmin")).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(roles.findById("AUDIT_ADMIN").orElseThrow().getName()).isEqualTo("审计管理员");
        assertThat(roles.existsById("USER")).isTrue();
    }

    @Test
    void aRoleIsCreatedEditedAndDeletedWithAuditRecords() throws Exception {
        String code = roleCode();
        mvc.perform(get("/admin/security/roles/new").with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("管理员专属")));

        mvc.perform(roleForm("/admin/security/roles", code, "文书" + code))
                .andExpect(redirectedUrl("/admin/security/roles"))
                .andExpect(flash().attribute("flashMessage", "角色“文书" + code + "”已创建。"));
        assertThat(roles.findById(code)).get().extracting(r -> r.getName()).isEqualTo("文书" + code);

        mvc.perform(get("/admin/security/roles/" + code + "/edit").with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文书" + code)));
        mvc.perform(roleForm("/admin/security/roles/" + code, code, "收发员" + code))
                .andExpect(redirectedUrl("/admin/security/roles"));
        assertThat(roles.findById(code).orElseThrow().getName()).isEqualTo("收发员" + code);

        mvc.perform(post("/admin/security/roles/" + code + "/delete").with(users.as("secadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/security/roles"));
        assertThat(roles.existsById(code)).isFalse();
        assertThat(auditRecords("ROLE_CREATE", code, "SUCCESS")).isEqualTo(1);
        assertThat(auditRecords("ROLE_UPDATE", code, "SUCCESS")).isEqualTo(1);
        assertThat(auditRecords("ROLE_DELETE", code, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void anUnknownRoleIsNotFound() throws Exception {
        mvc.perform(get("/admin/security/roles/NO_SUCH_ROLE/edit").with(users.as("secadmin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未找到编号为 NO_SUCH_ROLE 的角色")));
    }

    @Test
    void aDuplicateCodeOrNameIsRefused() throws Exception {
        String code = roleCode();
        mvc.perform(roleForm("/admin/security/roles", code, "名" + code)).andExpect(redirectedUrl("/admin/security/roles"));

        mvc.perform(roleForm("/admin/security/roles", code, "另一个" + code))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("角色代码“" + code + "”已存在")));
        mvc.perform(roleForm("/admin/security/roles", "SYSTEM_ADMIN", "另一个" + code))
                .andExpect(status().isConflict());
        String otherCode = roleCode();
        mvc.perform(roleForm("/admin/security/roles", otherCode, "名" + code))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("角色名称“名" + code + "”已存在")));
        assertThat(roles.existsById(otherCode)).isFalse();
        assertThat(roles.findById(code).orElseThrow().getName()).isEqualTo("名" + code);
        assertThat(auditRecords("ROLE_CREATE", code, "FAILURE")).isEqualTo(1);
    }

    @ParameterizedTest(name = "code \"{0}\", name \"{1}\" is refused")
    @CsvSource({
            "'', 名称, 请填写角色代码",
            "lower, 名称, 角色代码以大写字母开头",
            "A, 名称, 角色代码以大写字母开头",
            "R-1, 名称, 角色代码以大写字母开头",
            "RVALID, '', 请填写角色名称",
            "RVALID, 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一, 最多 50 个字符"})
    void invalidRolesAreRefusedWithTheFormShownAgain(String code, String name, String message) throws Exception {
        long before = roles.count();
        mvc.perform(roleForm("/admin/security/roles", code, name))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"role-form\"")));
        assertThat(roles.count()).isEqualTo(before);
    }

    @Test
    void theRoleFormListsEachModulesPermissionsUnderTheModulesName() throws Exception {
        mvc.perform(get("/admin/security/roles/new").with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("系统管理")))
                .andExpect(content().string(containsString("查阅审计日志")))
                .andExpect(content().string(containsString("账号申请")))
                .andExpect(content().string(containsString("审批账号申请")))
                .andExpect(content().string(containsString("管理流程")))
                .andExpect(content().string(not(containsString("??permission"))));
        mvc.perform(get("/admin/security/roles/new").param("lang", "en").with(users.as("secadmin")))
                .andExpect(content().string(containsString("Administer processes")))
                .andExpect(content().string(containsString("Decide account applications")));
    }

    @Test
    void aNewModulesPermissionIsListedWithItsOwnNamesAndGrantedThroughARole() throws Exception {
        mvc.perform(get("/admin/security/roles/new").with(users.as("secadmin")))
                .andExpect(content().string(containsString("探针模块")))
                .andExpect(content().string(containsString("查看探针")));
        mvc.perform(get("/admin/security/roles/new").param("lang", "en").with(users.as("secadmin")))
                .andExpect(content().string(containsString("Read probes")));

        String code = roleCode();
        mvc.perform(roleForm("/admin/security/roles", code, "探针" + code).param("permissions", ProbePermissions.READ))
                .andExpect(redirectedUrl("/admin/security/roles"));
        Account account = fixtures.newAccount("czj");
        mvc.perform(post("/admin/security/accounts/" + account.getId() + "/roles").param("roles", code)
                        .with(users.as("secadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/security/accounts/" + account.getId()));
        assertThat(userDetails.loadUserByUsername(account.getUsername()).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains(ProbePermissions.READ);
    }

    @Test
    void aPermissionNoModuleDeclaresIsRefused() throws Exception {
        String code = roleCode();
        mvc.perform(roleForm("/admin/security/roles", code, "名" + code).param("permissions", "NO_SUCH_PERMISSION"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("没有这些权限：NO_SUCH_PERMISSION")));
        assertThat(roles.existsById(code)).isFalse();
    }

    @Test
    void theAdministratorsPermissionsCannotBePutIntoABusinessRole() throws Exception {
        String code = roleCode();
        mvc.perform(roleForm("/admin/security/roles", code, "后门" + code).param("permissions", "AUDIT_READ"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("以下权限为管理员专属，不能授予业务角色：AUDIT_READ")));
        assertThat(roles.existsById(code)).isFalse();
        assertThat(auditRecords("ROLE_CREATE", code, "FAILURE")).isEqualTo(1);

        mvc.perform(roleForm("/admin/security/roles", code, "名" + code)).andExpect(redirectedUrl("/admin/security/roles"));
        mvc.perform(roleForm("/admin/security/roles/" + code, code, "名" + code).param("permissions", "ACCOUNT_MANAGE"))
                .andExpect(status().isConflict());
        assertThat(roles.findById(code).orElseThrow().permissionSet()).isEmpty();
    }

    @Test
    void aRoleInUseIsNotDeletedAndAssigningRolesWorks() throws Exception {
        String code = roleCode();
        mvc.perform(roleForm("/admin/security/roles", code, "名" + code)).andExpect(redirectedUrl("/admin/security/roles"));
        Account account = fixtures.newAccount("czj");

        mvc.perform(get("/admin/security/accounts").param("username", account.getUsername()).with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(account.getUsername())));
        mvc.perform(get("/admin/security/accounts/" + account.getId()).with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + code + "\"")))
                .andExpect(content().string(not(containsString("value=\"SYSTEM_ADMIN\""))));
        mvc.perform(post("/admin/security/accounts/" + account.getId() + "/roles").param("roles", code)
                        .with(users.as("secadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/security/accounts/" + account.getId()))
                .andExpect(flash().attribute("flashMessage", "业务角色已保存。"));
        assertThat(fixtures.reload(account).getRoles()).contains(code, "USER");

        mvc.perform(post("/admin/security/roles/" + code + "/delete").with(users.as("secadmin")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("仍有 1 个账号持有，不能删除")));
        assertThat(roles.existsById(code)).isTrue();

        mvc.perform(post("/admin/security/accounts/" + account.getId() + "/roles").with(users.as("secadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/security/accounts/" + account.getId()));
        assertThat(fixtures.reload(account).getRoles()).containsExactly("USER");
        mvc.perform(post("/admin/security/roles/" + code + "/delete").with(users.as("secadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/security/roles"));
    }

    @Test
    void builtInRolesAreNotAssignedOnTheSecurityPages() throws Exception {
        Account account = fixtures.newAccount("czj");
        mvc.perform(post("/admin/security/accounts/" + account.getId() + "/roles").param("roles", "SYSTEM_ADMIN")
                        .with(users.as("secadmin")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("内置管理员角色不能在此分配")));
        mvc.perform(post("/admin/security/accounts/" + account.getId() + "/roles").param("roles", "NO_SUCH_ROLE")
                        .with(users.as("secadmin")).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(fixtures.reload(account).getRoles()).containsExactly("USER");
    }

    @Test
    void theSecurityAdministratorFindsPeopleAndSetsTheirClearance() throws Exception {
        Person person = fixtures.newPerson("zjj");
        mvc.perform(get("/admin/security/clearance").param("unitId", fixtures.unitId("zjj").toString())
                        .param("name", person.getName()).with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.getName())))
                .andExpect(content().string(containsString("市住房和城乡建设局")));
        mvc.perform(get("/admin/security/clearance").param("unitId", fixtures.unitId("czj").toString())
                        .param("name", person.getName()).with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"person-" + person.getId() + "\""))))
                .andExpect(content().string(containsString("没有符合条件的人员")));

        mvc.perform(post("/admin/security/clearance/" + person.getId()).param("clearance", "IMPORTANT")
                        .param("name", person.getName()).with(users.as("secadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/security/clearance?name="
                        + UriUtils.encode(person.getName(), StandardCharsets.UTF_8)))
                .andExpect(flash().attribute("flashMessage", "已将“" + person.getName() + "”的涉密等级设为“重要”。"));
        assertThat(organization.person(person.getId()).getClearance()).isEqualTo(Clearance.IMPORTANT);
    }

    @Test
    void anUnknownClearanceIsRefused() throws Exception {
        Person person = fixtures.newPerson("zjj");
        mvc.perform(post("/admin/security/clearance/" + person.getId()).param("clearance", "TOP_SECRET")
                        .with(users.as("secadmin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择有效的涉密等级")));
        assertThat(organization.person(person.getId()).getClearance()).isEqualTo(Clearance.NONE);
    }

    @Test
    void theSettingsAreShownAndSaved() throws Exception {
        SecuritySettings before = settings.current();
        try {
            mvc.perform(get("/admin/security/settings").with(users.as("secadmin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("value=\"" + before.lockoutMinutes() + "\"")));
            mvc.perform(settingsForm("6", "20", "45", "2").param("requireTotpForAdmins", "true"))
                    .andExpect(redirectedUrl("/admin/security/settings"))
                    .andExpect(flash().attribute("flashMessage", "安全设置已保存。"));
            assertThat(settings.current()).isEqualTo(new SecuritySettings(6, 20, 45, 2, true));
            mvc.perform(settingsForm("6", "20", "45", "2"))
                    .andExpect(redirectedUrl("/admin/security/settings"));
            assertThat(settings.current().requireTotpForAdmins()).isFalse();
        } finally {
            restore(before);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} is refused")
    @CsvSource({
            "2, 15, 30, 1, 取值须在 3 至 10 之间",
            "11, 15, 30, 1, 取值须在 3 至 10 之间",
            "5, 0, 30, 1, 取值须在 1 至 1440 之间",
            "5, 1441, 30, 1, 取值须在 1 至 1440 之间",
            "5, 15, 4, 1, 取值须在 5 至 480 之间",
            "5, 15, 481, 1, 取值须在 5 至 480 之间",
            "5, 15, 30, 0, 取值须在 1 至 10 之间",
            "5, 15, 30, 11, 取值须在 1 至 10 之间",
            "abc, 15, 30, 1, 格式不正确",
            "'', 15, 30, 1, 格式不正确"})
    void settingsOutOfRangeAreRefused(String maxFailedLogins, String lockoutMinutes, String idleTimeoutMinutes,
                                      String maxSessions, String message) throws Exception {
        SecuritySettings before = settings.current();
        mvc.perform(settingsForm(maxFailedLogins, lockoutMinutes, idleTimeoutMinutes, maxSessions))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"settings-form\"")));
        assertThat(settings.current()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder roleForm(String url, String code, String name) {
        return post(url).param("code", code).param("name", name).param("_permissions", "on")
                .with(users.as("secadmin")).with(csrf());
    }

    private MockHttpServletRequestBuilder settingsForm(String maxFailedLogins, String lockoutMinutes,
                                                       String idleTimeoutMinutes, String maxSessions) {
        return post("/admin/security/settings")
                .param("maxFailedLogins", maxFailedLogins)
                .param("lockoutMinutes", lockoutMinutes)
                .param("idleTimeoutMinutes", idleTimeoutMinutes)
                .param("maxSessionsPerAccount", maxSessions)
                .param("_requireTotpForAdmins", "on")
                .with(users.as("secadmin")).with(csrf());
    }

    private void restore(SecuritySettings previous) throws Exception {
        var request = settingsForm(String.valueOf(previous.maxFailedLogins()), String.valueOf(previous.lockoutMinutes()),
                String.valueOf(previous.idleTimeoutMinutes()), String.valueOf(previous.maxSessionsPerAccount()));
        if (previous.requireTotpForAdmins()) {
            request.param("requireTotpForAdmins", "true");
        }
        mvc.perform(request).andExpect(redirectedUrl("/admin/security/settings"));
        assertThat(settings.current()).isEqualTo(previous);
    }

    private long auditRecords(String action, String code, String result) {
        return jdbc.queryForObject("select count(*) from audit_record where action = ? and object_id = ? and result = ?",
                Long.class, action, code, result);
    }

    private static String roleCode() {
        return TestUsers.unique("R").toUpperCase();
    }
}
