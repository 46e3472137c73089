package org.zhengtong.leaderschedule;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.TestUsers;

/** Entries and settings through the API, as the pages' tests need them. */
final class LeaderScheduleFixtures {

    private final MockMvc mvc;
    private final TestUsers users;
    private final ObjectMapper json;

    LeaderScheduleFixtures(MockMvc mvc, TestUsers users, ObjectMapper json) {
        this.mvc = mvc;
        this.users = users;
        this.json = json;
    }

    /** The office director names the editors (and no viewers) of the leader. */
    void editors(String office, String leader, String... editors) throws Exception {
        mvc.perform(put("/api/v1/leader-schedules/settings/{leader}", leader).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("editors", List.of(editors), "viewers", List.of())))
                        .with(users.as(office)).with(csrf()))
                .andExpect(status().isOk());
    }

    static Map<String, Object> timed(String leader, LocalDateTime start, LocalDateTime end, String activity,
                                     String place, String visibility, List<String> companions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leader", leader);
        body.put("dayPart", "TIMED");
        body.put("start", start.toString());
        body.put("end", end.toString());
        body.put("activity", activity);
        body.put("place", place);
        body.put("companions", companions);
        body.put("visibility", visibility);
        body.put("reminderMinutes", 30);
        return body;
    }

    /** Creates the entry as the user: its id. */
    long create(String username, Map<String, Object> body) throws Exception {
        String answer = mvc.perform(post("/api/v1/leader-schedules/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)).with(users.as(username)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }
}
