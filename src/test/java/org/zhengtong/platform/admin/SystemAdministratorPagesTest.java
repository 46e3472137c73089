package org.zhengtong.platform.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;

/** The system administrator belongs to no unit: his menu offers only what he can do, and he picks the unit. */
@IntegrationTest
class SystemAdministratorPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired OrgDirectory directory;

    @Test
    void theMenuOffersNoDraftingToAPersonWithoutAUnit() throws Exception {
        mvc.perform(get("/").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/documents/new\""))))
                .andExpect(content().string(containsString("href=\"/admin/seals\"")));
        mvc.perform(get("/documents/new").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("您不属于任何单位，不能拟稿")))
                .andExpect(content().string(not(containsString("id=\"draft-form\""))));
        mvc.perform(get("/").with(users.as("czj.d1.clerk1")))
                .andExpect(content().string(containsString("href=\"/documents/new\"")));
    }

    @Test
    void theSystemAdministratorPicksTheUnitOfANewSeal() throws Exception {
        mvc.perform(get("/admin/seals/new").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"seal-unit\"")))
                .andExpect(content().string(containsString("请先选择印章所属单位")))
                .andExpect(content().string(not(containsString("id=\"seal-form\""))));
        long unit = directory.person("czj.office").orElseThrow().unitId();
        mvc.perform(get("/admin/seals/new").param("unitId", String.valueOf(unit)).with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"seal-form\"")))
                .andExpect(content().string(containsString("name=\"unitId\" value=\"" + unit + "\"")));
        mvc.perform(get("/admin/seals/new").with(users.as("czj.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"seal-form\"")))
                .andExpect(content().string(not(containsString("id=\"seal-unit\""))));
    }

    @Test
    void peopleAreNamedNotTheirUsernames() throws Exception {
        String secretary = directory.person("czj.secretary").orElseThrow().name();
        mvc.perform(get("/admin/seals").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>" + secretary)))
                .andExpect(content().string(not(containsString("<td>czj.secretary"))))
                .andExpect(content().string(containsString("系统管理员")))
                .andExpect(content().string(not(containsString("<span>sysadmin</span>"))));
    }
}
