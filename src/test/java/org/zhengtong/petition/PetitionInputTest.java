package org.zhengtong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.petition.PetitionTestKit.OFFICE;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/**
 * Registration refuses a wrong 身份证号码 or phone number with a clear message and saves nothing; it points out the
 * same person's earlier petitions on the same matter and similar ones from others; a retried registration with the
 * same key registers once; a 复查 is linked to its case.
 */
@IntegrationTest
class PetitionInputTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aWrongIdNumberOrPhoneIsRefusedAndNothingSaved() throws Exception {
        long before = cases();
        String valid = PetitionTestKit.newIdNumber();
        char wrongCheck = valid.charAt(17) == '1' ? '2' : '1';
        for (String idNumber : List.of(valid.substring(0, 17) + wrongCheck, "431002198013011234", "12345",
                "43100219800101123A")) {
            mvc.perform(post("/api/v1/petitions").with(users.as(OFFICE)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(PetitionTestKit.body("LETTER", "错号",
                                    idNumber, "13907351234", "URBAN", "身份证号码有误", List.of())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("身份证号码不正确")));
        }
        for (String phone : List.of("1390735123", "23907351234", "电话", "0735-22")) {
            mvc.perform(post("/api/v1/petitions").with(users.as(OFFICE)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(PetitionTestKit.body("LETTER", "错号",
                                    valid, phone, "URBAN", "电话有误", List.of())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("联系电话不正确")));
        }
        // the page says so next to the form, with 400
        String page = mvc.perform(post("/petitions").with(users.as(OFFICE)).with(csrf())
                        .param("channel", "VISIT").param("name", "错号").param("idNumber", valid.substring(0, 17) + wrongCheck)
                        .param("phone", "13907351234").param("matterCode", "URBAN").param("summary", "错号")
                        .param("content", "内容").param("peopleCount", "1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("身份证号码不正确", "错号");
        assertThat(cases()).isEqualTo(before);
        // a group visit has five people or more
        mvc.perform(post("/api/v1/petitions").with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(PetitionTestKit.body("VISIT", "集体", valid,
                                "13907351234", "URBAN", "集体访", List.of()).replace("\"channel\"",
                                "\"groupVisit\": true, \"peopleCount\": 3, \"channel\"")))
                .andExpect(status().isBadRequest());
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void theSamePersonsEarlierPetitionsAndSimilarOnesArePointedOut() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        String idNumber = PetitionTestKit.newIdNumber();
        String matter = TestUsers.unique("安置房质量问题");
        kit.register(PetitionTestKit.body("LETTER", "陈华", idNumber, "13907352222", "HOUSING", matter, List.of()));
        kit.register(PetitionTestKit.body("VISIT", "陈华", idNumber, "13907352222", "HOUSING", matter, List.of()));
        String body = PetitionTestKit.body("VISIT", "陈华", idNumber.toLowerCase(), "139 0735 2222", "HOUSING", matter,
                List.of());
        String related = mvc.perform(post("/api/v1/petitions/check").with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(related, "$[?(@.samePerson == true)].sameMatter")).containsExactly(true, true);
        long third = kit.register(body);
        kit.view(OFFICE, third).andExpect(jsonPath("$.earlierCases").value(2));
        assertThat(mvc.perform(get("/petitions/{id}", third).with(users.as(OFFICE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("此前已就同一事项信访 2 次", "重复信访");

        // someone else with the same text: similar (a possible group)
        long other = kit.register(PetitionTestKit.body("LETTER", "周丽", PetitionTestKit.newIdNumber(), "13907353333",
                "HOUSING", matter, List.of()));
        String similar = mvc.perform(get("/api/v1/petitions/{id}/related", other).with(users.as(OFFICE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(similar, "$[*].samePerson")).isNotEmpty().containsOnly(false);
        kit.view(OFFICE, other).andExpect(jsonPath("$.earlierCases").value(0));
    }

    @Test
    void aRetriedRegistrationRegistersOnceAndAReviewIsLinkedToItsCase() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        String idNumber = PetitionTestKit.newIdNumber();
        String body = PetitionTestKit.body("ONLINE", "吴刚", idNumber, "13907354444", "LABOUR",
                TestUsers.unique("社保缴费年限认定"), List.of());
        long before = cases();
        String key = TestUsers.unique("portal-");
        String first = mvc.perform(post("/api/v1/petitions").header("Idempotency-Key", key).with(users.as(OFFICE))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/petitions").header("Idempotency-Key", key).with(users.as(OFFICE))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(second, "$.id")).isEqualTo(JsonPath.<Integer>read(first, "$.id"));
        assertThat(cases()).isEqualTo(before + 1);
        long id = JsonPath.<Integer>read(first, "$.id");

        // a 复查 only once the case has finished, by the same petitioner
        String review = body.replace("\"channel\"", "\"parentId\": " + id + ", \"channel\"");
        mvc.perform(post("/api/v1/petitions").with(users.as(OFFICE)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(review)).andExpect(status().isConflict());
        kit.send(OFFICE, id, "propose", """
                {"opinion": "不属于信访受理范围", "choices": {"disposition": ["NOT_ACCEPTED"]}}""")
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/petitions").with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(review.replace(idNumber, PetitionTestKit.newIdNumber())))
                .andExpect(status().isConflict());
        long reviewId = kit.register(review);
        kit.view(OFFICE, reviewId).andExpect(jsonPath("$.level").value("REVIEW"))
                .andExpect(jsonPath("$.parent.id").value(id));
        kit.view(OFFICE, id).andExpect(jsonPath("$.reviews[0].id").value(reviewId));
    }

    private long cases() {
        return jdbc.queryForObject("select count(*) from petition_case", Long.class);
    }
}
