package org.zhengtong.leaderschedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.calendar.BusyTime;
import org.zhengtong.calendar.CalendarEntryRequest;
import org.zhengtong.calendar.Calendars;
import org.zhengtong.calendar.EntryType;
import org.zhengtong.platform.OrgDirectory;

/**
 * The secretary keeps the 局长's week: the entry is in his calendar (type 领导活动, with its reminder), a meeting in
 * his calendar at the same time is shown as a clash, the week table shows it in the right half-day, and deleting the
 * entry removes it from his calendar.
 */
@IntegrationTest
class LeaderScheduleJourneyTest {

    /** Monday of 2026-W50. */
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ObjectMapper json;
    @Autowired Calendars calendars;
    @Autowired AsUser as;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;

    LeaderScheduleFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new LeaderScheduleFixtures(mvc, users, json);
        fixtures.editors("czj.office", "czj.head", "czj.secretary");
    }

    @Test
    void theSecretaryKeepsTheWeekAndTheEntryIsInTheLeadersCalendar() throws Exception {
        String activity = "调研预算执行" + TestUsers.unique("");
        LocalDateTime start = MONDAY.plusDays(1).atTime(9, 0);
        // a meeting in the 局长's calendar overlapping the entry
        String meeting = "meeting:" + TestUsers.unique("m").replaceAll("[^0-9]", "");
        String meetingTitle = "党组会" + TestUsers.unique("");
        calendars.put(new CalendarEntryRequest(meeting, "czj.head", EntryType.MEETING, meetingTitle, "三楼会议室",
                null, start.plusMinutes(30), start.plusHours(2), false, List.of(), null));

        long id = fixtures.create("czj.secretary", LeaderScheduleFixtures.timed("czj.head", start, start.plusHours(2),
                activity, "预算科", "PUBLIC", List.of("czj.d1.chief")));

        // in the 局长's calendar, as a 领导活动 with its reminder and a link back
        Long calendarEntries = jdbc.queryForObject("select count(*) from calendar_entry where owner = 'czj.head' "
                + "and source = ? and type = 'LEADER' and title = ?", Long.class, "leaderschedule:" + id, activity);
        assertThat(calendarEntries).isEqualTo(1);
        assertThat(jdbc.queryForObject("select r.minutes_before from calendar_reminder r join calendar_entry e "
                + "on e.id = r.entry_id where e.source = ?", Integer.class, "leaderschedule:" + id)).isEqualTo(30);
        List<BusyTime> busy = calendars.busy("czj.head", start, start.plusHours(1));
        assertThat(busy).extracting(BusyTime::source).contains(meeting, "leaderschedule:" + id);

        // the secretary sees the clash with the meeting
        String chief = directory.nameOf("czj.d1.chief");
        mvc.perform(get("/api/v1/leader-schedules/entries/{id}", id).with(users.as("czj.secretary")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(true))
                .andExpect(jsonPath("$.companions[0].name").value(chief))
                .andExpect(jsonPath("$.clashes[0].type").value("MEETING"))
                .andExpect(jsonPath("$.clashes[0].title").value(meetingTitle))
                .andExpect(jsonPath("$.clashes.length()").value(1));
        mvc.perform(get("/leaders/schedule/entries/{id}", id).with(users.as("czj.secretary")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(meetingTitle)))
                .andExpect(content().string(containsString("时间冲突")));

        // the week table: Tuesday morning of the 局长's row, with the clash marked
        mvc.perform(get("/api/v1/leader-schedules/week").param("week", "2026-W50").with(users.as("czj.secretary")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("市财政局领导活动安排表（2026年12月7日—12月13日）"))
                .andExpect(jsonPath("$.rows[0].username").value("czj.head"))
                .andExpect(jsonPath("$.rows[0].editable").value(true))
                .andExpect(jsonPath("$.rows[0].days[1].morning[?(@.id == " + id + ")].activity").value(activity))
                .andExpect(jsonPath("$.rows[0].days[1].morning[?(@.id == " + id + ")].clash").value(true))
                .andExpect(jsonPath("$.rows[0].days[1].morning[?(@.id == " + id + ")].time").value("09:00–11:00"))
                .andExpect(jsonPath("$.rows[0].days[1].afternoon[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/leaders/schedule").param("week", "2026-W50").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(activity)))
                .andExpect(content().string(containsString("市财政局领导活动安排表（2026年12月7日—12月13日）")));

        // an afternoon entry is written with the configured hours
        String afternoon = "听取汇报" + TestUsers.unique("");
        long pm = fixtures.create("czj.secretary", java.util.Map.of("leader", "czj.head", "dayPart", "AFTERNOON",
                "date", MONDAY.plusDays(2).toString(), "activity", afternoon, "visibility", "PUBLIC"));
        mvc.perform(get("/api/v1/leader-schedules/entries/{id}", pm).with(users.as("czj.head")))
                .andExpect(jsonPath("$.start").value(MONDAY.plusDays(2) + "T14:30:00"))
                .andExpect(jsonPath("$.end").value(MONDAY.plusDays(2) + "T18:00:00"));

        // deleting removes it from the calendar too; the meeting stays
        mvc.perform(delete("/api/v1/leader-schedules/entries/{id}", id).with(users.as("czj.secretary")).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from calendar_entry where source = ?", Long.class,
                "leaderschedule:" + id)).isZero();
        assertThat(calendars.busy("czj.head", start, start.plusHours(1))).extracting(BusyTime::source)
                .contains(meeting).doesNotContain("leaderschedule:" + id);
        mvc.perform(get("/api/v1/leader-schedules/entries/{id}", id).with(users.as("czj.secretary")))
                .andExpect(status().isNotFound());
        // the page's delete, too
        mvc.perform(post("/leaders/schedule/entries/{id}/delete", pm).with(users.as("czj.head")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from calendar_entry where source = ?", Long.class,
                "leaderschedule:" + pm)).isZero();
        calendars.remove(meeting);
    }

    @Test
    void theFormCreatesOnceAndThePagesRenderInBothLanguages() throws Exception {
        String activity = "座谈" + TestUsers.unique("");
        String key = TestUsers.unique("k");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/leaders/schedule/entries").param("requestKey", key).param("leader", "czj.head")
                            .param("dayPart", "MORNING").param("date", MONDAY.plusDays(3).toString())
                            .param("activity", activity).param("place", "市政府").param("companions", "czj.d1.chief", "czj.d2.chief")
                            .param("visibility", "LEADERS_ONLY").param("reminderMinutes", "30")
                            .with(users.as("czj.secretary")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select count(*) from leaderschedule_entry where activity = ?", Long.class,
                activity)).isEqualTo(1);
        mvc.perform(get("/leaders/schedule").param("week", "2026-W50").param("lang", "en")
                        .with(users.as("czj.secretary")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Leaders only")))
                .andExpect(content().string(containsString(activity)));
        mvc.perform(get("/leaders/schedule/entries/new").with(users.as("czj.secretary")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("安排日程")));
        mvc.perform(get("/leaders/schedule/entries/new").param("lang", "en").with(users.as("czj.secretary")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Schedule an activity")));
        mvc.perform(get("/leaders/schedule/settings").with(users.as("czj.office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("领导日程设置")));
        mvc.perform(get("/leaders/schedule/settings").param("lang", "en").with(users.as("czj.office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("schedule settings")));
        mvc.perform(get("/leaders/schedule/settings").with(users.as("czj.secretary")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/leaders/schedule")));
        mvc.perform(get("/leaders/schedule").with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"new-entry\""))));
    }
}
