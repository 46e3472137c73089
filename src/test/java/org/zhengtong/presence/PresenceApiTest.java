package org.zhengtong.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.presence.internal.AbsenceForm;
import org.zhengtong.presence.internal.AbsenceKind;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.presence.internal.AbsenceService;

/** {@code /api/v1/presence}: the pages' rules in JSON — registration once per key, refusals, return, scope, 403. */
@IntegrationTest
class PresenceApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired AbsenceService absences;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;

    Team team;

    @BeforeEach
    void team() {
        team = platform.newTeam();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registerOncePerKeyThenReturn() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(now(), now().plusHours(3), "审计对账");
        body.put("destination", "市审计局");
        body.put("standInUsername", team.clerk2());
        JsonNode first = created(register(team.clerk(), body, key));
        JsonNode again = created(register(team.clerk(), body, key));
        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(absences.mine(team.clerk())).hasSize(1);
        assertThat(first.get("status").asText()).isEqualTo("OUT");
        long id = first.get("id").asLong();

        mvc.perform(get("/api/v1/presence/absences").with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].destination").value("市审计局"));
        mvc.perform(get("/api/v1/presence/absences/{id}", id).with(users.as(team.clerk2())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/presence/department").with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].username").value(team.clerk()))
                .andExpect(jsonPath("$[0]", not(hasKey("reason"))));
        mvc.perform(get("/api/v1/presence/query").with(users.as(team.chief())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + team.clerk() + "')].now.destination").value("市审计局"))
                .andExpect(jsonPath("$[?(@.username == '" + team.clerk() + "')].standIn").isNotEmpty());

        mvc.perform(post("/api/v1/presence/absences/{id}/return", id).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/presence/absences/{id}/return", id).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(post("/api/v1/presence/absences/{id}/return", id).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("已经返回登记")));
    }

    @Test
    void refusalsSayWhyAndSaveNothing() throws Exception {
        register(team.clerk(), body(now().plusHours(2), now().plusHours(1), "开会"), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("预计返回时间必须晚于外出时间")));
        Map<String, Object> outside = body(now(), now().plusHours(1), "开会");
        outside.put("standInUsername", platform.newMember("sjj", Position.CLERK));
        register(team.clerk(), outside, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("只能交给本单位的人员")));
        register(team.clerk(), body(now(), now().plusHours(1), "长".repeat(201)), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("长度超出限制")));
        Map<String, Object> badKind = body(now(), now().plusHours(1), "开会");
        badKind.put("kind", "HOLIDAY");
        register(team.clerk(), badKind, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("kind")));
        assertThat(absences.mine(team.clerk())).isEmpty();
    }

    @Test
    void theQueryIsForLeadersOfTheirOwnStaff() throws Exception {
        absences.register(team.clerk(), new AbsenceForm(
                AbsenceKind.OUT, now(), now().plusHours(2), "送文件", "市政府", null, null));
        mvc.perform(get("/api/v1/presence/query").with(users.as(team.clerk2()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/presence/query").param("departmentId", String.valueOf(team.departmentId()))
                .with(users.as("czj.d2.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/presence/query").param("departmentId", String.valueOf(team.departmentId()))
                        .with(users.as("czj.d2.chief"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + team.clerk() + "')]").isEmpty());
        mvc.perform(get("/api/v1/presence/query").with(users.as("sjj.head"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + team.clerk() + "')]").isEmpty());
        mvc.perform(get("/api/v1/presence/query").with(users.as("czj.head"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + team.clerk() + "')].now.kind").value("OUT"));
    }

    @Test
    void theOpenApiDescriptionNamesTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/presence/absences")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/presence/absences/{id}/return")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/presence/query")))
                .andExpect(jsonPath("$.paths['/api/v1/presence/absences'].post.summary").value("登记外出"));
    }

    private ResultActions register(String username, Map<String, Object> body, String key) throws Exception {
        var request = post("/api/v1/presence/absences").with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private JsonNode created(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private static Map<String, Object> body(LocalDateTime leavesAt, LocalDateTime expectedReturnAt, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "TRIP");
        body.put("leavesAt", leavesAt.toString());
        body.put("expectedReturnAt", expectedReturnAt.toString());
        body.put("reason", reason);
        return body;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }
}
