package org.zhengtong.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.personnel.PersonnelTestKit.COLLEAGUE;
import static org.zhengtong.personnel.PersonnelTestKit.LEADER;
import static org.zhengtong.personnel.PersonnelTestKit.OFFICE;
import static org.zhengtong.personnel.PersonnelTestKit.SECURITY_ADMIN;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.personnel.internal.PersonnelService;
import org.zhengtong.platform.OrgDirectory;

/**
 * Every page of 人事管理 as its users see it, in Chinese and English: the query, a record, its history, the form
 * (created through the page, with its idempotency key; a wrong ID number comes back with 400 and the message), the
 * import, the named leaders and the security administrator's audiences.
 */
@IntegrationTest
class PersonnelPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PersonnelService service;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theQueryAndRecordPagesShowInBothLanguages() throws Exception {
        String name = TestUsers.unique("页面");
        long id = PersonnelTestKit.create(as, service, PersonnelTestKit.form(directory, name,
                PersonnelTestKit.idNumber(PersonnelTestKit.randomBirthDate(), true)));
        assertThat(page("/personnel?name=" + name, COLLEAGUE)).contains("人事管理", "政治面貌", name, "预算科")
                .doesNotContain("id=\"new-record\"");
        assertThat(page("/personnel?name=" + name + "&lang=en", COLLEAGUE)).contains("Personnel", "Political status");
        assertThat(page("/personnel", OFFICE)).contains("id=\"new-record\"", "id=\"import-link\"", "id=\"leaders-link\"");
        assertThat(page("/personnel/" + id, COLLEAGUE)).contains(name, "工作经历", "北湖区财政局", "至今")
                .doesNotContain("id=\"photo-form\"", "id=\"edit-record\"");
        assertThat(page("/personnel/" + id, OFFICE)).contains("id=\"photo-form\"", "id=\"edit-record\"");
        assertThat(page("/personnel/" + id + "?lang=en", COLLEAGUE)).contains("Work history", "Confidential");
        assertThat(page("/personnel/" + id + "/history", COLLEAGUE)).contains("变更记录", "职称");
        assertThat(page("/personnel/" + id + "/edit", OFFICE)).contains("id=\"record-form\"", name);
        assertThat(page("/", COLLEAGUE)).contains("href=\"/personnel\"");
    }

    @Test
    void theOfficeCreatesARecordThroughTheFormOnceAndAWrongIdNumberComesBack() throws Exception {
        long before = PersonnelTestKit.count(jdbc);
        String number = PersonnelTestKit.idNumber(LocalDate.of(1988, 8, 8), true);
        mvc.perform(form(PersonnelTestKit.wrongCheck(number), "key-" + TestUsers.unique("")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("最后一位校验码正确")));
        assertThat(PersonnelTestKit.count(jdbc)).isEqualTo(before);
        String key = "key-" + TestUsers.unique("");
        mvc.perform(form(number, key)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/personnel/*"));
        mvc.perform(form(number, key)).andExpect(status().is3xxRedirection());
        assertThat(PersonnelTestKit.count(jdbc)).isEqualTo(before + 1);
        assertThat(page("/personnel/new", OFFICE)).contains("name=\"requestKey\"", "id=\"work-history\"");
    }

    @Test
    void theImportLeadersAndAudiencePagesShowToThoseWhoUseThem() throws Exception {
        assertThat(page("/personnel/import", OFFICE)).contains("id=\"import-form\"", "工作经历写作");
        assertThat(page("/personnel/leaders", OFFICE)).contains("id=\"leader-" + LEADER + "\"", "checked");
        assertThat(page("/personnel/visibility", SECURITY_ADMIN)).contains("人事信息可见范围", "仅人事处",
                "id=\"v-ID_NUMBER-LEADERS\"");
        assertThat(page("/admin/security", SECURITY_ADMIN)).contains("/personnel/visibility");
        mvc.perform(post("/personnel/leaders").with(users.as(OFFICE)).with(csrf()).param("leader", LEADER))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/personnel/visibility").with(users.as(SECURITY_ADMIN)).with(csrf())
                        .param("field.ID_NUMBER", "LEADERS"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/personnel/import").with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要导入的 Excel 文件")));
    }

    private MockHttpServletRequestBuilder form(String idNumber, String key) {
        return post("/personnel").with(users.as(OFFICE)).with(csrf())
                .param("requestKey", key)
                .param("departmentId", String.valueOf(PersonnelTestKit.department(directory, "czj", "国库科")))
                .param("name", TestUsers.unique("表单"))
                .param("idNumber", idNumber)
                .param("politicalStatus", "CPC_MEMBER")
                .param("education", "BACHELOR")
                .param("phone", "0735-2219999")
                .param("salary", "6000")
                .param("workHistory[0].from", "2010-07")
                .param("workHistory[0].organization", "市财政局")
                .param("workHistory[1].from", "")
                .param("version", "");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
