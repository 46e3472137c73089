package org.zhengtong.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * The liveness and readiness groups, and what a client gets while the application is not ready: 503 with a Chinese
 * message everywhere but the probes and static files, never the login page or an engine error. (The order of the
 * start-up steps against readiness is checked on a real start: {@link StartupReadinessProcessTest}.)
 */
@IntegrationTest
class ReadinessTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ApplicationContext context;

    @Test
    void livenessAndReadinessAreUpOnceStarted() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void untilReadyEveryRequestButTheProbesAndStaticFilesGets503() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
            mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());

            // the API: problem JSON, whether or not the caller has logged in (no 401 before the accounts exist)
            mvc.perform(get("/api/v1/units")).andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("系统正在启动")));
            mvc.perform(get("/api/v1/units").with(users.as("czj.d1.clerk1"))).andExpect(status().isServiceUnavailable());

            // the console: a page that says so and reloads itself, not the login page
            mvc.perform(get("/")).andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("政通尚未就绪")))
                    .andExpect(content().string(containsString("http-equiv=\"refresh\"")));
            mvc.perform(get("/documents/new").with(users.as("czj.d1.clerk1"))).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk());
    }
}
