package org.zhengtong.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.messages.internal.PresenceBoard;
import org.zhengtong.messages.internal.PresenceStatus;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.presence.internal.AbsenceForm;
import org.zhengtong.presence.internal.AbsenceKind;
import org.zhengtong.presence.internal.AbsenceService;

/**
 * Presence: online while she does something, away when her page stays open but she has done nothing for
 * {@code away-after} (5 minutes), out while 外出登记 says so (and she is not at work on a page), offline otherwise —
 * and offline at once when she logs out.
 */
@IntegrationTest
class MessagesPresenceTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired PresenceBoard presence;
    @Autowired AbsenceService absences;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlineAwayOutAndOffline() throws Exception {
        Team team = platform.newTeam();
        String her = team.clerk();
        assertThat(presence.of(her)).isEqualTo(PresenceStatus.OFFLINE);

        mvc.perform(get("/messages").with(users.as(her))).andExpect(status().isOk());
        assertThat(presence.of(her)).isEqualTo(PresenceStatus.ONLINE);
        mvc.perform(get("/api/v1/messages/presence").param("username", her).with(users.as(team.clerk2())))
                .andExpect(jsonPath("$." + her).value("ONLINE"));

        // the page's own requests are no activity: idle past away-after with the page open she is away
        mvc.perform(get("/notifications/stream").with(users.as(her))).andExpect(request().asyncStarted());
        clock.advance(Duration.ofMinutes(6));
        mvc.perform(get("/messages/badge").with(users.as(her))).andExpect(status().isOk());
        mvc.perform(get("/notifications/badge").with(users.as(her))).andExpect(status().isOk());
        assertThat(presence.of(her)).isEqualTo(PresenceStatus.AWAY);
        mvc.perform(get("/").with(users.as(her))).andExpect(status().isOk());
        assertThat(presence.of(her)).isEqualTo(PresenceStatus.ONLINE);

        // without a page open, idle is offline
        String him = team.clerk2();
        mvc.perform(get("/messages").with(users.as(him))).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(6));
        assertThat(presence.of(him)).isEqualTo(PresenceStatus.OFFLINE);

        // registered out: out, until she is at work on a page again
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        absences.register(him, new AbsenceForm(AbsenceKind.TRIP, now.minusMinutes(1), now.plusDays(2),
                TestUsers.unique("出差"), "北京", null, null));
        assertThat(presence.of(him)).isEqualTo(PresenceStatus.OUT);
        mvc.perform(get("/api/v1/messages/presence").param("username", him, her).with(users.as(her)))
                .andExpect(jsonPath("$." + him).value("OUT"));
        mvc.perform(get("/messages").with(users.as(him))).andExpect(status().isOk());
        assertThat(presence.of(him)).isEqualTo(PresenceStatus.ONLINE);

        // a logout makes him offline (out, since he is registered out)
        mvc.perform(post("/logout").with(users.as(him)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(presence.of(him)).isEqualTo(PresenceStatus.OUT);
    }
}
