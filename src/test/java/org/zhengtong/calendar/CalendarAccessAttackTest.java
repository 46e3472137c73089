package org.zhengtong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * A calendar is its owner's: nobody else reads or changes an entry, by page or API, with a real id or a forged one
 * (403, audited as a refused CALENDAR_OPEN); a person she shares it with reads it but changes nothing and sees her
 * private entries only as 忙碌; a revoked or replaced subscription token opens nothing; an entry another module keeps
 * is read-only.
 */
@IntegrationTest
class CalendarAccessAttackTest {

    private static final long FORGED_ID = 987_654_321L;
    private static final LocalDate MONDAY = LocalDate.of(2032, 5, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Calendars calendars;

    Team team;
    long entry;
    long secret;

    @BeforeEach
    void anEntryAndAPrivateOne() throws Exception {
        team = platform.newTeam();
        entry = create(team.clerk(), "季度工作会", false);
        secret = create(team.clerk(), "看病", true);
    }

    @Test
    void nobodyButTheOwnerReadsOrChangesAnEntry() throws Exception {
        String body = CalendarJourneyTest.entryJson("改掉", MONDAY, "09:00", "10:00", "NONE");
        for (String intruder : List.of(team.clerk2(), team.chief(), "czj.office", "sysadmin", "secadmin",
                "auditadmin")) {
            long refusedBefore = refusals(intruder);
            for (long id : List.of(entry, FORGED_ID)) {
                refused(get("/calendar/entries/{id}", id).with(users.as(intruder)));
                refused(get("/calendar/entries/{id}/edit", id).with(users.as(intruder)));
                refused(post("/calendar/entries/{id}", id).param("title", "改掉").param("type", "OTHER")
                        .param("startDate", MONDAY.toString()).param("endDate", MONDAY.toString()).param("allDay", "true")
                        .with(users.as(intruder)).with(csrf()));
                refused(post("/calendar/entries/{id}/delete", id).with(users.as(intruder)).with(csrf()));
                refused(post("/calendar/entries/{id}/occurrences/{date}/cancel", id, MONDAY).with(users.as(intruder))
                        .with(csrf()));
                refused(get("/api/v1/calendar/entries/{id}", id).with(users.as(intruder)));
                refused(put("/api/v1/calendar/entries/{id}", id).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(users.as(intruder)).with(csrf()));
                refused(delete("/api/v1/calendar/entries/{id}", id).with(users.as(intruder)).with(csrf()));
            }
            // the whole calendar, not shared with them
            refused(get("/calendar").param("of", team.clerk()).with(users.as(intruder)));
            refused(get("/calendar/events").param("of", team.clerk()).param("start", MONDAY + "T00:00:00Z")
                    .param("end", MONDAY.plusDays(7) + "T00:00:00Z").with(users.as(intruder)));
            refused(get("/calendar/search").param("of", team.clerk()).with(users.as(intruder)));
            refused(get("/api/v1/calendar/occurrences").param("of", team.clerk())
                    .param("from", MONDAY.atStartOfDay().toString()).param("to", MONDAY.plusDays(7).atStartOfDay()
                            .toString()).with(users.as(intruder)));
            assertThat(refusals(intruder)).as("refusals of %s audited", intruder)
                    .isGreaterThanOrEqualTo(refusedBefore + 2 * 8 + 4);
        }
        assertThat(jdbc.queryForObject("select title from calendar_entry where id = ?", String.class, entry))
                .isEqualTo("季度工作会");
        mvc.perform(get("/calendar/entries/{id}", entry).with(users.as(team.clerk()))).andExpect(status().isOk());
    }

    @Test
    void aReaderSeesButDoesNotChangeAndPrivateEntriesAreBusy() throws Exception {
        mvc.perform(post("/calendar/settings/share").param("reader", team.clerk2()).with(users.as(team.clerk()))
                .with(csrf())).andExpect(status().is3xxRedirection());

        String events = mvc.perform(get("/calendar/events").param("of", team.clerk())
                        .param("start", MONDAY + "T00:00:00Z").param("end", MONDAY.plusDays(7) + "T00:00:00Z")
                        .with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(events).contains("季度工作会", "忙碌").doesNotContain("看病");
        mvc.perform(get("/api/v1/calendar/entries/{id}", secret).with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("忙碌"))
                .andExpect(jsonPath("$.description").doesNotExist()).andExpect(jsonPath("$.readOnly").value(true));
        mvc.perform(get("/calendar/entries/{id}", secret).with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("看病"))))
                .andExpect(content().string(not(containsString("医院"))))
                .andExpect(content().string(not(containsString("id=\"edit-entry\""))));
        mvc.perform(get("/calendar").param("of", team.clerk()).with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("看病"))));

        // read, not write
        refused(post("/calendar/entries/{id}/delete", entry).with(users.as(team.clerk2())).with(csrf()));
        refused(put("/api/v1/calendar/entries/{id}", entry).contentType(MediaType.APPLICATION_JSON)
                .content(CalendarJourneyTest.entryJson("改掉", MONDAY, "09:00", "10:00", "NONE"))
                .with(users.as(team.clerk2())).with(csrf()));
        refused(get("/calendar/entries/{id}/edit", entry).with(users.as(team.clerk2())));

        // unshared: nothing more
        mvc.perform(post("/calendar/settings/unshare").param("reader", team.clerk2()).with(users.as(team.clerk()))
                .with(csrf())).andExpect(status().is3xxRedirection());
        refused(get("/calendar/entries/{id}", entry).with(users.as(team.clerk2())));
        assertThat(jdbc.queryForObject("select count(*) from calendar_entry where owner = ?", Integer.class,
                team.clerk())).isEqualTo(2);
    }

    @Test
    void aRevokedOrReplacedFeedTokenOpensNothing() throws Exception {
        String first = feedToken();
        mvc.perform(get("/calendar/feed/{token}.ics", first)).andExpect(status().isOk())
                .andExpect(content().string(containsString("季度工作会")))
                .andExpect(content().string(containsString("CLASS:PRIVATE")));
        String second = feedToken();
        mvc.perform(get("/calendar/feed/{token}.ics", first)).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feed/{token}.ics", second)).andExpect(status().isOk());
        mvc.perform(post("/calendar/settings/feed/revoke").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendar/feed/{token}.ics", second)).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feed/{token}.ics", "x".repeat(43))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where token_hash = ? or token_hash = ?",
                Integer.class, first, second)).as("only hashes are kept").isZero();
    }

    @Test
    void anEntryAnotherModuleKeepsIsReadOnlyAndWrittenOnce() throws Exception {
        String source = "meeting:" + TestUsers.unique("");
        LocalDateTime at = MONDAY.atTime(14, 0);
        CalendarEntryRequest meeting = new CalendarEntryRequest(source, team.clerk(), EntryType.MEETING, "专题会",
                "一楼", null, at, at.plusHours(2), false, List.of(15), "/meetings/42");
        long id = calendars.put(meeting);
        assertThat(calendars.put(new CalendarEntryRequest(source, team.clerk(), EntryType.MEETING, "专题会（改期）",
                "一楼", null, at.plusDays(1), at.plusDays(1).plusHours(2), false, List.of(15), "/meetings/42")))
                .isEqualTo(id);
        mvc.perform(get("/calendar/entries/{id}", id).with(users.as(team.clerk()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("专题会（改期）")))
                .andExpect(content().string(containsString("/meetings/42")))
                .andExpect(content().string(not(containsString("id=\"edit-entry\""))));
        mvc.perform(put("/api/v1/calendar/entries/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(CalendarJourneyTest.entryJson("改掉", MONDAY, "09:00", "10:00", "NONE"))
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("来源处")));
        mvc.perform(delete("/api/v1/calendar/entries/{id}", id).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isConflict());
        calendars.remove(source);
        assertThat(jdbc.queryForObject("select count(*) from calendar_entry where source = ?", Integer.class, source))
                .isZero();
    }

    private String feedToken() throws Exception {
        String page = mvc.perform(post("/api/v1/calendar/feed").with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String url = json.readTree(page).get("url").asText();
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private long create(String owner, String title, boolean privateEntry) throws Exception {
        var request = post("/calendar").param("requestKey", UUID.randomUUID().toString()).param("type", "MEETING")
                .param("title", title).param("location", privateEntry ? "市医院" : "三楼")
                .param("description", privateEntry ? "复诊" : "议程见附件")
                .param("startDate", MONDAY.toString()).param("startTime", privateEntry ? "15:00" : "09:00")
                .param("endDate", MONDAY.toString()).param("endTime", privateEntry ? "16:00" : "10:00")
                .param("repeat", "WEEKLY").with(users.as(owner)).with(csrf());
        if (privateEntry) {
            request.param("privateEntry", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from calendar_entry where owner = ? and title = ?", Long.class,
                owner, title);
    }

    private void refused(RequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isForbidden());
    }

    private long refusals(String username) {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'CALENDAR_OPEN'"
                + " and result = 'FAILURE' and actor = ?", Long.class, username);
    }
}
