package org.zhengtong.platform.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.platform.api.ApiFixtures.basic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.org.DepartmentForm;

@IntegrationTest
class ApiAuthenticationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemJsonWithoutABrowserLoginPrompt() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("请先登录")))
                .andExpect(jsonPath("$.instance").value("/api/v1/units"));
    }

    @Test
    void wrongCredentialsAre401TooWithoutPrompt() throws Exception {
        mvc.perform(get("/api/v1/units").with(httpBasic(TestUsers.unique("nobody"), "Wrong@2026")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void aUnitAdministratorCallsTheApiWithHttpBasic() throws Exception {
        mvc.perform(get("/api/v1/units").with(basic("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].name", hasItem("市财政局")));
    }

    @Test
    void httpBasicIsRefusedWhileThePasswordMustStillBeChanged() throws Exception {
        mvc.perform(get("/api/v1/units").with(basic("sysadmin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aConsoleSessionMustSendTheCsrfTokenToChangeAnything() throws Exception {
        Long czj = fixtures.unitId("czj");
        String name = TestUsers.unique("会话科");
        String body = fixtures.json(new DepartmentForm(czj, name, 90, null, null));

        mvc.perform(post("/api/v1/departments").with(users.as("czj.office"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("CSRF")));
        mvc.perform(get("/api/v1/units/{id}/departments", czj).with(users.as("czj.office")))
                .andExpect(jsonPath("$[*].name", not(hasItem(name))));

        mvc.perform(post("/api/v1/departments").with(users.as("czj.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }

    @Test
    void httpBasicNeedsNoCsrfToken() throws Exception {
        String body = fixtures.json(new DepartmentForm(fixtures.unitId("czj"), TestUsers.unique("接口科"), 91, null, null));
        mvc.perform(post("/api/v1/departments").with(basic("czj.office"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }
}
