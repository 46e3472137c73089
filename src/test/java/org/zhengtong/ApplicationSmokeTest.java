package org.zhengtong;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApplicationSmokeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void anonymousVisitorIsSentToLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("政通协同办公平台")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ZhengTong Collaborative Office")));
    }

    @Test
    void workbenchShowsTheUserAndTheirUnit() throws Exception {
        mvc.perform(get("/").with(users.as("czj.office"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("市财政局")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/admin/accounts")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/admin/audit"))));
    }
}
