package org.zhengtong.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.platform.api.ApiFixtures.basic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountForm;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.org.Position;

@IntegrationTest
class AccountApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiFixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Test
    void aUnitAdministratorListsOnlyTheirOwnUnitsAccounts() throws Exception {
        Long czj = fixtures.unitId("czj");
        mvc.perform(get("/api/v1/accounts").with(basic("czj.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("czj.d1.clerk1")))
                .andExpect(jsonPath("$[*].username", not(hasItem("zjj.d1.clerk1"))))
                .andExpect(jsonPath("$[*].username", not(hasItem("sysadmin"))))
                .andExpect(jsonPath("$[*].unitName").value(everyItem(is("市财政局"))))
                .andExpect(jsonPath("$[*].passwordHash").doesNotExist())
                .andExpect(jsonPath("$[*].totpSecret").doesNotExist());
        mvc.perform(get("/api/v1/accounts").param("unitId", czj.toString()).with(basic("czj.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'czj.office')].roles[*]").value(hasItem("UNIT_ADMIN")));
        mvc.perform(get("/api/v1/accounts").param("unitId", fixtures.unitId("zjj").toString()).with(basic("czj.office")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSystemAdministratorListsEveryUnitsAccounts() throws Exception {
        mvc.perform(get("/api/v1/accounts").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("czj.d1.clerk1")))
                .andExpect(jsonPath("$[*].username", hasItem("zjj.d1.clerk1")))
                .andExpect(jsonPath("$[*].username", hasItem("secadmin")));
        mvc.perform(get("/api/v1/accounts").param("unitId", fixtures.unitId("zjj").toString()).with(users.as("sysadmin")))
                .andExpect(jsonPath("$[*].username", hasItem("zjj.office")))
                .andExpect(jsonPath("$[*].username", not(hasItem("czj.office"))));
        mvc.perform(get("/api/v1/accounts").param("unitId", "987654321").with(users.as("sysadmin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void ordinaryUsersAndTheOtherAdministratorsReadNoAccounts() throws Exception {
        Account own = accounts.findByUsername("czj.d1.clerk1").orElseThrow();
        mvc.perform(get("/api/v1/accounts").with(basic("czj.d1.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts/{id}", own.getId()).with(basic("czj.d1.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts").with(users.as("auditadmin"))).andExpect(status().isForbidden());
    }

    @Test
    void aUnitAdministratorCannotReadOrChangeAnotherUnitsAccounts() throws Exception {
        Account other = accounts.findByUsername("zjj.d1.clerk1").orElseThrow();
        mvc.perform(get("/api/v1/accounts/{id}", other.getId()).with(basic("czj.office")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您没有权限执行此操作或查看此内容。"));
        mvc.perform(post("/api/v1/accounts/{id}/password-reset", other.getId()).with(basic("czj.office")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.initialPassword").doesNotExist());
        mvc.perform(post("/api/v1/accounts/{id}/disable", other.getId()).with(basic("czj.office")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/{id}/unlock", other.getId()).with(basic("czj.office")))
                .andExpect(status().isForbidden());

        Account unchanged = accounts.findById(other.getId()).orElseThrow();
        assertThat(unchanged.getPasswordHash()).isEqualTo(other.getPasswordHash());
        assertThat(unchanged.isMustChangePassword()).isFalse();
        assertThat(unchanged.isEnabled()).isTrue();
        mvc.perform(get("/api/v1/units").with(basic("zjj.d1.clerk1"))).andExpect(status().isOk());

        Long zjjPerson = createPerson("zjj.office", "zjj");
        openAccount(new AccountForm(TestUsers.unique("zjj.t"), zjjPerson, false), "czj.office")
                .andExpect(status().isForbidden());
        assertThat(accounts.existsByPersonId(zjjPerson)).isFalse();
    }

    @Test
    void theUnitAdministratorOpensAnAccountAndTheInitialPasswordIsShownOnce() throws Exception {
        Long person = createPerson("czj.office", "czj");
        String username = TestUsers.unique("czj.t");
        MvcResult created = openAccount(new AccountForm(username, person, false), "czj.office")
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.username").value(username))
                .andReturn();
        Long id = ApiFixtures.read(created, "$.accountId");
        String initialPassword = ApiFixtures.readString(created, "$.initialPassword");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/accounts/" + id);
        assertThat(initialPassword).isNotBlank();

        mvc.perform(get("/api/v1/accounts/{id}", id).with(basic("czj.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.personId").value(person))
                .andExpect(jsonPath("$.unitName").value("市财政局"))
                .andExpect(jsonPath("$.roles[*]").value(hasItem("USER")))
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andExpect(jsonPath("$.locked").value(false))
                .andExpect(jsonPath("$.initialPassword").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.totpSecret").doesNotExist());

        // the password is real: HTTP Basic accepts it but refuses work until it has been changed in the console
        mvc.perform(get("/api/v1/units").with(httpBasic(username, initialPassword))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/units").with(httpBasic(username, initialPassword + "x"))).andExpect(status().isUnauthorized());

        MvcResult reset = mvc.perform(post("/api/v1/accounts/{id}/password-reset", id).with(basic("czj.office")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn();
        String newPassword = ApiFixtures.readString(reset, "$.initialPassword");
        assertThat(newPassword).isNotBlank().isNotEqualTo(initialPassword);
        mvc.perform(get("/api/v1/units").with(httpBasic(username, initialPassword))).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/accounts/{id}/unlock", id).with(basic("czj.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failedAttempts").value(0))
                .andExpect(jsonPath("$.locked").value(false));
        mvc.perform(post("/api/v1/accounts/{id}/disable", id).with(basic("czj.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/accounts").with(basic("czj.office")))
                .andExpect(jsonPath("$[?(@.username == '" + username + "')].enabled").value(hasItem(false)));
        mvc.perform(post("/api/v1/accounts/{id}/enable", id).with(basic("czj.office")))
                .andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void onlyTheSystemAdministratorOpensUnitAdministratorAccounts() throws Exception {
        Long person = createPerson("czj.office", "czj");
        openAccount(new AccountForm(TestUsers.unique("czj.admin"), person, true), "czj.office")
                .andExpect(status().isForbidden());
        assertThat(accounts.existsByPersonId(person)).isFalse();

        String username = TestUsers.unique("czj.admin");
        mvc.perform(post("/api/v1/accounts").with(users.as("sysadmin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(fixtures.json(new AccountForm(username, person, true))))
                .andExpect(status().isCreated());
        assertThat(accounts.findByUsername(username).orElseThrow().getRoles()).contains("UNIT_ADMIN");
    }

    @Test
    void duplicatesAreConflictsAndNobodyDisablesThemself() throws Exception {
        Long person = createPerson("czj.office", "czj");
        openAccount(new AccountForm("czj.d1.clerk1", person, false), "czj.office")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("用户名“czj.d1.clerk1”已被使用。"));
        Long clerk = accounts.findByUsername("czj.d1.clerk1").orElseThrow().getPersonId();
        openAccount(new AccountForm(TestUsers.unique("czj.t"), clerk, false), "czj.office")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已有账号")));

        Account self = accounts.findByUsername("sysadmin").orElseThrow();
        mvc.perform(post("/api/v1/accounts/{id}/disable", self.getId()).with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.findById(self.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void administratorAccountsAreTheSystemAdministratorsEvenTheUnitAdministratorsOwn() throws Exception {
        Account own = accounts.findByUsername("czj.office").orElseThrow();
        mvc.perform(get("/api/v1/accounts/{id}", own.getId()).with(basic("czj.office")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/{id}/disable", own.getId()).with(basic("czj.office")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/{id}/password-reset", own.getId()).with(basic("czj.office")))
                .andExpect(status().isForbidden());
        assertThat(accounts.findById(own.getId()).orElseThrow().getPasswordHash()).isEqualTo(own.getPasswordHash());
        mvc.perform(get("/api/v1/accounts/{id}", own.getId()).with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[*]").value(hasItem("UNIT_ADMIN")));
    }

    @Test
    void unknownIdsAre404() throws Exception {
        mvc.perform(get("/api/v1/accounts/{id}", 987_654_321L).with(basic("czj.office")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的账号。"));
        mvc.perform(post("/api/v1/accounts/{id}/password-reset", 987_654_321L).with(basic("czj.office")))
                .andExpect(status().isNotFound());
        openAccount(new AccountForm(TestUsers.unique("czj.t"), 987_654_321L, false), "czj.office")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的人员。"));
    }

    @Test
    void emptyAndMalformedFieldsAre400WithChineseMessages() throws Exception {
        openAccount(new AccountForm("", null, false), "czj.office")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("username: 请填写用户名。")))
                .andExpect(jsonPath("$.detail").value(containsString("personId: 此项为必填项。")));
        Long person = createPerson("czj.office", "czj");
        openAccount(new AccountForm("9号用户", person, false), "czj.office")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("username: 用户名以字母开头，只能包含字母、数字、下划线和点，3至40位。"));
        openAccount(new AccountForm("a".repeat(41), person, false), "czj.office")
                .andExpect(status().isBadRequest());
        assertThat(accounts.existsByPersonId(person)).isFalse();
    }

    private Long createPerson(String unitAdministrator, String unitCode) throws Exception {
        PersonForm form = new PersonForm(fixtures.unitId(unitCode), null, TestUsers.unique("待开户"), Position.CLERK,
                null, null, 99);
        return ApiFixtures.read(mvc.perform(post("/api/v1/people").with(basic(unitAdministrator))
                        .contentType(MediaType.APPLICATION_JSON).content(fixtures.json(form)))
                .andExpect(status().isCreated())
                .andReturn(), "$.id");
    }

    private ResultActions openAccount(AccountForm form, String username) throws Exception {
        return mvc.perform(post("/api/v1/accounts").with(basic(username)).contentType(MediaType.APPLICATION_JSON).content(fixtures.json(form)));
    }
}
