package org.zhengtong.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.regulation.RegulationTestKit.MANAGER;
import static org.zhengtong.regulation.RegulationTestKit.OTHER_MANAGER;
import static org.zhengtong.regulation.RegulationTestKit.READER;
import static org.zhengtong.regulation.RegulationTestKit.id;
import static org.zhengtong.regulation.RegulationTestKit.regulation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * Who may not: another unit's people neither read 市财政局's 规章制度 (404, as for an id that does not exist: the
 * catalogue, the page, the API, its files, and 综合检索's confirmation) nor change it, though they read its 全市
 * 政策法规; a clerk of 市财政局 (no REGULATION_MANAGE) reads but creates, edits, revises, repeals and uploads nothing;
 * another unit's manager cannot repeal by, attach to or version what is not his.
 */
@IntegrationTest
class RegulationAttackTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anotherUnitReadsNoInternalRuleAndNobodyButTheUnitsManagersChangesAnything() throws Exception {
        String title = TestUsers.unique("内部制度");
        RegulationTestKit kit = new RegulationTestKit(mvc, users);
        long internal = id(kit.create(MANAGER, regulation("INTERNAL", title, "2026-01-01",
                null, null)).andExpect(status().isCreated()));
        long policy = id(kit.create(MANAGER, regulation("POLICY", title + "政策",
                "2026-01-01", null, null)).andExpect(status().isCreated()));
        long missing = internal + 1_000_000;

        for (long id : new long[] {internal, missing}) {
            for (String path : new String[] {"/regulations/{id}", "/api/v1/regulations/{id}",
                    "/regulations/{id}/files/1"}) {
                mvc.perform(get(path, id).with(users.as(OTHER_MANAGER))).andExpect(status().isNotFound());
            }
            kit.postJson(OTHER_MANAGER, "/api/v1/regulations/" + id + "/repeal", "{\"repealedOn\": \"2026-02-01\"}")
                    .andExpect(status().isNotFound());
        }
        assertThat(kit.found(OTHER_MANAGER, "q=" + title)).containsExactly(policy);
        assertThat(kit.found(READER, "q=" + title)).containsExactlyInAnyOrder(internal, policy);
        // another unit's manager reads the 全市 policy but keeps it not; nor may he name the internal rule as the repeal
        kit.postJson(OTHER_MANAGER, "/api/v1/regulations/" + policy + "/repeal", "{\"repealedOn\": \"2026-02-01\"}")
                .andExpect(status().isForbidden());
        long own = id(kit.create(OTHER_MANAGER, regulation("INTERNAL", TestUsers.unique("教育局"),
                "2026-01-01", null, null)).andExpect(status().isCreated()));
        kit.postJson(OTHER_MANAGER, "/api/v1/regulations/" + own + "/repeal",
                "{\"repealedOn\": \"2026-02-01\", \"repealedById\": " + internal + "}")
                .andExpect(status().isNotFound());

        // a reader of the unit who keeps nothing
        kit.create(READER, regulation("INTERNAL", title + "篡改", "2026-01-01", null, null))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/regulations/{id}", internal).with(users.as(READER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(regulation("INTERNAL", "篡改", "2026-01-01", null, null)))
                .andExpect(status().isForbidden());
        kit.postJson(READER, "/api/v1/regulations/" + internal + "/revisions",
                regulation("INTERNAL", "篡改", "2026-01-01", null, null)).andExpect(status().isForbidden());
        kit.postJson(READER, "/api/v1/regulations/" + internal + "/repeal", "{\"repealedOn\": \"2026-02-01\"}")
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/regulations/{id}/files", internal)
                        .file(new MockMultipartFile("file", "a.txt", null, "x".getBytes()))
                        .with(users.as(READER)).with(csrf()))
                .andExpect(status().isForbidden());
        for (String page : new String[] {"/regulations/new", "/regulations/" + internal + "/edit"}) {
            mvc.perform(get(page).with(users.as(READER))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/regulations/{id}/edit", internal).with(users.as(READER)).with(csrf())
                        .param("kind", "INTERNAL").param("title", "篡改").param("issuer", "x")
                        .param("issuedOn", "2026-01-01").param("body", "<p>x</p>"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select title from regulation_regulation where id = ?", String.class,
                internal)).isEqualTo(title);
        assertThat(jdbc.queryForObject("select count(*) from regulation_regulation where title like ?", Long.class,
                title + "篡改%")).isZero();
        assertThat(jdbc.queryForObject("select repealed_on from regulation_regulation where id = ?", Object.class,
                internal)).isNull();
    }

    @Test
    void commonInfoAndSoftwareOfAnotherUnitAreNeitherReadNorChanged() throws Exception {
        RegulationTestKit kit = new RegulationTestKit(mvc, users);
        String title = TestUsers.unique("值班电话");
        long info = id(kit.postJson(MANAGER, "/api/v1/common-info", """
                {"category": "PHONE", "scope": "UNIT", "title": "%s", "text": "0731-88886001"}""".formatted(title))
                .andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/common-info/{id}", info).with(users.as(OTHER_MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/common-info/{id}", info).with(users.as(OTHER_MANAGER)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/common-info/{id}", info).with(users.as(READER)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/common-info").with(users.as(OTHER_MANAGER))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(title);

        String body = mvc.perform(multipart("/api/v1/software")
                        .file(new MockMultipartFile("file", "setup.exe", null, "MZ本单位".getBytes()))
                        .param("name", TestUsers.unique("内部软件")).param("platform", "Windows")
                        .param("scope", "UNIT").param("version", "1.0").with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long software = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        long version = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.latest.id")).longValue();
        mvc.perform(get("/software/{id}/versions/{v}/download", software, version).with(users.as(OTHER_MANAGER)))
                .andExpect(status().isNotFound());
        // a version of one entry is not downloaded through another's id
        mvc.perform(get("/api/v1/software/{id}/versions/{v}/download", software + 1_000_000, version)
                .with(users.as(MANAGER))).andExpect(status().isNotFound());
        for (String user : new String[] {READER, OTHER_MANAGER}) {
            mvc.perform(multipart("/api/v1/software/{id}/versions", software)
                            .file(new MockMultipartFile("file", "setup.exe", null, "MZ篡改".getBytes()))
                            .param("version", "9.9").with(users.as(user)).with(csrf()))
                    .andExpect(user.equals(READER) ? status().isForbidden() : status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from regulation_software_version where software_id = ?",
                Long.class, software)).isOne();
    }
}
