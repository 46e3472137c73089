package org.zhengtong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.reception.ReceptionFixtures.DESK;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;

/** Bad input is refused in Chinese (400 or 409), never with a 500, and nothing is saved; names show escaped. */
@IntegrationTest
class ReceptionInputTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;

    @Test
    void anEndBeforeTheStartIsRefusedOnThePageAndTheApi() throws Exception {
        String unit = TestUsers.unique("倒序单位");
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        String body = ReceptionFixtures.body(unit, "事由", "COUNTY", 3, now, now.minusHours(1), 1, "50");
        mvc.perform(post("/api/v1/receptions").with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("离开时间须晚于来访时间。"));
        String page = mvc.perform(post("/receptions").with(users.as(DESK)).with(csrf())
                        .param("visitingUnit", unit).param("leaderName", "张三").param("visitorCount", "3")
                        .param("level", "COUNTY").param("reason", "事由")
                        .param("arrivalAt", now.toString()).param("departureAt", now.minusHours(1).toString()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("离开时间须晚于来访时间。");
        nothingSaved(unit);
    }

    @Test
    void badNumbersAndOverLongTextsAreRefused() throws Exception {
        String unit = TestUsers.unique("坏数据单位");
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        // no visitors
        refused(ReceptionFixtures.body(unit, "事由", "COUNTY", 0, now, now.plusHours(2), 1, "50"), 400);
        // a negative and an absurd meal standard
        refused(ReceptionFixtures.body(unit, "事由", "COUNTY", 3, now, now.plusHours(2), 1, "-5"), 400);
        refused(ReceptionFixtures.body(unit, "事由", "COUNTY", 3, now, now.plusHours(2), 1, "99999999"), 400);
        // too many hosts at table: 3 guests allow 3 hosts
        mvc.perform(post("/api/v1/receptions").with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ReceptionFixtures.body(unit, "事由", "COUNTY", 3, now, now.plusHours(2), 4, "50")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("陪餐人数超过规定：本次接待每餐陪餐不得超过 3 人。"));
        // more names than visitors (leader and two members for one visitor)
        refused(ReceptionFixtures.body(unit, "事由", "COUNTY", 1, now, now.plusHours(2), 0, "50")
                .replace("\"guests\": 1", "\"guests\": 1"), 409);
        // over-long reason
        refused(ReceptionFixtures.body(unit, "长".repeat(501), "COUNTY", 3, now, now.plusHours(2), 1, "50"), 400);
        // a level that does not exist
        refused(ReceptionFixtures.body(unit, "事由", "KING", 3, now, now.plusHours(2), 1, "50"), 400);
        nothingSaved(unit);
    }

    @Test
    void negativeCostsAreRefusedAndNothingChanges() throws Exception {
        String unit = TestUsers.unique("费用单位");
        String json = mvc.perform(post("/api/v1/receptions").with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ReceptionFixtures.body(clock, unit, "事由", "OTHER", 3)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        // costs before it is arranged
        mvc.perform(post("/api/v1/receptions/{id}/costs", id).with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mealCost\": 1, \"accommodationCost\": 0, \"transportCost\": 0, \"otherCost\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/receptions/{id}/costs", id).with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mealCost\": -1, \"accommodationCost\": 0, \"transportCost\": 0, \"otherCost\": 0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/receptions/{id}/costs", id).with(users.as(DESK)).with(csrf())
                        .param("mealCost", "abc").param("accommodationCost", "0").param("transportCost", "0")
                        .param("otherCost", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/receptions/{id}/cancel", id).with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("请填写取消原因。"));
        mvc.perform(get("/api/v1/receptions/{id}", id).with(users.as(DESK)))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.mealCost").doesNotExist());
        mvc.perform(get("/receptions").param("from", "2026-13-01").with(users.as(DESK)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/receptions/statistics").param("from", "2026-12-31").param("to", "2026-01-01")
                        .with(users.as(DESK)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("结束日期不能早于开始日期。"));
    }

    @Test
    void storedMarkupIsShownAsText() throws Exception {
        String unit = TestUsers.unique("<script>alert(1)</script>单位");
        String json = mvc.perform(post("/api/v1/receptions").with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ReceptionFixtures.body(clock, unit, "<img src=x onerror=alert(2)>", "OTHER", 3)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String page = mvc.perform(get("/receptions/{id}", id).with(users.as(DESK))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)", "<img src=x").contains("&lt;script&gt;alert(1)");
    }

    private void refused(String body, int status) throws Exception {
        String detail = mvc.perform(post("/api/v1/receptions").with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        assertThat(detail).containsPattern("[\\u4e00-\\u9fa5]");
    }

    private void nothingSaved(String unit) throws Exception {
        mvc.perform(get("/api/v1/receptions").param("visitingUnit", unit).with(users.as(DESK)))
                .andExpect(jsonPath("$.total").value(0));
    }
}
