package org.zhengtong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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

/** Every page of 接待管理 renders in Chinese and, with ?lang=en, in English; the form registers through the page. */
@IntegrationTest
class ReceptionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;

    @Test
    void everyPageRendersInChineseAndEnglish() throws Exception {
        String json = mvc.perform(post("/api/v1/receptions").with(users.as(DESK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ReceptionFixtures.body(clock, TestUsers.unique("页面单位"), "事由", "COUNTY", 3)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String[][] pages = {
                {"/receptions", "来访单位", "Visiting unit"},
                {"/receptions/new", "登记来访", "Register a visit"},
                {"/receptions/statistics", "按接待级别", "By level"},
                {"/receptions/" + id, "接待方案", "Reception plan"},
                {"/receptions/" + id + "/edit", "修改登记和方案", "Edit registration and plan"}};
        for (String[] page : pages) {
            assertThat(render(page[0])).as(page[0]).contains(page[1], "接待管理");
            assertThat(render(page[0] + (page[0].contains("?") ? "&" : "?") + "lang=en")).as(page[0])
                    .contains(page[2]).doesNotContain("??");
        }
    }

    @Test
    void theFormRegistersAVisitWithItsRows() throws Exception {
        String unit = TestUsers.unique("表单单位");
        LocalDateTime arrival = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusDays(1);
        mvc.perform(post("/receptions").with(users.as(DESK)).with(csrf())
                        .param("requestKey", TestUsers.unique("key"))
                        .param("visitingUnit", unit).param("leaderName", "张三").param("visitorCount", "4")
                        .param("level", "BUREAU").param("reason", "考察").param("arrivalAt", arrival.toString())
                        .param("departureAt", arrival.plusHours(8).toString())
                        .param("members[0].name", "李四").param("members[0].title", "处长")
                        .param("members[1].name", "").param("members[1].title", "")
                        .param("meals[0].date", arrival.toLocalDate().toString()).param("meals[0].kind", "LUNCH")
                        .param("meals[0].guests", "4").param("meals[0].hosts", "2").param("meals[0].standard", "80")
                        .param("meals[1].date", "").param("meals[1].kind", "LUNCH")
                        .param("agenda[0].startsAt", arrival.plusHours(1).toString())
                        .param("agenda[0].content", "座谈").param("agenda[0].place", "三楼会议室")
                        .param("companions", "czj.deputy1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/receptions/*"));
        String list = render("/receptions?visitingUnit=" + unit);
        assertThat(list).contains(unit, "厅局级", "登记");
    }

    private String render(String path) throws Exception {
        return mvc.perform(get(path).with(users.as(DESK))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
