package org.zhengtong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/**
 * 接待审批规则 per unit: 市审计局's desk asks for approval only over 5000 元 (or for 省部级), so its small plan is arranged
 * at once while the same plan at 市财政局, which set no rule, still goes to its leader (the server's default,
 * always). Only the desk sets the rule; the unit's leader reads it; bad input is refused in Chinese and changes
 * nothing; the page renders in both languages.
 */
@IntegrationTest
class ReceptionRulesTest {

    static final String AUDIT_DESK = "sjj.office";
    static final String AUDIT_LEADER = "sjj.deputy1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;

    @AfterEach
    void backToTheDefault() {
        jdbc.update("delete from reception_rule where unit_id = ?", auditUnit());
    }

    @Test
    void eachUnitsRuleDecidesWhetherItsPlansGoToApproval() throws Exception {
        mvc.perform(get("/api/v1/receptions/rules").with(users.as(AUDIT_DESK))).andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(false)).andExpect(jsonPath("$.approval").value("ALWAYS"));
        rules(AUDIT_DESK, "{\"approval\": \"OVER_AMOUNT\", \"approvalAmount\": 5000}").andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(true)).andExpect(jsonPath("$.approval").value("OVER_AMOUNT"))
                .andExpect(jsonPath("$.approvalAmount").value(5000));

        // 1160 元 (lunch for six at 60, 800 other): arranged at once under 市审计局's rule
        long small = register(AUDIT_DESK, auditBody(TestUsers.unique("省审计厅"), "BUREAU", "800"));
        submit(AUDIT_DESK, small).andExpect(jsonPath("$.status").value("ARRANGED"));
        assertThat(workflow.todo(AUDIT_LEADER)).noneMatch(t -> t.businessKey().equals("reception:" + small));
        // over the amount, or 省部级: to its leader in charge
        long large = register(AUDIT_DESK, auditBody(TestUsers.unique("省审计厅"), "BUREAU", "4900"));
        submit(AUDIT_DESK, large).andExpect(jsonPath("$.status").value("PENDING"));
        long ministerial = register(AUDIT_DESK, auditBody(TestUsers.unique("审计署"), "MINISTERIAL", "0"));
        submit(AUDIT_DESK, ministerial).andExpect(jsonPath("$.status").value("PENDING"));
        assertThat(workflow.todo(AUDIT_LEADER)).anyMatch(t -> t.businessKey().equals("reception:" + large))
                .anyMatch(t -> t.businessKey().equals("reception:" + ministerial));

        // 市财政局 set no rule: the same small plan still goes to approval
        mvc.perform(get("/api/v1/receptions/rules").with(users.as(ReceptionFixtures.DESK))).andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(false));
        long finance = register(ReceptionFixtures.DESK, ReceptionFixtures.body(clock, TestUsers.unique("省财政厅"),
                "调研", "BUREAU", 4));
        submit(ReceptionFixtures.DESK, finance).andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void onlyTheDeskSetsItAndBadInputChangesNothing() throws Exception {
        rules(AUDIT_DESK, "{\"approval\": \"NEVER\"}").andExpect(status().isOk());
        // the unit's leader reads it but does not set it; a clerk neither
        mvc.perform(get("/api/v1/receptions/rules").with(users.as("sjj.head"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.approval").value("NEVER"));
        rules("sjj.head", "{\"approval\": \"ALWAYS\"}").andExpect(status().isForbidden());
        rules("sjj.d1.clerk1", "{\"approval\": \"ALWAYS\"}").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/receptions/rules").with(users.as("sjj.d1.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(get("/receptions/rules").with(users.as("sjj.d1.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(post("/receptions/rules").param("approval", "ALWAYS").with(users.as("sjj.head")).with(csrf()))
                .andExpect(status().isForbidden());

        rules(AUDIT_DESK, "{\"approval\": \"OVER_AMOUNT\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("按金额送审批时，请填写金额。"));
        rules(AUDIT_DESK, "{\"approval\": \"OVER_AMOUNT\", \"approvalAmount\": -1}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("金额须在 0 至 9999999999.99 元之间，最多两位小数。"));
        rules(AUDIT_DESK, "{\"approval\": \"OVER_AMOUNT\", \"approvalAmount\": 10.001}")
                .andExpect(status().isConflict());
        rules(AUDIT_DESK, "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("请选择何时送审批。"));
        rules(AUDIT_DESK, "{\"approval\": \"SOMETIMES\"}").andExpect(status().isBadRequest());
        String page = mvc.perform(post("/receptions/rules").param("approval", "OVER_AMOUNT")
                        .param("approvalAmount", "三千").with(users.as(AUDIT_DESK)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请选择规则，金额须为数字。");
        mvc.perform(post("/receptions/rules").param("approval", "OVER_AMOUNT").with(users.as(AUDIT_DESK))
                .with(csrf())).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/receptions/rules").with(users.as(AUDIT_DESK)))
                .andExpect(jsonPath("$.approval").value("NEVER"));

        // through the page
        mvc.perform(post("/receptions/rules").param("approval", "OVER_AMOUNT").param("approvalAmount", "2000")
                        .with(users.as(AUDIT_DESK)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select approval from reception_rule where unit_id = ?", String.class,
                auditUnit())).isEqualTo("OVER_AMOUNT");
    }

    @Test
    void thePageRendersInBothLanguages() throws Exception {
        assertThat(page("/receptions/rules", AUDIT_DESK)).contains("接待审批规则", "一律送分管领导审批",
                "本单位未设置", "id=\"rules-form\"");
        assertThat(page("/receptions/rules?lang=en", AUDIT_DESK)).contains("Reception approval rule",
                "Always to the leader in charge");
        assertThat(page("/receptions/rules", "sjj.head")).contains("接待审批规则").doesNotContain("id=\"rules-form\"");
        assertThat(page("/receptions", AUDIT_DESK)).contains("/receptions/rules");
    }

    private long auditUnit() {
        return directory.person(AUDIT_DESK).orElseThrow().unitId();
    }

    private ResultActions rules(String username, String body) throws Exception {
        return mvc.perform(put("/api/v1/receptions/rules").with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long register(String desk, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/receptions").with(users.as(desk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private ResultActions submit(String desk, long id) throws Exception {
        return mvc.perform(post("/api/v1/receptions/{id}/submit", id).with(users.as(desk)).with(csrf()))
                .andExpect(status().isOk());
    }

    /** The fixtures' visit, hosted by 市审计局's own people, with the other budget given. */
    private String auditBody(String visitingUnit, String level, String otherBudget) {
        return ReceptionFixtures.body(clock, visitingUnit, "审计调研", level, 4)
                .replace("czj.clerk", "sjj.clerk").replace("czj.deputy2", "sjj.deputy2")
                .replace("\"otherBudget\": 800", "\"otherBudget\": " + otherBudget);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
