package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.TwoFactorService;

/**
 * Guessing the secrets that follow the password: TOTP codes (the right one used to be accepted after 30 wrong ones)
 * and the current password on /account/password (a session in other hands could guess it without limit). Both count
 * toward the same lockout as wrong passwords at login (5 by default).
 */
@IntegrationTest
class AttemptLimitAttackTest {

    private static final String WRONG_PASSWORD = "Wrong#2026";

    @Autowired MockMvc mvc;
    @Autowired PlatformFixtures fixtures;
    @Autowired TwoFactorService twoFactor;
    @Autowired AccountRepository accounts;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void wrongTotpCodesLockTheAccountEvenAcrossLogins() throws Exception {
        ConsoleLogin.TotpAccount account = ConsoleLogin.newAccountWithTotp(fixtures, twoFactor, clock);
        String username = account.username();
        String rightCode = account.currentCode(clock);
        String wrongCode = rightCode.equals("000000") ? "111111" : "000000";

        Cookie first = passwordStep(username);
        for (int attempt = 1; attempt <= 3; attempt++) {
            totp(first, wrongCode).andExpect(status().isOk()).andExpect(content().string(containsString("验证码错误")));
        }
        // logging in again with the password does not clear the count: the second factor is still unproven
        Cookie second = passwordStep(username);
        totp(second, wrongCode).andExpect(status().isOk());
        totp(second, wrongCode).andExpect(redirectedUrl("/login?locked"));

        mvc.perform(get("/").cookie(second)).andExpect(status().is3xxRedirection());
        assertThat(ConsoleLogin.answer(mvc, username, PlatformFixtures.PASSWORD)).isEqualTo("/login?locked");
        assertThatThrownBy(() -> twoFactor.verifyLogin(username, rightCode, null))
                .as("the right code after the lock").isInstanceOf(LockedException.class);
    }

    @Test
    void guessingTheCurrentPasswordInAStolenSessionLocksTheAccount() throws Exception {
        String username = fixtures.newActiveAccount();
        String passwordHash = accounts.findByUsername(username).orElseThrow().getPasswordHash();
        Cookie stolen = ConsoleLogin.session(mvc, username, PlatformFixtures.PASSWORD);

        for (int attempt = 1; attempt <= 4; attempt++) {
            changePassword(stolen, WRONG_PASSWORD).andExpect(status().isOk())
                    .andExpect(content().string(containsString("当前密码不正确")));
        }
        changePassword(stolen, WRONG_PASSWORD).andExpect(redirectedUrl("/login?locked"));

        assertThat(accounts.findByUsername(username).orElseThrow().isLockedAt(clock.instant())).isTrue();
        mvc.perform(get("/").cookie(stolen)).andExpect(status().is3xxRedirection());
        assertThat(ConsoleLogin.answer(mvc, username, PlatformFixtures.PASSWORD)).isEqualTo("/login?locked");
        assertThat(accounts.findByUsername(username).orElseThrow().getPasswordHash()).isEqualTo(passwordHash);
    }

    private Cookie passwordStep(String username) throws Exception {
        Cookie session = ConsoleLogin.session(mvc, username, PlatformFixtures.PASSWORD);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login/totp"));
        return session;
    }

    private ResultActions totp(Cookie session, String code) throws Exception {
        return mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", code));
    }

    private ResultActions changePassword(Cookie session, String currentPassword) throws Exception {
        return mvc.perform(post("/account/password").cookie(session).with(csrf())
                .param("currentPassword", currentPassword)
                .param("newPassword", "Changed#2026").param("confirmation", "Changed#2026"));
    }
}
