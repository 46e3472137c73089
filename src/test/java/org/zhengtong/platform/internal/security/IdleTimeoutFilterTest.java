package org.zhengtong.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.zhengtong.MutableClock;

/** The idle timeout counts the person's requests, not the page's own (the pushed reminders, the bell). */
class IdleTimeoutFilterTest {

    private final MutableClock clock = new MutableClock(ZoneOffset.UTC);
    private final IdleTimeoutFilter filter = new IdleTimeoutFilter(clock);
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void backgroundRequestsDoNotKeepAnIdleSessionAlive() throws Exception {
        session.setMaxInactiveInterval(5 * 60);
        IdleTimeoutFilter.started(session, clock);
        assertThat(request("/").getStatus()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(4));
        assertThat(request("/notifications/badge").getStatus()).as("the bell, within the 5 minutes").isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        MockHttpServletResponse stream = request("/notifications/stream");
        assertThat(stream.getStatus()).as("6 minutes after the person's last page").isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void thePersonsOwnRequestsDoAndAnIdlePageGoesToTheLoginPage() throws Exception {
        session.setMaxInactiveInterval(5 * 60);
        IdleTimeoutFilter.started(session, clock);
        request("/");
        clock.advance(Duration.ofMinutes(4));
        assertThat(request("/todo").getStatus()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(4));
        assertThat(request("/documents/new").getStatus()).as("4 minutes after the last page").isEqualTo(200);

        clock.advance(Duration.ofMinutes(6));
        MockHttpServletResponse page = request("/todo");
        assertThat(page.getRedirectedUrl()).isEqualTo("/login?timeout");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionWithoutTheLoginsMarkIsLeftToTheContainersTimeout() throws Exception {
        session.setMaxInactiveInterval(5 * 60);
        clock.advance(Duration.ofMinutes(10));
        assertThat(request("/todo").getStatus()).isEqualTo(200);
        assertThat(session.getAttribute(IdleTimeoutFilter.LAST_ACTIVITY)).as("never added outside the login").isNull();
    }

    private MockHttpServletResponse request(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
