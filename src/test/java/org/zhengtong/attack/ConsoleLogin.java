package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.internal.security.SystemActor;

/** Logins through the real login form, for attacks that need a browser's session or the login page's answers. */
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

    private static MvcResult submit(MockMvc mvc, String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andReturn();
    }
}
