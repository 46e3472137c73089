package org.zhengtong.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.workflow.Delegations;

/**
 * 外出登记 on the workflow kit and the platform alone, nothing else started: an absence with a stand-in is a hand-over
 * (代办) in force until the return registration ends it, and the department sees who is out.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import({TestUsers.class, PlatformFixtures.class})
class PresenceModuleTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired Delegations delegations;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    @Test
    void anAbsenceWithAStandInIsAHandOverUntilTheReturn() throws Exception {
        Team team = platform.newTeam();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        String created = mvc.perform(post("/api/v1/presence/absences").with(users.as(team.clerk())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "kind", "OUT", "leavesAt", now.toString(),
                                "expectedReturnAt", now.plusHours(3).toString(), "reason", "核对数据",
                                "destination", "市审计局", "standInUsername", team.clerk2()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        assertThat(delegations.inForce(List.of(team.clerk()), clock.instant()))
                .extracting(Delegations.HandOver::toUsername).containsExactly(team.clerk2());
        mvc.perform(get("/api/v1/presence/department").with(users.as(team.chief())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].username").value(team.clerk()));

        mvc.perform(post("/api/v1/presence/absences/{id}/return", id).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        assertThat(delegations.inForce(List.of(team.clerk()), clock.instant())).isEmpty();
    }
}
