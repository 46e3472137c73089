package org.zhengtong.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.personnel.PersonnelTestKit.COLLEAGUE;
import static org.zhengtong.personnel.PersonnelTestKit.OFFICE;
import static org.zhengtong.personnel.PersonnelTestKit.OTHER_UNIT;
import static org.zhengtong.personnel.PersonnelTestKit.SECURITY_ADMIN;
import static org.zhengtong.personnel.PersonnelTestKit.SYSTEM_ADMIN;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.personnel.internal.PersonnelService;
import org.zhengtong.platform.OrgDirectory;

/**
 * Attacks on the personnel records: someone of another unit (any id is not found), forged ids, an ordinary
 * colleague calling the keeping endpoints or asking the API for a confidential field, the system administrator (and
 * the personnel office) trying to change who sees a field — only the security administrator may.
 */
@IntegrationTest
class PersonnelAccessAttackTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PersonnelService service;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;

    String idNumber;
    long id;

    @BeforeEach
    void aRecord() {
        idNumber = PersonnelTestKit.idNumber(PersonnelTestKit.randomBirthDate(), true);
        id = PersonnelTestKit.create(as, service, PersonnelTestKit.form(directory, TestUsers.unique("攻击"), idNumber));
    }

    @Test
    void anotherUnitFindsNoRecordWhateverTheId() throws Exception {
        for (String path : List.of("/personnel/" + id, "/personnel/" + id + "/history", "/personnel/" + id + "/photo",
                "/api/v1/personnel/records/" + id, "/api/v1/personnel/records/" + id + "/history")) {
            mvc.perform(get(path).with(users.as(OTHER_UNIT))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/personnel/records").param("idNumber", idNumber).with(users.as(OTHER_UNIT)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        assertThat(mvc.perform(get("/personnel/export").with(users.as(OTHER_UNIT))).andReturn().getResponse()
                .getContentAsByteArray()).isNotEmpty();
        assertThat(PersonnelConfidentialityTest.sheet(mvc.perform(get("/personnel/export")
                .with(users.as(OTHER_UNIT))).andReturn().getResponse().getContentAsByteArray()).toString())
                .doesNotContain(idNumber);
    }

    @Test
    void forgedIdsAreNotFound() throws Exception {
        mvc.perform(get("/personnel/{id}", 987654321L).with(users.as(OFFICE))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/personnel/records/{id}", 987654321L).with(users.as(OFFICE)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/personnel/records/{id}", 987654321L).with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrdinaryColleagueMayNotKeepRecords() throws Exception {
        long before = PersonnelTestKit.count(jdbc);
        mvc.perform(post("/api/v1/personnel/records").with(users.as(COLLEAGUE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"冒充\", \"idNumber\": \""
                                + PersonnelTestKit.idNumber(PersonnelTestKit.randomBirthDate(), true) + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/personnel/records/{id}", id).with(users.as(COLLEAGUE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"改名\", \"version\": 0}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/personnel/{id}", id).with(users.as(COLLEAGUE)).with(csrf()).param("name", "改名"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/personnel/{id}/edit", id).with(users.as(COLLEAGUE))).andExpect(status().isForbidden());
        mvc.perform(get("/personnel/new").with(users.as(COLLEAGUE))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/personnel/records/import").file(new MockMultipartFile("file", "a.xlsx",
                        "application/octet-stream", new byte[] {1, 2})).with(users.as(COLLEAGUE)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/personnel/leaders").with(users.as(COLLEAGUE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[\"" + COLLEAGUE + "\"]"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/personnel/leaders").with(users.as(COLLEAGUE))).andExpect(status().isForbidden());
        assertThat(PersonnelTestKit.count(jdbc)).isEqualTo(before);
        mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(OFFICE)))
                .andExpect(jsonPath("$.name").value(Matchers.startsWith("攻击")));
    }

    @Test
    void anOrdinaryColleagueAskingTheApiForAConfidentialFieldGetsNothing() throws Exception {
        String record = mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(COLLEAGUE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(record).doesNotContain(idNumber).contains("\"idNumber\":null");
        for (String name : new String[] {null, "攻击"}) {
            String list = mvc.perform(get("/api/v1/personnel/records").param("idNumber", idNumber)
                            .param("name", name == null ? "" : name).with(users.as(COLLEAGUE)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(list).doesNotContain(idNumber).contains("\"totalElements\":0");
        }
        mvc.perform(get("/api/v1/personnel/records/{id}/photo", id).with(users.as(COLLEAGUE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSecurityAdministratorChangesWhoSeesAField() throws Exception {
        for (String intruder : List.of(SYSTEM_ADMIN, OFFICE, COLLEAGUE, "auditadmin")) {
            long failures = jdbc.queryForObject("select count(*) from audit_record where actor = ? and action = "
                    + "'PERSONNEL_VISIBILITY_SET' and result = 'FAILURE'", Long.class, intruder);
            mvc.perform(put("/api/v1/personnel/visibility").with(users.as(intruder)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"ID_NUMBER\": \"EVERYONE\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/personnel/visibility").with(users.as(intruder)).with(csrf())
                            .param("field.ID_NUMBER", "EVERYONE"))
                    .andExpect(status().isForbidden());
            assertThat(jdbc.queryForObject("select count(*) from audit_record where actor = ? and action = "
                    + "'PERSONNEL_VISIBILITY_SET' and result = 'FAILURE'", Long.class, intruder))
                    .isEqualTo(failures + 2);
        }
        mvc.perform(get("/personnel/visibility").with(users.as(SYSTEM_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/personnel/visibility").with(users.as(SECURITY_ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ID_NUMBER").value("LEADERS"));
        mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(COLLEAGUE)))
                .andExpect(jsonPath("$.idNumber").value(Matchers.nullValue()));
        // a field that is always public cannot be hidden, not even by the security administrator
        mvc.perform(put("/api/v1/personnel/visibility").with(users.as(SECURITY_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"NAME\": \"OFFICE\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("总是公开")));
    }

    @Test
    void theOfficeNamesOnlyPeopleOfItsOwnUnit() throws Exception {
        mvc.perform(put("/api/v1/personnel/leaders").with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[\"" + OTHER_UNIT + "\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("本单位没有账号为")));
        mvc.perform(get("/api/v1/personnel/leaders").with(users.as(OFFICE)))
                .andExpect(jsonPath("$", Matchers.hasItem(PersonnelTestKit.LEADER)))
                .andExpect(jsonPath("$", Matchers.not(Matchers.hasItem(OTHER_UNIT))));
    }
}
