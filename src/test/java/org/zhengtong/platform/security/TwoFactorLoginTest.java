package org.zhengtong.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.platform.security.LoginSecurityTest.sessionCookie;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.commons.codec.binary.Base32;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.account.TwoFactorService;
import org.zhengtong.platform.internal.security.SecuritySettings;
import org.zhengtong.platform.internal.security.SettingsService;
import org.zhengtong.platform.internal.security.SystemActor;
import org.zhengtong.platform.internal.security.Totp;

@IntegrationTest
class TwoFactorLoginTest {

    @Autowired MockMvc mvc;
    @Autowired PlatformFixtures fixtures;
    @Autowired TwoFactorService twoFactor;
    @Autowired SettingsService settings;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEnrolledUserNeedsTheCodeAndACodeWorksOnlyOnce() throws Exception {
        String username = fixtures.newActiveAccount();
        String secret = twoFactor.beginEnrolment(username);
        twoFactor.confirmEnrolment(username, Totp.code(secret, Totp.stepAt(clock.instant())));
        clock.advance(Duration.ofSeconds(90));

        Cookie session = sessionCookie(mvc.perform(post("/login").with(csrf())
                .param("username", username).param("password", PlatformFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login/totp")).andReturn());
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(get("/api/v1/units").cookie(session)).andExpect(status().isForbidden());

        mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("验证码错误")));
        String code = Totp.code(secret, Totp.stepAt(clock.instant()));
        mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", code)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        // the same code cannot open a second session
        Cookie replay = sessionCookie(mvc.perform(post("/login").with(csrf())
                .param("username", username).param("password", PlatformFixtures.PASSWORD)).andReturn());
        mvc.perform(post("/login/totp").cookie(replay).with(csrf()).param("code", code))
                .andExpect(content().string(Matchers.containsString("验证码错误")));
    }

    @Test
    void httpBasicIsRefusedForAccountsWithTwoFactor() throws Exception {
        String username = fixtures.newActiveAccount();
        String secret = twoFactor.beginEnrolment(username);
        twoFactor.confirmEnrolment(username, Totp.code(secret, Totp.stepAt(clock.instant())));
        mvc.perform(get("/api/v1/units").with(
httpBasic(username, PlatformFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorsMustEnrolWhenTheSettingRequiresIt() throws Exception {
        SecuritySettings before = settings.current();
        asSecurityAdmin(new SecuritySettings(before.maxFailedLogins(), before.lockoutMinutes(),
                before.idleTimeoutMinutes(), before.maxSessionsPerAccount(), true));
        try {
            String username = fixtures.newActiveAccount();
            SystemActor.call(() -> {
                fixtures.grantUnitAdmin(username);
                return null;
            });
            Cookie session = sessionCookie(mvc.perform(post("/login").with(csrf())
                    .param("username", username).param("password", PlatformFixtures.PASSWORD))
                    .andExpect(redirectedUrl("/account/totp")).andReturn());
            mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/totp"));
            mvc.perform(get("/account/totp").cookie(session)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("totp-secret")));
        } finally {
            asSecurityAdmin(before);
        }
    }

    @Test
    void totpCodesFollowRfc6238() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits: 287082
        String secret = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.code(secret, 59 / 30)).isEqualTo("287082");
    }

    private void asSecurityAdmin(SecuritySettings value) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("secadmin", null, "SETTINGS_MANAGE"));
        try {
            settings.update(value);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
