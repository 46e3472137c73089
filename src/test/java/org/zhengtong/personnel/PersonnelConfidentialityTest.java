package org.zhengtong.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.personnel.PersonnelTestKit.COLLEAGUE;
import static org.zhengtong.personnel.PersonnelTestKit.LEADER;
import static org.zhengtong.personnel.PersonnelTestKit.OFFICE;
import static org.zhengtong.personnel.PersonnelTestKit.OTHER_LEADER;
import static org.zhengtong.personnel.PersonnelTestKit.SECURITY_ADMIN;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.personnel.internal.PersonnelService;
import org.zhengtong.platform.OrgDirectory;

/**
 * The confidential fields (by default ID number, birth date and salary: 人事处及指定领导) stay hidden from every reader
 * who may not see them — on the record's page, the query page, the API, the Excel export, the history and 综合检索 —
 * and are shown to the personnel office and the leader it named, each such view audited. A field the security
 * administrator makes 仅人事处 is hidden from the named leader too.
 */
@IntegrationTest
class PersonnelConfidentialityTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PersonnelService service;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;

    String name;
    String idNumber;
    LocalDate born;
    long id;

    @BeforeEach
    void aRecord() {
        name = TestUsers.unique("保密");
        born = LocalDate.of(1983, 4, 17);
        idNumber = PersonnelTestKit.idNumber(born, false);
        id = PersonnelTestKit.create(as, service, PersonnelTestKit.form(directory, name, idNumber));
    }

    @Test
    void theRecordsPageHidesTheConfidentialFieldsFromColleaguesAndShowsThemToTheOfficeAndTheNamedLeader()
            throws Exception {
        for (String reader : List.of(COLLEAGUE, OTHER_LEADER)) {
            long before = PersonnelTestKit.audits(jdbc, reader, "PERSONNEL_CONFIDENTIAL_VIEW", id);
            String page = page("/personnel/" + id, reader);
            assertThat(page).contains(name, "预算科", "经济师", "保密").doesNotContain(idNumber, "1983-04-17", "8765.43",
                    "8,765.43");
            assertThat(PersonnelTestKit.audits(jdbc, reader, "PERSONNEL_CONFIDENTIAL_VIEW", id)).isEqualTo(before);
        }
        for (String reader : List.of(OFFICE, LEADER)) {
            long before = PersonnelTestKit.audits(jdbc, reader, "PERSONNEL_CONFIDENTIAL_VIEW", id);
            assertThat(page("/personnel/" + id, reader)).contains(name, idNumber, "1983-04-17", "8,765.43");
            assertThat(PersonnelTestKit.audits(jdbc, reader, "PERSONNEL_CONFIDENTIAL_VIEW", id)).isEqualTo(before + 1);
        }
    }

    @Test
    void theQueryPageFindsNobodyByAnIdNumberForThoseWhoMayNotSeeIt() throws Exception {
        assertThat(page("/personnel?name=" + name, COLLEAGUE)).contains(name).doesNotContain(idNumber);
        assertThat(page("/personnel?idNumber=" + idNumber, COLLEAGUE)).doesNotContain(name)
                .doesNotContain("id=\"idNumber\"");
        assertThat(page("/personnel?idNumber=" + idNumber, OFFICE)).contains(name, idNumber, "id=\"idNumber\"");
        assertThat(page("/personnel?idNumber=" + idNumber, LEADER)).contains(name, idNumber);
    }

    @Test
    void theApiLeavesConfidentialFieldsOutForColleaguesAndGivesThemToTheOfficeAndTheLeader() throws Exception {
        mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(COLLEAGUE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.idNumber").value(nullValue()))
                .andExpect(jsonPath("$.birthDate").value(nullValue()))
                .andExpect(jsonPath("$.salary").value(nullValue()))
                .andExpect(jsonPath("$.hidden", hasItem("ID_NUMBER")))
                .andExpect(jsonPath("$.title").value("经济师"));
        assertThat(mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(COLLEAGUE)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(idNumber);
        mvc.perform(get("/api/v1/personnel/records").param("idNumber", idNumber).with(users.as(COLLEAGUE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/personnel/records").param("idNumber", idNumber).with(users.as(OFFICE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].idNumber").value(idNumber));
        for (String reader : List.of(OFFICE, LEADER)) {
            long before = PersonnelTestKit.audits(jdbc, reader, "PERSONNEL_CONFIDENTIAL_VIEW", id);
            mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(reader)))
                    .andExpect(jsonPath("$.idNumber").value(idNumber))
                    .andExpect(jsonPath("$.birthDate").value("1983-04-17"))
                    .andExpect(jsonPath("$.salary").value(8765.43));
            assertThat(PersonnelTestKit.audits(jdbc, reader, "PERSONNEL_CONFIDENTIAL_VIEW", id)).isEqualTo(before + 1);
        }
    }

    @Test
    void theExportHasNoConfidentialColumnForColleaguesAndHasThemForTheOffice() throws Exception {
        List<List<String>> colleague = sheet(mvc.perform(get("/personnel/export").param("name", name)
                .with(users.as(COLLEAGUE))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(colleague.get(0)).contains("姓名", "部门", "职称").doesNotContain("身份证号", "出生日期", "工资（元/月）");
        assertThat(colleague).hasSize(2);
        assertThat(colleague.toString()).contains(name).doesNotContain(idNumber, "8765.43");

        long before = PersonnelTestKit.audits(jdbc, OFFICE, "PERSONNEL_EXPORT", null);
        List<List<String>> office = sheet(mvc.perform(get("/api/v1/personnel/records/export").param("name", name)
                .with(users.as(OFFICE))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(office.get(0)).contains("身份证号", "出生日期", "工资（元/月）");
        assertThat(office.toString()).contains(idNumber, "1983-04-17", "8765.43");
        assertThat(PersonnelTestKit.audits(jdbc, OFFICE, "PERSONNEL_EXPORT", null)).isEqualTo(before + 1);

        List<List<String>> byId = sheet(mvc.perform(get("/personnel/export").param("idNumber", idNumber)
                .with(users.as(COLLEAGUE))).andReturn().getResponse().getContentAsByteArray());
        assertThat(byId).hasSize(1);
    }

    @Test
    void theSearchFindsTheRecordByNameButNobodyFindsItByTheIdNumber() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> search(COLLEAGUE, name).contains("/personnel/" + id));
        assertThat(search(COLLEAGUE, name)).doesNotContain(idNumber);
        for (String reader : List.of(COLLEAGUE, OFFICE, LEADER)) {
            assertThat(search(reader, idNumber)).doesNotContain("/personnel/" + id);
        }
        assertThat(search(PersonnelTestKit.OTHER_UNIT, name)).doesNotContain("/personnel/" + id);
    }

    @Test
    void theHistoryMasksConfidentialValuesForColleagues() throws Exception {
        assertThat(page("/personnel/" + id + "/history", COLLEAGUE)).contains("经济师", "******")
                .doesNotContain(idNumber, "1983-04-17");
        assertThat(page("/personnel/" + id + "/history", OFFICE)).contains(idNumber, "1983-04-17");
        mvc.perform(get("/api/v1/personnel/records/{id}/history", id).with(users.as(COLLEAGUE)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain(idNumber).contains("******"));
    }

    @Test
    void aFieldTheSecurityAdministratorMakesOfficeOnlyIsHiddenFromTheNamedLeaderToo() throws Exception {
        try {
            mvc.perform(put("/api/v1/personnel/visibility").with(users.as(SECURITY_ADMIN)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"SALARY\": \"OFFICE\", \"TITLE\": \"LEADERS\"}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.SALARY").value("OFFICE"));
            mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(LEADER)))
                    .andExpect(jsonPath("$.salary").value(nullValue()))
                    .andExpect(jsonPath("$.idNumber").value(idNumber))
                    .andExpect(jsonPath("$.title").value("经济师"));
            mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(COLLEAGUE)))
                    .andExpect(jsonPath("$.title").value(nullValue()));
            mvc.perform(get("/api/v1/personnel/records").param("title", "经济师").param("name", name)
                    .with(users.as(COLLEAGUE))).andExpect(jsonPath("$.page.totalElements").value(0));
            mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(OFFICE)))
                    .andExpect(jsonPath("$.salary").value(8765.43));
            assertThat(page("/personnel/" + id, COLLEAGUE)).doesNotContain("经济师");
        } finally {
            mvc.perform(put("/api/v1/personnel/visibility").with(users.as(SECURITY_ADMIN)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"SALARY\": \"LEADERS\", \"TITLE\": \"EVERYONE\"}"))
                    .andExpect(status().isOk());
        }
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String search(String username, String words) throws Exception {
        return mvc.perform(get("/api/v1/search").param("q", words).with(users.as(username)))
                .andReturn().getResponse().getContentAsString();
    }

    static List<List<String>> sheet(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(formatter.formatCellValue(c)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
