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

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.Roles;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.org.Person;

/** /admin/accounts: the list in the data scope, creating accounts, the one-time password, the account actions. */
@IntegrationTest
class AccountAdminPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AdminFixtures fixtures;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired Clock clock;

    @Test
    void theSystemAdministratorFiltersAccountsByUnitAndUsername() throws Exception {
        mvc.perform(get("/admin/accounts").param("unitId", fixtures.unitId("czj").toString()).param("username", "D1.CLERK")
                        .with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("czj.d1.clerk1")))
                .andExpect(content().string(containsString("市财政局")))
                .andExpect(content().string(not(containsString("czj.office"))))
                .andExpect(content().string(not(containsString("zjj.d1.clerk1"))));
    }

    @Test
    void aUnitAdministratorSeesTheirOwnUnitOnly() throws Exception {
        mvc.perform(get("/admin/accounts").with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("czj.d1.clerk1")))
                .andExpect(content().string(not(containsString("zjj.d1.clerk1"))))
                .andExpect(content().string(containsString("table-responsive")));
    }

    @Test
    void theListShowsRolesEnabledLockedAndLastLogin() throws Exception {
        Account account = fixtures.newAccount("czj");
        account.setLockedUntil(clock.instant().plus(1, ChronoUnit.HOURS));
        account.setLastLoginAt(Instant.parse("2026-03-04T05:06:07Z"));
        accounts.save(account);

        String page = mvc.perform(get("/admin/accounts").param("username", account.getUsername())
                        .with(users.as("sysadmin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var row = Jsoup.parse(page).select("#accounts tbody tr").first();
        assertThat(row.text()).contains(account.getUsername(), "普通用户", "市财政局", "2026-03-04");
        assertThat(row.select("td").get(4).text()).isEqualTo("是");
        assertThat(row.select("td").get(5).text()).isEqualTo("是");
    }

    @Test
    void theMissingAccountsReportShowsTheDemoCitysGaps() throws Exception {
        mvc.perform(get("/admin/accounts/missing").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("市审计局")))
                .andExpect(content().string(containsString("机要秘书")))
                .andExpect(content().string(containsString("苏仙区政府办公室")))
                .andExpect(content().string(containsString("信息科")));
        mvc.perform(get("/admin/accounts/missing").with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("市审计局"))));
    }

    @Test
    void theCreateFormOffersOnlyPeopleWithoutAccount() throws Exception {
        Person without = fixtures.newPerson("czj");
        Account with = fixtures.newAccount("czj");
        mvc.perform(get("/admin/accounts/new").param("unitId", fixtures.unitId("czj").toString())
                        .with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(without.getName())))
                .andExpect(content().string(not(containsString("value=\"" + with.getPersonId() + "\""))))
                .andExpect(content().string(containsString("unitAdmin")));
        mvc.perform(get("/admin/accounts/new").with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(without.getName())))
                .andExpect(content().string(not(containsString("name=\"unitAdmin\""))));
    }

    @Test
    void creatingAnAccountShowsItsInitialPasswordOnce() throws Exception {
        Person person = fixtures.newPerson("czj");
        String username = TestUsers.unique("czj.new");

        String page = create("czj.office", person, username, false)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String password = Jsoup.parse(page).getElementById("issued-password").text();
        Account account = fixtures.account(username);
        assertThat(passwordEncoder.matches(password, account.getPasswordHash())).isTrue();
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(account.getPersonId()).isEqualTo(person.getId());
        assertThat(account.getRoles()).containsExactly(Roles.USER);
        mvc.perform(get("/admin/accounts/" + account.getId()).with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(not(containsString(password))));
    }

    @Test
    void theSystemAdministratorMayCreateAUnitAdministrator() throws Exception {
        Person person = fixtures.newPerson("zjj");
        String username = TestUsers.unique("zjj.admin");
        create("sysadmin", person, username, true).andExpect(status().isOk());
        assertThat(fixtures.account(username).getRoles()).contains(Roles.UNIT_ADMIN);
    }

    @Test
    void aUnitAdministratorMayNotCreateAUnitAdministrator() throws Exception {
        Person person = fixtures.newPerson("czj");
        create("czj.office", person, TestUsers.unique("czj.boss"), true).andExpect(status().isForbidden());
        assertThat(accounts.existsByPersonId(person.getId())).isFalse();
    }

    @ParameterizedTest(name = "username \"{0}\" is refused: {1}")
    @CsvSource({
            "'', 请填写用户名",
            "1abc, 用户名以字母开头",
            "ab, 用户名以字母开头",
            "has space, 用户名以字母开头",
            "a12345678901234567890123456789012345678901, 用户名以字母开头"})
    void invalidUsernamesAreRefusedWithTheFormShownAgain(String username, String message) throws Exception {
        Person person = fixtures.newPerson("czj");
        create("czj.office", person, username, false)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"account-form\"")));
        assertThat(accounts.existsByPersonId(person.getId())).isFalse();
    }

    @Test
    void aTakenUsernameIsRefusedWith409() throws Exception {
        Person person = fixtures.newPerson("czj");
        create("czj.office", person, "czj.d1.clerk1", false)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("用户名“czj.d1.clerk1”已被使用")));
        assertThat(accounts.existsByPersonId(person.getId())).isFalse();
    }

    @Test
    void aPersonMustBeChosen() throws Exception {
        String username = TestUsers.unique("czj.nobody");
        mvc.perform(post("/admin/accounts").param("unitId", fixtures.unitId("czj").toString())
                        .param("username", username).param("_unitAdmin", "on")
                        .with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("此项为必填项")));
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    void aPersonWhoHasAnAccountGetsNoSecond() throws Exception {
        Account existing = fixtures.newAccount("czj");
        String username = TestUsers.unique("czj.second");
        mvc.perform(post("/admin/accounts").param("unitId", fixtures.unitId("czj").toString())
                        .param("personId", existing.getPersonId().toString()).param("username", username)
                        .param("_unitAdmin", "on").with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已有账号")));
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    void resettingAPasswordShowsTheNewOneOnce() throws Exception {
        Account account = fixtures.newAccount("czj");
        String page = mvc.perform(post("/admin/accounts/" + account.getId() + "/password")
                        .with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码已重置")))
                .andReturn().getResponse().getContentAsString();
        String password = Jsoup.parse(page).getElementById("issued-password").text();
        Account reset = fixtures.reload(account);
        assertThat(passwordEncoder.matches(password, reset.getPasswordHash())).isTrue();
        assertThat(reset.getPasswordHash()).isNotEqualTo(account.getPasswordHash());
        assertThat(reset.isMustChangePassword()).isTrue();
    }

    @Test
    void disablingAndEnablingRedirectWithAMessage() throws Exception {
        Account account = fixtures.newAccount("czj");
        mvc.perform(post("/admin/accounts/" + account.getId() + "/disable").with(users.as("czj.office")).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + account.getId()))
                .andExpect(flash().attribute("flashMessage", "账号已停用。"));
        assertThat(fixtures.reload(account).isEnabled()).isFalse();

        mvc.perform(post("/admin/accounts/" + account.getId() + "/enable").with(users.as("czj.office")).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + account.getId()))
                .andExpect(flash().attribute("flashMessage", "账号已启用。"));
        assertThat(fixtures.reload(account).isEnabled()).isTrue();
    }

    @Test
    void nobodyDisablesTheirOwnAccount() throws Exception {
        Account sysadmin = fixtures.account("sysadmin");
        mvc.perform(post("/admin/accounts/" + sysadmin.getId() + "/disable").with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.reload(sysadmin).isEnabled()).isTrue();
    }

    @Test
    void unlockingClearsTheLockout() throws Exception {
        Account account = fixtures.newAccount("czj");
        account.setLockedUntil(clock.instant().plus(1, ChronoUnit.HOURS));
        account.setFailedAttempts(3);
        accounts.save(account);
        mvc.perform(get("/admin/accounts/" + account.getId()).with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unlock\"")));

        mvc.perform(post("/admin/accounts/" + account.getId() + "/unlock").with(users.as("czj.office")).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + account.getId()));
        Account unlocked = fixtures.reload(account);
        assertThat(unlocked.getLockedUntil()).isNull();
        assertThat(unlocked.getFailedAttempts()).isZero();
    }

    @Test
    void theSystemAdministratorGrantsAndRevokesUnitAdministration() throws Exception {
        Account account = fixtures.newAccount("zjj");
        mvc.perform(post("/admin/accounts/" + account.getId() + "/grant-unit-admin")
                        .with(users.as("sysadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + account.getId()));
        assertThat(fixtures.reload(account).getRoles()).contains(Roles.UNIT_ADMIN);

        mvc.perform(post("/admin/accounts/" + account.getId() + "/revoke-unit-admin")
                        .with(users.as("sysadmin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + account.getId()));
        assertThat(fixtures.reload(account).getRoles()).doesNotContain(Roles.UNIT_ADMIN);
    }

    @Test
    void aUnitAdministratorCannotGrantUnitAdministration() throws Exception {
        Account account = fixtures.newAccount("czj");
        mvc.perform(post("/admin/accounts/" + account.getId() + "/grant-unit-admin")
                        .with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.reload(account).getRoles()).doesNotContain(Roles.UNIT_ADMIN);
        mvc.perform(get("/admin/accounts/" + account.getId()).with(users.as("czj.office")))
                .andExpect(content().string(not(containsString("grant-unit-admin"))));
    }

    @Test
    void thePagesSpeakEnglishOnRequest() throws Exception {
        mvc.perform(get("/admin/accounts").param("lang", "en").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Last login")))
                .andExpect(content().string(containsString("All units")));
    }

    @Test
    void aFormWithoutTheUnitAdministratorFieldIsRefused() throws Exception {
        Person person = fixtures.newPerson("czj");
        String username = TestUsers.unique("czj.plain");
        mvc.perform(post("/admin/accounts").param("unitId", person.getUnit().getId().toString())
                        .param("personId", person.getId().toString()).param("username", username)
                        .with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("格式不正确")));
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    /** Posts the form as the browser does: a ticked checkbox sends its value, the field marker says it was there. */
    private ResultActions create(String as, Person person, String username, boolean unitAdmin) throws Exception {
        var request = post("/admin/accounts")
                .param("unitId", person.getUnit().getId().toString())
                .param("personId", person.getId().toString())
                .param("username", username)
                .param("_unitAdmin", "on");
        if (unitAdmin) {
            request.param("unitAdmin", "true");
        }
        return mvc.perform(request.with(users.as(as)).with(csrf()));
    }
}
