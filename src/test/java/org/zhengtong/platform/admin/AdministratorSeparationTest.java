package org.zhengtong.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.RoleRepository;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.security.SecuritySettings;
import org.zhengtong.platform.internal.security.SettingsService;

/**
 * 三员分立: each administrator reaches only their own pages and powers; a unit administrator only their own unit.
 * Every refused change is checked to have changed nothing.
 */
@IntegrationTest
class AdministratorSeparationTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AdminFixtures fixtures;
    @Autowired AccountRepository accounts;
    @Autowired RoleRepository roles;
    @Autowired OrganizationService organization;
    @Autowired SettingsService settings;

    @ParameterizedTest(name = "{0} may not open {1}")
    @CsvSource({
            "sysadmin, /admin/audit",
            "sysadmin, /admin/audit/verify",
            "sysadmin, /admin/security",
            "sysadmin, /admin/security/roles",
            "sysadmin, /admin/security/accounts",
            "sysadmin, /admin/security/clearance",
            "sysadmin, /admin/security/settings",
            "auditadmin, /admin/accounts",
            "auditadmin, /admin/accounts/missing",
            "auditadmin, /admin/accounts/new",
            "auditadmin, /admin/applications",
            "auditadmin, /admin/security",
            "auditadmin, /admin/security/roles",
            "auditadmin, /admin/security/settings",
            "secadmin, /admin/accounts",
            "secadmin, /admin/accounts/new",
            "secadmin, /admin/accounts/missing",
            "secadmin, /admin/applications",
            "secadmin, /admin/audit",
            "czj.office, /admin/audit",
            "czj.office, /admin/security",
            "czj.office, /admin/security/clearance",
            "czj.d1.clerk1, /admin/accounts",
            "czj.d1.clerk1, /admin/applications",
            "czj.d1.clerk1, /admin/security",
            "czj.d1.clerk1, /admin/audit"})
    void pagesOfAnotherAdministratorAreForbidden(String username, String url) throws Exception {
        mvc.perform(get(url).with(users.as(username))).andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{0} opens {1}")
    @CsvSource({
            "sysadmin, /admin/accounts",
            "sysadmin, /admin/applications",
            "czj.office, /admin/accounts",
            "czj.office, /admin/applications",
            "secadmin, /admin/security",
            "secadmin, /admin/security/roles",
            "secadmin, /admin/security/accounts",
            "secadmin, /admin/security/clearance",
            "secadmin, /admin/security/settings",
            "auditadmin, /admin/audit"})
    void eachAdministratorOpensTheirOwnPages(String username, String url) throws Exception {
        mvc.perform(get(url).with(users.as(username))).andExpect(status().isOk());
    }

    @Test
    void theNavigationShowsEachAdministratorTheirOwnPagesOnly() throws Exception {
        mvc.perform(get("/").with(users.as("sysadmin")))
                .andExpect(content().string(containsString("/admin/accounts")))
                .andExpect(content().string(not(containsString("/admin/audit"))))
                .andExpect(content().string(not(containsString("/admin/security"))));
        mvc.perform(get("/").with(users.as("auditadmin")))
                .andExpect(content().string(containsString("/admin/audit")))
                .andExpect(content().string(not(containsString("/admin/accounts"))))
                .andExpect(content().string(not(containsString("/admin/security"))));
        mvc.perform(get("/").with(users.as("secadmin")))
                .andExpect(content().string(containsString("/admin/security")))
                .andExpect(content().string(not(containsString("/admin/accounts"))))
                .andExpect(content().string(not(containsString("/admin/audit"))));
    }

    @Test
    void theSystemAdministratorCannotCreateRoles() throws Exception {
        String code = TestUsers.unique("R").toUpperCase();
        mvc.perform(post("/admin/security/roles").param("code", code).param("name", "越权" + code)
                        .with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(roles.existsById(code)).isFalse();
    }

    @Test
    void theSystemAdministratorCannotAssignBusinessRoles() throws Exception {
        Account account = fixtures.newAccount("czj");
        mvc.perform(post("/admin/security/accounts/" + account.getId() + "/roles").param("roles", "USER")
                        .with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.reload(account).getRoles()).isEqualTo(account.getRoles());
    }

    @Test
    void theSystemAdministratorCannotSetClearance() throws Exception {
        Person person = fixtures.newPerson("czj");
        mvc.perform(post("/admin/security/clearance/" + person.getId()).param("clearance", "CORE")
                        .with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(organization.person(person.getId()).getClearance()).isEqualTo(Clearance.NONE);
    }

    @Test
    void theSystemAdministratorCannotChangeTheSettings() throws Exception {
        SecuritySettings before = settings.current();
        mvc.perform(post("/admin/security/settings").param("maxFailedLogins", "10").param("lockoutMinutes", "1")
                        .param("idleTimeoutMinutes", "480").param("maxSessionsPerAccount", "10")
                        .param("_requireTotpForAdmins", "on").with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void theSecurityAdministratorCannotCreateAccounts() throws Exception {
        Person person = fixtures.newPerson("czj");
        String username = TestUsers.unique("czj.sec");
        mvc.perform(post("/admin/accounts").param("unitId", person.getUnit().getId().toString())
                        .param("personId", person.getId().toString()).param("username", username)
                        .param("_unitAdmin", "on").with(users.as("secadmin")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.existsByUsername(username)).isFalse();
        assertThat(accounts.existsByPersonId(person.getId())).isFalse();
    }

    @Test
    void theAuditAdministratorCannotResetPasswords() throws Exception {
        Account account = fixtures.newAccount("czj");
        mvc.perform(post("/admin/accounts/" + account.getId() + "/password").with(users.as("auditadmin")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.reload(account).getPasswordHash()).isEqualTo(account.getPasswordHash());
    }

    @Test
    void aUnitAdministratorCannotTouchAnotherUnitsAccount() throws Exception {
        Account czjAccount = fixtures.newAccount("czj");

        mvc.perform(get("/admin/accounts/" + czjAccount.getId()).with(users.as("zjj.office")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + czjAccount.getId() + "/password").with(users.as("zjj.office")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + czjAccount.getId() + "/disable").with(users.as("zjj.office")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").param("unitId", czjAccount.getUnitId().toString())
                        .with(users.as("zjj.office")))
                .andExpect(status().isForbidden());

        Account unchanged = fixtures.reload(czjAccount);
        assertThat(unchanged.getPasswordHash()).isEqualTo(czjAccount.getPasswordHash());
        assertThat(unchanged.isEnabled()).isTrue();
        assertThat(unchanged.getVersion()).isEqualTo(czjAccount.getVersion());
    }

    @Test
    void aUnitAdministratorCannotCreateAnAccountInAnotherUnit() throws Exception {
        Person czjPerson = fixtures.newPerson("czj");
        String username = TestUsers.unique("czj.foreign");
        mvc.perform(post("/admin/accounts").param("unitId", czjPerson.getUnit().getId().toString())
                        .param("personId", czjPerson.getId().toString()).param("username", username)
                        .param("_unitAdmin", "on").with(users.as("zjj.office")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.existsByPersonId(czjPerson.getId())).isFalse();
    }

    @Test
    void aUnitAdministratorCannotManageTheirFellowAdministrators() throws Exception {
        Account czjOffice = fixtures.account("czj.office");
        mvc.perform(post("/admin/accounts/" + czjOffice.getId() + "/password").with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.reload(czjOffice).getPasswordHash()).isEqualTo(czjOffice.getPasswordHash());
    }
}
