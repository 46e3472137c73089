package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.MutableClock;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.TwoFactorService;

/**
 * CSRF on the JSON API, over real HTTP: a browser's session cookie goes with every request a foreign page makes, so
 * only a request that HTTP Basic actually authenticated may go without the CSRF token; and Basic calls, failing or
 * not, never create a session (with one session per account, one used to log the same person's browser out).
 */
@RealServerTest
class CsrfAttackTest {

    private static final String WRONG_PASSWORD = "Wrong#2026";

    @LocalServerPort int port;
    @Autowired PlatformFixtures fixtures;
    @Autowired AccountRepository accounts;
    @Autowired TwoFactorService twoFactor;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "session cookie + Authorization: {0}")
    @ValueSource(strings = {"Bearer x", "Digest username=\"x\"", "Basic !!!", "Basic <own username, wrong password>"})
    void aSessionCookieWithAnAuthorizationHeaderStillNeedsTheCsrfToken(String authorization) throws Exception {
        String administrator = ConsoleLogin.newUnitAdministrator(fixtures);
        HttpVisitor browser = HttpVisitor.browser(port);
        assertThat(browser.login(administrator, PlatformFixtures.PASSWORD)).endsWith("/");
        Long target = fixtures.newAccountWithInitialPassword().accountId();
        String header = authorization.replace("<own username, wrong password>", base64(administrator, WRONG_PASSWORD));

        HttpResponse<String> forged = browser.post("/api/v1/accounts/" + target + "/disable", Map.of(),
                "Authorization", header);

        assertThat(forged.statusCode()).isIn(401, 403);
        assertThat(enabled(target)).isTrue();
        // the same session with its token may: what was refused above is the missing token, not the session
        String token = browser.csrfToken("/account/password");
        assertThat(browser.post("/api/v1/accounts/" + target + "/disable", Map.of("_csrf", token)).statusCode())
                .isEqualTo(200);
        assertThat(enabled(target)).isFalse();
    }

    @Test
    void failingHttpBasicCallsCreateNoSessionAndLeaveThePersonsBrowserLoggedIn() throws Exception {
        ConsoleLogin.TotpAccount account = ConsoleLogin.newAccountWithTotp(fixtures, twoFactor, clock);
        String username = account.username();
        HttpVisitor browser = HttpVisitor.browser(port);
        assertThat(browser.login(username, PlatformFixtures.PASSWORD)).endsWith("/login/totp");
        browser.post("/login/totp",
                Map.of("code", account.currentCode(clock), "_csrf", browser.csrfToken("/login/totp")));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpVisitor script = HttpVisitor.script(port);
        HttpResponse<String> wrongPassword = script.get("/api/v1/units", basic(username, WRONG_PASSWORD));
        // the right password, but Basic cannot give the TOTP code
        HttpResponse<String> secondFactorDue = script.get("/api/v1/units", basic(username, PlatformFixtures.PASSWORD));

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(secondFactorDue.statusCode()).isEqualTo(403);
        assertNoSession(List.of(wrongPassword, secondFactorDue), username, 1);
        assertThat(browser.get("/").statusCode()).as("the browser's session").isEqualTo(200);
    }

    @Test
    void succeedingHttpBasicCallsCreateNoSessionEither() throws Exception {
        String administrator = ConsoleLogin.newUnitAdministrator(fixtures);
        Long target = fixtures.newAccountWithInitialPassword().accountId();
        HttpVisitor script = HttpVisitor.script(port);

        HttpResponse<String> read = script.get("/api/v1/units", basic(administrator, PlatformFixtures.PASSWORD));
        HttpResponse<String> change = script.post("/api/v1/accounts/" + target + "/disable", Map.of(),
                basic(administrator, PlatformFixtures.PASSWORD));

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(change.statusCode()).as("Basic needs no CSRF token").isEqualTo(200);
        assertNoSession(List.of(read, change), administrator, 0);
    }

    private void assertNoSession(List<HttpResponse<String>> calls, String username, int browserSessions) {
        for (HttpResponse<String> call : calls) {
            assertThat(call.headers().allValues("Set-Cookie")).as("cookies set by " + call.uri())
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                username)).as("sessions of " + username).isEqualTo(browserSessions);
    }

    private boolean enabled(Long accountId) {
        return accounts.findById(accountId).orElseThrow().isEnabled();
    }

    private static String[] basic(String username, String password) {
        return new String[] {"Authorization", "Basic " + base64(username, password)};
    }

    private static String base64(String username, String password) {
        return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
