package org.zhengtong.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.IssuedPassword;

/** Login, lockout, forced password change, idle timeout and one session per account, through the real filters. */
@IntegrationTest
class LoginSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired PlatformFixtures fixtures;
    @Autowired AccountRepository accounts;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        String username = fixtures.newActiveAccount();
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(username, "Wrong#2026").andExpect(redirectedUrl("/login?error"));
        }
        login(username, PlatformFixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));
        assertThat(accounts.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();

        clock.advance(Duration.ofMinutes(14));
        login(username, PlatformFixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMinutes(2));
        login(username, PlatformFixtures.PASSWORD).andExpect(redirectedUrl("/"));

        Integer failures = jdbc.queryForObject(
                "select count(*) from audit_record where actor = ? and action = 'LOGIN_FAILURE'", Integer.class, username);
        Integer locks = jdbc.queryForObject(
                "select count(*) from audit_record where actor = ? and action = 'ACCOUNT_LOCKED'", Integer.class, username);
        assertThat(failures).isGreaterThanOrEqualTo(6);
        assertThat(locks).isEqualTo(1);
    }

    @Test
    void successfulLoginResetsTheFailureCount() throws Exception {
        String username = fixtures.newActiveAccount();
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(username, "Wrong#2026");
        }
        login(username, PlatformFixtures.PASSWORD).andExpect(redirectedUrl("/"));
        login(username, "Wrong#2026").andExpect(redirectedUrl("/login?error"));
        login(username, PlatformFixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void initialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        IssuedPassword issued = fixtures.newAccountWithInitialPassword();
        MvcResult result = login(issued.username(), issued.initialPassword())
                .andExpect(redirectedUrl("/account/password")).andReturn();
        Cookie session = sessionCookie(result);

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请先设置新密码")));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", issued.initialPassword())
                        .param("newPassword", "alllowercase").param("confirmation", "alllowercase"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("至少三类")));
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", issued.initialPassword())
                        .param("newPassword", "Changed#2026").param("confirmation", "Changed#2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        assertThat(accounts.findByUsername(issued.username()).orElseThrow().isMustChangePassword()).isFalse();
    }

    @Test
    void idleSessionTimesOutAfterTheConfiguredMinutes() throws Exception {
        String username = fixtures.newActiveAccount();
        Cookie session = sessionCookie(login(username, PlatformFixtures.PASSWORD).andReturn());

        Integer maxInactive = jdbc.queryForObject(
                "select max_inactive_interval from spring_session where principal_name = ?", Integer.class, username);
        assertThat(maxInactive).isEqualTo(30 * 60);

        // what 30 idle minutes leave behind: the stored session has expired
        jdbc.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
                + "where principal_name = ?", 31 * 60_000L, 31 * 60_000L, username);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?timeout"));
    }

    @Test
    void aSecondLoginEndsTheFirstSession() throws Exception {
        String username = fixtures.newActiveAccount();
        Cookie first = sessionCookie(login(username, PlatformFixtures.PASSWORD).andReturn());
        mvc.perform(get("/").cookie(first)).andExpect(status().isOk());

        Cookie second = sessionCookie(login(username, PlatformFixtures.PASSWORD).andReturn());
        mvc.perform(get("/").cookie(second)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(first)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void logoutIsAudited() throws Exception {
        String username = fixtures.newActiveAccount();
        Cookie session = sessionCookie(login(username, PlatformFixtures.PASSWORD).andReturn());
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
        Integer logouts = jdbc.queryForObject(
                "select count(*) from audit_record where actor = ? and action = 'LOGOUT'", Integer.class, username);
        assertThat(logouts).isEqualTo(1);
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        String username = fixtures.newActiveAccount();
        Cookie session = sessionCookie(login(username, PlatformFixtures.PASSWORD).andReturn());
        // the form page puts the real token in the session; a forged request carries another
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/account/password").cookie(session).param("_csrf", "forged-token")
                        .param("currentPassword", PlatformFixtures.PASSWORD)
                        .param("newPassword", "Changed#2026").param("confirmation", "Changed#2026"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    /** The idle timeout's mark is added at login; the page and its reminder stream then share the session. */
    @Test
    void aLoggedInPageAndItsReminderStreamShareTheSession() throws Exception {
        String username = fixtures.newActiveAccount();
        Cookie session = sessionCookie(login(username, PlatformFixtures.PASSWORD).andReturn());
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/notifications/stream").cookie(session))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted());
        mvc.perform(get("/notifications/badge").cookie(session)).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password));
    }

    static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }
}
