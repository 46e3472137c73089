package org.zhengtong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.reception.ReceptionFixtures.DESK;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;

/**
 * Only the owning unit's reception desk changes a reception, and only its desk, readers and leaders read it: another
 * unit's desk, a clerk of the same unit, a forged id — on the pages and the API — get 403 or 404, and nothing changes.
 */
@IntegrationTest
class ReceptionAccessAttackTest {

    static final String OTHER_DESK = "sjj.office";
    static final String CLERK = "czj.d1.clerk1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;

    long id;
    String unit;

    @BeforeEach
    void register() throws Exception {
        unit = TestUsers.unique("省审计厅");
        String json = mvc.perform(post("/api/v1/receptions").with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ReceptionFixtures.body(clock, unit, "审计调研", "BUREAU", 4)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        id = ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void anotherUnitsDeskAndASameUnitClerkNeitherReadNorChange() throws Exception {
        for (String intruder : new String[] {OTHER_DESK, CLERK}) {
            mvc.perform(get("/api/v1/receptions/{id}", id).with(users.as(intruder))).andExpect(status().isForbidden());
            mvc.perform(get("/receptions/{id}", id).with(users.as(intruder))).andExpect(status().isForbidden());
            mvc.perform(get("/receptions/{id}/edit", id).with(users.as(intruder))).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/receptions/{id}", id).with(users.as(intruder)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(ReceptionFixtures.body(clock, "篡改", "篡改", "OTHER", 1)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/receptions/{id}/submit", id).with(users.as(intruder)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/receptions/{id}/cancel", id).with(users.as(intruder)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/receptions/{id}/submit", id).with(users.as(intruder)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/receptions/{id}/letter", id).with(users.as(intruder))).andExpect(status().isForbidden());
            // another unit's query shows only its own receptions
            mvc.perform(get("/api/v1/search").param("q", unit).with(users.as(intruder)))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(unit));
        }
        mvc.perform(get("/api/v1/receptions").param("text", unit).with(users.as(OTHER_DESK)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        // a clerk has no reception desk and no query at all
        mvc.perform(get("/api/v1/receptions").with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/receptions").with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/receptions/new").with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/receptions/statistics").with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/receptions/export").with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/receptions").with(users.as(CLERK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ReceptionFixtures.body(clock, "无权登记", "x", "OTHER", 1)))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/").with(users.as(CLERK))).andReturn().getResponse().getContentAsString())
                .doesNotContain("href=\"/receptions\"");

        mvc.perform(get("/api/v1/receptions/{id}", id).with(users.as(DESK)))
                .andExpect(jsonPath("$.visitingUnit").value(unit)).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void theUnitsLeadersReadButDoNotChange() throws Exception {
        mvc.perform(get("/api/v1/receptions/{id}", id).with(users.as("czj.head"))).andExpect(status().isOk());
        mvc.perform(get("/receptions").with(users.as("czj.deputy2"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/receptions/{id}/submit", id).with(users.as("czj.head")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/receptions/{id}", id).with(users.as("sjj.head"))).andExpect(status().isForbidden());
    }

    @Test
    void forgedIdsAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/receptions/{id}", 987_654_321L).with(users.as(DESK))).andExpect(status().isNotFound());
        mvc.perform(get("/receptions/{id}", 987_654_321L).with(users.as(DESK))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/receptions/{id}/submit", 987_654_321L).with(users.as(DESK)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/receptions/abc").with(users.as(DESK))).andExpect(status().is4xxClientError());
    }
}
