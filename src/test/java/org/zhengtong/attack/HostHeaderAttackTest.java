package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhengtong.platform.PlatformFixtures;

/**
 * Redirects must not follow the {@code Host} header: with {@code Host: evil.example} the login redirect used to send
 * the browser to {@code http://evil.example/login}. Real HTTP on a real port, since Tomcat builds the header.
 */
@RealServerTest
class HostHeaderAttackTest {

    private static final String FOREIGN_HOST = "evil.example";
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location: *(\\S*)");

    @LocalServerPort int port;
    @Autowired PlatformFixtures fixtures;

    @Test
    void everyRedirectStaysOnTheServerWhateverHostTheRequestNames() throws Exception {
        String username = fixtures.newActiveAccount();
        HttpVisitor browser = HttpVisitor.browser(port);
        Map<String, String> redirects = new LinkedHashMap<>();

        redirects.put("/ before login → login page", location(browser.rawHead("GET", "/", FOREIGN_HOST, null)));
        String loginToken = browser.csrfToken("/login");
        redirects.put("wrong password → login page", location(browser.rawHead("POST", "/login", FOREIGN_HOST,
                form("username", username, "password", "Wrong#2026", "_csrf", loginToken))));
        redirects.put("right password → home", location(browser.rawHead("POST", "/login", FOREIGN_HOST,
                form("username", username, "password", PlatformFixtures.PASSWORD, "_csrf", loginToken))));

        // logged in (in a browser of its own: the login above renewed a session this one does not know of)
        HttpVisitor member = HttpVisitor.browser(port);
        member.login(username, PlatformFixtures.PASSWORD);
        redirects.put("a controller's redirect (wrong TOTP enrolment code)", location(member.rawHead("POST",
                "/account/totp", FOREIGN_HOST, form("code", "000000", "_csrf", member.csrfToken("/account/totp")))));
        redirects.put("logout → login page", location(member.rawHead("POST", "/logout", FOREIGN_HOST,
                form("_csrf", member.csrfToken("/account/password")))));

        assertThat(redirects).allSatisfy((request, location) -> assertThat(location).as(request)
                .startsWith("/").doesNotStartWith("//").doesNotContain(FOREIGN_HOST));
        assertThat(redirects).containsEntry("/ before login → login page", "/login")
                .containsEntry("wrong password → login page", "/login?error")
                .containsEntry("logout → login page", "/login?logout");
    }

    @Test
    void forwardedHeadersAreNotBelievedFromAClient() throws Exception {
        String head = HttpVisitor.browser(port).rawHead("GET", "/login", "localhost", null,
                "X-Forwarded-Proto: https", "X-Forwarded-Host: " + FOREIGN_HOST, "X-Forwarded-For: 203.0.113.9");

        assertThat(head).as("no proxy is trusted unless configured (README, TLS)")
                .doesNotContainIgnoringCase("Strict-Transport-Security")
                .doesNotContainIgnoringCase("; Secure")
                .doesNotContain(FOREIGN_HOST)
                .containsIgnoringCase("Set-Cookie: SESSION=");
    }

    private static String location(String responseHead) {
        Matcher location = LOCATION.matcher(responseHead);
        assertThat(location.find()).as("a redirect:\n" + responseHead).isTrue();
        return location.group(1);
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(HttpVisitor.encode(namesAndValues[i])).append('=')
                    .append(HttpVisitor.encode(namesAndValues[i + 1]));
        }
        return body.toString();
    }
}
