package org.zhengtong.leaderschedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.search.Search;

/**
 * Who sees which entry of the 局长's schedule — on the week page, through the API, in the PDF and the Excel export
 * and in the search: the leader and his secretary (editor) all three, another leader and the office director the
 * public and the leaders-only one, a clerk of the unit the public one, a person of another unit nothing. Only the
 * leader and his editor change entries; forged ids are unknown.
 */
@IntegrationTest
class LeaderScheduleVisibilityTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);
    static final String WEEK = "2026-W51";

    static final String LEADER = "czj.head";
    static final String EDITOR = "czj.secretary";
    static final String OTHER_LEADER = "czj.deputy1";
    static final String OFFICE = "czj.office";
    static final String CLERK = "czj.d1.clerk1";
    static final String OUTSIDER = "fgw.head";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ObjectMapper json;
    @Autowired AsUser as;
    @Autowired Search search;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.zhengtong.platform.OrgDirectory directory;

    LeaderScheduleFixtures fixtures;
    String word;
    String publicOne;
    String leadersOnly;
    String privateOne;
    long publicId;
    long leadersOnlyId;
    long privateId;

    @BeforeEach
    void entries() throws Exception {
        fixtures = new LeaderScheduleFixtures(mvc, users, json);
        fixtures.editors(OFFICE, LEADER, EDITOR);
        word = TestUsers.unique("").replaceAll("[^0-9]", "");
        publicOne = "公开调研" + word;
        leadersOnly = "内部研究" + word;
        privateOne = "私人体检" + word;
        publicId = fixtures.create(EDITOR, LeaderScheduleFixtures.timed(LEADER, MONDAY.atTime(9, 0),
                MONDAY.atTime(10, 0), publicOne, "市政府", "PUBLIC", List.of()));
        leadersOnlyId = fixtures.create(EDITOR, LeaderScheduleFixtures.timed(LEADER, MONDAY.atTime(15, 0),
                MONDAY.atTime(16, 0), leadersOnly, "局会议室", "LEADERS_ONLY", List.of()));
        privateId = fixtures.create(LEADER, LeaderScheduleFixtures.timed(LEADER, MONDAY.plusDays(1).atTime(9, 0),
                MONDAY.plusDays(1).atTime(11, 0), privateOne, "市医院", "PRIVATE", List.of()));
    }

    @Test
    void eachRoleSeesWhatTheVisibilityAdmits() throws Exception {
        await().untilAsserted(() -> assertThat(found(LEADER)).hasSize(3));
        sees(LEADER, true, true, true);
        sees(EDITOR, true, true, true);
        sees(OTHER_LEADER, true, true, false);
        sees(OFFICE, true, true, false);
        sees(CLERK, true, false, false);

        // another unit: no week, no entry, no file, no hit
        mvc.perform(get("/leaders/schedule").param("week", WEEK).param("unit", unitOf(LEADER)).with(users.as(OUTSIDER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/leader-schedules/week").param("week", WEEK).param("unit", unitOf(LEADER))
                .with(users.as(OUTSIDER))).andExpect(status().isForbidden());
        mvc.perform(get("/leaders/schedule/week.pdf").param("week", WEEK).param("unit", unitOf(LEADER))
                .with(users.as(OUTSIDER))).andExpect(status().isForbidden());
        mvc.perform(get("/leaders/schedule/week.xlsx").param("week", WEEK).param("unit", unitOf(LEADER))
                .with(users.as(OUTSIDER))).andExpect(status().isForbidden());
        for (long id : List.of(publicId, leadersOnlyId, privateId)) {
            mvc.perform(get("/api/v1/leader-schedules/entries/{id}", id).with(users.as(OUTSIDER)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/leaders/schedule/entries/{id}", id).with(users.as(OUTSIDER)))
                    .andExpect(status().isNotFound());
        }
        assertThat(found(OUTSIDER)).isEmpty();
        // his own unit's week does not show ours
        String own = mvc.perform(get("/leaders/schedule").param("week", WEEK).with(users.as(OUTSIDER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).doesNotContain(publicOne, leadersOnly, privateOne);

        // a named viewer of another unit sees the public and leaders-only ones
        mvc.perform(put("/api/v1/leader-schedules/settings/{leader}", LEADER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("editors", List.of(EDITOR), "viewers", List.of(OUTSIDER))))
                        .with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/leader-schedules/entries/{id}", leadersOnlyId).with(users.as(OUTSIDER)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/leader-schedules/entries/{id}", privateId).with(users.as(OUTSIDER)))
                .andExpect(status().isNotFound());
        fixtures.editors(OFFICE, LEADER, EDITOR);
    }

    @Test
    void onlyTheLeaderAndHisEditorsChangeEntries() throws Exception {
        Map<String, Object> changed = LeaderScheduleFixtures.timed(LEADER, MONDAY.atTime(9, 0), MONDAY.atTime(11, 0),
                publicOne + "改", "市政府", "PUBLIC", List.of());
        for (String other : List.of(OTHER_LEADER, OFFICE, CLERK)) {
            mvc.perform(post("/api/v1/leader-schedules/entries").contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(changed)).with(users.as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/leader-schedules/entries/{id}", publicId).contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(changed)).with(users.as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/leader-schedules/entries/{id}", publicId).with(users.as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/leaders/schedule/entries/{id}/delete", publicId).with(users.as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/leaders/schedule/entries/{id}/edit", publicId).with(users.as(other)))
                    .andExpect(status().isForbidden());
        }
        // a private entry is unknown to those who may not see it, even for a change
        mvc.perform(delete("/api/v1/leader-schedules/entries/{id}", privateId).with(users.as(OTHER_LEADER)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/leader-schedules/entries/{id}", privateId).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(changed)).with(users.as(OUTSIDER)).with(csrf()))
                .andExpect(status().isNotFound());
        // forged ids
        mvc.perform(get("/api/v1/leader-schedules/entries/{id}", Long.MAX_VALUE).with(users.as(EDITOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/leaders/schedule/entries/{id}", "abc").with(users.as(EDITOR)))
                .andExpect(status().isBadRequest());
        // moving an entry to another leader is refused, as is a settings change by the secretary
        Map<String, Object> otherLeader = LeaderScheduleFixtures.timed(OTHER_LEADER, MONDAY.atTime(9, 0),
                MONDAY.atTime(11, 0), publicOne, "市政府", "PUBLIC", List.of());
        mvc.perform(put("/api/v1/leader-schedules/entries/{id}", publicId).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(otherLeader)).with(users.as(EDITOR)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/leader-schedules/settings/{leader}", LEADER).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("editors", List.of(CLERK), "viewers", List.of())))
                        .with(users.as(EDITOR)).with(csrf()))
                .andExpect(status().isForbidden());
        // nothing changed
        assertThat(jdbc.queryForObject("select activity from leaderschedule_entry where id = ?", String.class,
                publicId)).isEqualTo(publicOne);
        // the editor may
        mvc.perform(put("/api/v1/leader-schedules/entries/{id}", publicId).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(changed)).with(users.as(EDITOR)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select title from calendar_entry where source = ?", String.class,
                "leaderschedule:" + publicId)).isEqualTo(publicOne + "改");
    }

    private void sees(String username, boolean pub, boolean leaders, boolean priv) throws Exception {
        String page = mvc.perform(get("/leaders/schedule").param("week", WEEK).with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String api = mvc.perform(get("/api/v1/leader-schedules/week").param("week", WEEK).with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        byte[] pdf = mvc.perform(get("/leaders/schedule/week.pdf").param("week", WEEK).with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] xlsx = mvc.perform(get("/api/v1/leader-schedules/week.xlsx").param("week", WEEK)
                .with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String pdfText = WeekFiles.pdfText(pdf);
        String xlsxText = WeekFiles.xlsxText(xlsx);
        List<String> hits = found(username).stream().map(Search.Found::title).toList();
        for (var expected : List.of(Map.entry(publicOne, pub), Map.entry(leadersOnly, leaders),
                Map.entry(privateOne, priv))) {
            String activity = expected.getKey();
            boolean visible = expected.getValue();
            assertThat(page.contains(activity)).as("%s on the page of %s", activity, username).isEqualTo(visible);
            assertThat(api.contains(activity)).as("%s in the API of %s", activity, username).isEqualTo(visible);
            assertThat(pdfText.contains(activity)).as("%s in the PDF of %s", activity, username).isEqualTo(visible);
            assertThat(xlsxText.contains(activity)).as("%s in the Excel of %s", activity, username).isEqualTo(visible);
            assertThat(hits.stream().anyMatch(t -> t.contains(activity))).as("%s found by %s", activity, username)
                    .isEqualTo(visible);
        }
        long id = privateId;
        mvc.perform(get("/api/v1/leader-schedules/entries/{id}", id).with(users.as(username)))
                .andExpect(status().is(priv ? 200 : 404));
        mvc.perform(get("/api/v1/leader-schedules/entries/{id}", leadersOnlyId).with(users.as(username)))
                .andExpect(status().is(leaders ? 200 : 404));
    }

    private List<Search.Found> found(String username) {
        return as.call(username, () -> search.search(word, "leaderschedule", Map.of(), 0).items());
    }

    private String unitOf(String username) {
        return String.valueOf(directory.person(username).orElseThrow().unitId());
    }
}
