package org.zhengtong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.petition.PetitionTestKit.HOUSING;
import static org.zhengtong.petition.PetitionTestKit.OFFICE;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/** Every page of 信访管理 (in Chinese and English), and who may open it. */
@IntegrationTest
class PetitionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theOfficeRegistersOnThePageAndSeesItsLists() throws Exception {
        String summary = TestUsers.unique("道路积水");
        assertThat(page("/petitions/new", OFFICE)).contains("信访登记", "身份证号码", "被反映单位", "查重", "requestKey");
        String checked = mvc.perform(post("/petitions/new/check").with(users.as(OFFICE)).with(csrf())
                        .param("channel", "VISIT").param("name", "刘洋").param("idNumber", PetitionTestKit.newIdNumber())
                        .param("phone", "13907356666").param("matterCode", "URBAN").param("summary", summary)
                        .param("content", "雨后道路积水严重"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(checked).contains("未发现同一信访人或内容相似的信访件", summary);
        mvc.perform(post("/petitions").with(users.as(OFFICE)).with(csrf()).param("requestKey", TestUsers.unique("k"))
                        .param("channel", "VISIT").param("name", "刘洋").param("idNumber", PetitionTestKit.newIdNumber())
                        .param("phone", "13907356666").param("matterCode", "URBAN").param("summary", summary)
                        .param("content", "雨后道路积水严重").param("peopleCount", "1")
                        .param("complainedUnitIds", String.valueOf(new PetitionTestKit(mvc, users, workflow,
                                directory).unit("cgj"))))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/petitions/*"));
        assertThat(page("/petitions?text=" + summary, OFFICE)).contains(summary, "登记待受理", "信访登记");
        assertThat(page("/petitions/statistics", OFFICE)).contains("信访统计", "按事项分类", "按期受理");
        assertThat(page("/petitions/statistics?lang=en", OFFICE)).contains("Petition statistics", "By class");
        mvc.perform(get("/petitions/statistics").param("from", "2026-12-01").param("to", "2026-01-01")
                .with(users.as(OFFICE))).andExpect(status().isConflict());
    }

    @Test
    void aCasePageShowsTheHandlerHisTaskAndNotTheOfficesActions() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        String summary = TestUsers.unique("占道经营");
        long id = kit.handedToTwoUnits(summary);
        String office = page("/petitions/" + id, OFFICE);
        assertThat(office).contains(summary, "张建国", "办理期限", "id=\"reply-form\"", "id=\"request-extension\"", "交办单",
                "市住房和城乡建设局");
        String handler = page("/petitions/" + id, HOUSING);
        assertThat(handler).contains(summary, "办理：办理并报告", "报告办理情况")
                .doesNotContain("id=\"reply-form\"", "id=\"request-extension\"");
        assertThat(page("/petitions/" + id + "?lang=en", HOUSING)).contains("Handling due", "Petitioner");
        // the handler finds it among the cases he handles; someone without the 信访 office's permission registers
        // nothing, sees no unit list and no statistics
        assertThat(page("/petitions", HOUSING)).contains(summary, "我经办的信访件");
        assertThat(page("/petitions", "zjj.d1.clerk1")).doesNotContain("id=\"unit-cases\"", summary);
        mvc.perform(get("/petitions/new").with(users.as("zjj.d1.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(get("/petitions/statistics").with(users.as("zjj.d1.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(get("/petitions/{id}/pdf/registration", id).with(users.as(OFFICE))).andExpect(status().isOk());
        // a refused reply or extension shows the page again with the reason
        assertThat(mvc.perform(post("/petitions/{id}/reply", id).with(users.as(OFFICE)).with(csrf()).param("text", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("请先拟写答复意见", summary);
        assertThat(mvc.perform(post("/petitions/{id}/extension", id).with(users.as(OFFICE)).with(csrf())
                        .param("reason", "")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString()).contains("请填写延期理由");
    }

    @Test
    void theAdministratorKeepsTheClassesOfMatters() throws Exception {
        assertThat(page("/petitions/matters", "sysadmin")).contains("信访事项分类", "城乡建设");
        String code = "T" + (System.nanoTime() % 1_000_000);
        mvc.perform(post("/petitions/matters").with(users.as("sysadmin")).with(csrf()).param("code", code)
                        .param("name", "测试分类").param("sortOrder", "999").param("enabled", "true"))
                .andExpect(status().isFound());
        assertThat(page("/petitions/matters", "sysadmin")).contains(code, "测试分类");
        assertThat(page("/petitions/new", OFFICE)).contains("测试分类");
        mvc.perform(post("/petitions/matters/{code}/enabled", code).with(users.as("sysadmin")).with(csrf())
                .param("enabled", "false")).andExpect(status().isFound());
        assertThat(page("/petitions/new", OFFICE)).doesNotContain("测试分类");
        mvc.perform(post("/petitions/matters").with(users.as("sysadmin")).with(csrf()).param("code", "bad code")
                .param("name", "x")).andExpect(status().isBadRequest());
        mvc.perform(get("/petitions/matters").with(users.as(OFFICE))).andExpect(status().isForbidden());
    }

    @Test
    void theDemoCityHasALetterWaitingForItsOfficeFromAPetitionerWhoCameTwiceBefore() throws Exception {
        Long id = jdbc.queryForObject("select max(id) from petition_case where summary = ? and status = 'REGISTERED'",
                Long.class, "北湖区人民路工地夜间施工噪声扰民");
        assertThat(id).as("the demo letter").isNotNull();
        assertThat(workflow.todo(OFFICE)).anyMatch(t -> t.businessKey().equals("petition:" + id)
                && t.activityId().equals("propose"));
        assertThat(page("/petitions/" + id, OFFICE)).contains("此前已就同一事项信访 2 次", "市城市管理局", "办理：拟办");
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
