package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;

/**
 * The database out of reach: the test holds every connection of the pool, so a request gets none and the pool gives
 * up after its connection timeout, as when the database is down or its connections are killed. A
 * page of a logged-in user (whose session cannot be loaded), an API call (whose account cannot be loaded) and a
 * login answer 503 with the Chinese message within a few seconds — not 401, not a login page, not Tomcat's page —
 * and everything works again once the database is back.
 */
@IntegrationTest
class DatabaseOutageTest {

    private static final String MESSAGE = "系统暂时无法连接数据库，请稍后再试。";

    @Autowired MockMvc mvc;
    @Autowired DataSource dataSource;

    @Test
    void requestsAnswer503QuicklyWhileTheDatabaseIsDownAndWorkAfterwards() throws Exception {
        Cookie session = login();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> taken = new ArrayList<>();
        try {
            while (taken.size() < pool.getMaximumPoolSize()) {
                taken.add(pool.getConnection());
            }

            String page = quickly(() -> mvc.perform(get("/todo").cookie(session)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"error-message\"").contains(MESSAGE).contains("/css/app.css");

            quickly(() -> mvc.perform(get("/api/v1/todo").with(httpBasic("czj.d1.clerk1", "Demo@2026"))))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value(MESSAGE));

            quickly(() -> mvc.perform(post("/login").with(csrf()).param("username", "czj.d1.clerk1")
                    .param("password", "Demo@2026")))
                    .andExpect(status().isServiceUnavailable());
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }

        mvc.perform(get("/api/v1/todo").with(httpBasic("czj.d1.clerk1", "Demo@2026"))).andExpect(status().isOk());
        mvc.perform(get("/todo").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(MESSAGE))));
    }

    private Cookie login() throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", "czj.d1.clerk1")
                .param("password", "Demo@2026")).andExpect(status().is3xxRedirection()).andReturn();
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    /** The request, failing within a few seconds (the pool's connection timeout) instead of hanging for 30. */
    private static ResultActions quickly(ResultActionsCall call) throws Exception {
        Instant start = Instant.now();
        ResultActions result = call.perform();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
        return result;
    }

    @FunctionalInterface
    private interface ResultActionsCall {
        ResultActions perform() throws Exception;
    }
}
