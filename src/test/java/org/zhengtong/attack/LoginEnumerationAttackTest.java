package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.security.SystemActor;

/**
 * User enumeration at the login: to someone who has not given the right password, an unknown, a locked and a
 * disabled account must look the same (the login page used to answer ?locked and ?disabled to wrong passwords).
 */
@IntegrationTest
class LoginEnumerationAttackTest {

    private static final String WRONG_PASSWORD = "Wrong#2026";

    @Autowired MockMvc mvc;
    @Autowired PlatformFixtures fixtures;
    @Autowired AccountRepository accounts;
    @Autowired AccountService accountService;

    @Test
    void unknownLockedAndDisabledAccountsAnswerAWrongPasswordAlike() throws Exception {
        String locked = lockedAccount();
        String disabled = disabledAccount();
        String unknown = TestUsers.unique("nobody");

        Map<String, String> loginAnswers = new LinkedHashMap<>();
        Map<String, String> apiAnswers = new LinkedHashMap<>();
        for (String username : new String[] {unknown, locked, disabled}) {
            loginAnswers.put(username, ConsoleLogin.answer(mvc, username, WRONG_PASSWORD));
            MvcResult api = mvc.perform(get("/api/v1/units").with(httpBasic(username, WRONG_PASSWORD))).andReturn();
            apiAnswers.put(username, api.getResponse().getStatus() + " " + api.getResponse().getContentAsString()
                    .replace(username, "<username>"));
        }

        assertThat(loginAnswers).containsValues("/login?error").doesNotContainValue("/login?locked")
                .doesNotContainValue("/login?disabled");
        assertThat(loginAnswers.values()).containsOnly("/login?error");
        assertThat(apiAnswers.values()).as("API answers").hasSize(3).containsOnly(apiAnswers.get(unknown));
    }

    @Test
    void onlyTheRightPasswordLearnsThatTheAccountIsLockedOrDisabled() throws Exception {
        assertThat(ConsoleLogin.answer(mvc, lockedAccount(), PlatformFixtures.PASSWORD)).isEqualTo("/login?locked");
        assertThat(ConsoleLogin.answer(mvc, disabledAccount(), PlatformFixtures.PASSWORD)).isEqualTo("/login?disabled");
    }

    /** Five wrong passwords: locked; every answer on the way is the same as for an unknown account. */
    private String lockedAccount() throws Exception {
        String username = fixtures.newActiveAccount();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(ConsoleLogin.answer(mvc, username, WRONG_PASSWORD)).isEqualTo("/login?error");
        }
        assertThat(accounts.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();
        return username;
    }

    private String disabledAccount() {
        String username = fixtures.newActiveAccount();
        SystemActor.call(() -> {
            accountService.setEnabled(accounts.findByUsername(username).orElseThrow().getId(), false);
            return null;
        });
        return username;
    }
}
