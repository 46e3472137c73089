package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.MutableClock;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.account.TwoFactorService;
import org.zhengtong.platform.internal.security.SystemActor;
import org.zhengtong.platform.internal.security.Totp;

/**
 * Logins through the real login form, for attacks that need a browser's session or the login page's answers, and
 * the fresh accounts they log into.
 */
final class ConsoleLogin {

    private ConsoleLogin() {
    }

    /** Where the login form sends the browser after this username and password. */
    static String answer(MockMvc mvc, String username, String password) throws Exception {
        return submit(mvc, username, password).getResponse().getRedirectedUrl();
    }

    /** The session cookie of a successful login. */
    static Cookie session(MockMvc mvc, String username, String password) throws Exception {
        Cookie cookie = submit(mvc, username, password).getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie of " + username).isNotNull();
        return cookie;
    }

    /** A new unit administrator of 市财政局 whose password is {@link PlatformFixtures#PASSWORD}. */
    static String newUnitAdministrator(PlatformFixtures fixtures) {
        String username = fixtures.newActiveAccount();
        SystemActor.call(() -> {
            fixtures.grantUnitAdmin(username);
            return null;
        });
        return username;
    }

    /**
     * A new account of 市财政局 (password {@link PlatformFixtures#PASSWORD}) with TOTP enrolled; the clock has moved
     * on past the enrolment's code, so {@link TotpAccount#currentCode} is one the account has not used.
     */
    static TotpAccount newAccountWithTotp(PlatformFixtures fixtures, TwoFactorService twoFactor, MutableClock clock) {
        String username = fixtures.newActiveAccount();
        String secret = twoFactor.beginEnrolment(username);
        twoFactor.confirmEnrolment(username, Totp.code(secret, Totp.stepAt(clock.instant())));
        clock.advance(Duration.ofSeconds(90));
        return new TotpAccount(username, secret);
    }

    record TotpAccount(String username, String secret) {

        String currentCode(Clock clock) {
            return Totp.code(secret, Totp.stepAt(clock.instant()));
        }
    }

    private static MvcResult submit(MockMvc mvc, String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andReturn();
    }
}
