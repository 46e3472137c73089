package org.zhengtong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.admin.AdminFixtures;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.account.RoleForm;
import org.zhengtong.platform.internal.account.RoleService;
import org.zhengtong.workflow.Workflow;

/**
 * The public portal's account ({@code PETITION_PORTAL}) submits online petitions to its unit, once per key, and
 * reads nothing: the answer carries the number and the deadline, no personal data; the case is the office's 拟办.
 */
@IntegrationTest
class PetitionPortalTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired AdminFixtures fixtures;
    @Autowired RoleService roles;
    @Autowired AccountService accounts;
    @Autowired AsUser as;

    @Test
    void thePortalSubmitsOnlineOnceAndReadsNothing() throws Exception {
        String role = TestUsers.unique("PORTAL").toUpperCase();
        as.call("secadmin", () -> roles.create(new RoleForm(role, TestUsers.unique("网上信访门户"),
                Set.of("PETITION_PORTAL"))));
        var account = fixtures.newAccount("xfj");
        as.run("secadmin", () -> accounts.assignBusinessRoles(account.getId(), Set.of(role)));
        String portal = account.getUsername();
        String idNumber = PetitionTestKit.newIdNumber();
        String body = PetitionTestKit.body("ONLINE", "网民甲", idNumber, "13907359999", "ENV",
                TestUsers.unique("河道垃圾无人清理"), List.of());

        String first = mvc.perform(post("/api/v1/petitions").header("Idempotency-Key", "portal-1-" + portal)
                        .with(users.as(portal)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).doesNotContain(idNumber, "13907359999", "网民甲");
        long id = ((Number) JsonPath.read(first, "$.id")).longValue();
        String again = mvc.perform(post("/api/v1/petitions").header("Idempotency-Key", "portal-1-" + portal)
                        .with(users.as(portal)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(again, "$.id")).longValue()).isEqualTo(id);

        // 拟办 is the unit's office director's; the portal reads nothing and registers only online submissions
        new PetitionTestKit(mvc, users, workflow, directory).task(PetitionTestKit.OFFICE, id, "propose");
        mvc.perform(get("/api/v1/petitions/{id}", id).with(users.as(portal))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/petitions").with(users.as(portal))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/petitions").with(users.as(portal)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"ONLINE\"", "\"VISIT\"")))
                .andExpect(status().isForbidden());
    }
}
