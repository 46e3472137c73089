package org.zhengtong.personnel;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.TestUsers;

/**
 * 人事管理 with only the modules it uses started (the platform and the search it feeds): the demo's personnel office
 * creates a record through the API; a colleague reads it without the ID number, the named leader with it.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import(TestUsers.class)
class PersonnelModuleTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void aRecordCreatedThroughTheApiIsReadAsEachReaderMay() throws Exception {
        String idNumber = PersonnelTestKit.idNumber(LocalDate.of(1976, 2, 29), true);
        String body = """
                {"departmentId": %d, "name": "%s", "idNumber": "%s", "education": "BACHELOR", "phone": "13973509876",
                 "workHistory": [{"from": "1998-07", "organization": "市财政局", "post": "科员"}]}
                """.formatted(departmentId(), TestUsers.unique("模块"), idNumber);
        String created = mvc.perform(post("/api/v1/personnel/records").with(users.as(PersonnelTestKit.OFFICE))
                        .with(csrf()).header("Idempotency-Key", TestUsers.unique("k"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.birthDate").value("1976-02-29"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(PersonnelTestKit.COLLEAGUE)))
                .andExpect(jsonPath("$.idNumber").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.education").value("BACHELOR"));
        mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(PersonnelTestKit.LEADER)))
                .andExpect(jsonPath("$.idNumber").value(idNumber));
    }

    private long departmentId() throws Exception {
        String page = mvc.perform(get("/personnel/new").with(users.as(PersonnelTestKit.OFFICE)))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option value=\"(\\d+)\">预算科</option>")
                .matcher(page);
        if (!m.find()) {
            throw new AssertionError("no 预算科 on the form");
        }
        return Long.parseLong(m.group(1));
    }
}
