package org.zhengtong.leadermailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * The demo city's 领导信箱 as the README tells it: 市财政局's 局长 and his secretary read his letters, the 预算科 clerk
 * finds hers with one answer, the anonymous one stores no writer and opens with the demo's reply code, and the unit
 * administrator cannot open a letter.
 */
@IntegrationTest
class DemoLettersTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theDemoLettersAreWhereTheReadmeSays() throws Exception {
        for (String reader : new String[] {"czj.head", "czj.secretary"}) {
            assertThat(page("/leader-mailbox", reader)).contains("关于完善预算科加班餐补的建议", "关于食堂就餐排队时间过长的意见");
        }
        assertThat(page("/leader-mailbox", "czj.d1.clerk1")).contains("关于开放机关阅览室周末借阅的建议", "已答复")
                .doesNotContain("关于食堂就餐排队时间过长的意见");
        assertThat(jdbc.queryForObject("select count(*) from lm_letter where subject = ? and writer is null "
                + "and anonymous = true", Integer.class, "关于食堂就餐排队时间过长的意见")).isEqualTo(1);
        mvc.perform(post("/api/v1/leader-mailbox/reply").with(users.as("jyj.d1.clerk1")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"DEMO-LEAD-ERMA-ILBX\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").isNotEmpty());
        long id = jdbc.queryForObject("select id from lm_letter where subject = ?", Long.class,
                "关于完善预算科加班餐补的建议");
        mvc.perform(get("/leader-mailbox/{id}", id).with(users.as("czj.office"))).andExpect(status().isForbidden());
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
