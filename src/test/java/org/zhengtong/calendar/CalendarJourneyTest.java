package org.zhengtong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * 日程: timed and all-day entries, a weekly repeat with one occurrence cancelled and one moved, the combined query by
 * period, type and text, the iCalendar round trip, and refusals (bad files, bad input) that save nothing.
 */
@IntegrationTest
class CalendarJourneyTest {

    /** A Monday well in the future, so that the clock and other tests' entries do not matter. */
    private static final LocalDate MONDAY = LocalDate.of(2031, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    Team team;

    @BeforeEach
    void team() {
        team = platform.newTeam();
    }

    @Test
    void repeatsWithExceptionsAndTheCombinedQuery() throws Exception {
        long weekly = createOnPage(team.clerk(), "部务会", "MEETING", MONDAY, "09:00", MONDAY, "10:00", false,
                "WEEKLY", "MONDAY,WEDNESDAY", MONDAY.plusDays(27));
        createOnPage(team.clerk(), "赴省厅出差", "OFFICIAL", MONDAY.plusDays(1), null, MONDAY.plusDays(2), null, true,
                "NONE", null, null);

        // the second Monday does not take place; the first Wednesday moves to the afternoon
        mvc.perform(post("/calendar/entries/{id}/occurrences/{date}/cancel", weekly, MONDAY.plusDays(7))
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/calendar/entries/{id}/occurrences/{date}", weekly, MONDAY.plusDays(2))
                        .param("title", "部务会（改在下午）").param("location", "三楼会议室")
                        .param("startDate", MONDAY.plusDays(2).toString()).param("startTime", "15:00")
                        .param("endDate", MONDAY.plusDays(2).toString()).param("endTime", "16:30")
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        List<String> twoWeeks = occurrences(team.clerk(), MONDAY, MONDAY.plusDays(14), null, null);
        assertThat(twoWeeks).containsExactly(
                MONDAY + "T09:00 部务会",
                MONDAY.plusDays(1) + "T00:00 赴省厅出差 全天",
                MONDAY.plusDays(2) + "T15:00 部务会（改在下午）",
                MONDAY.plusDays(9) + "T09:00 部务会");
        // until the fourth week's Wednesday inclusive: 8 dates less the cancelled one
        assertThat(occurrences(team.clerk(), MONDAY, MONDAY.plusDays(60), "MEETING", null)).hasSize(7);
        assertThat(occurrences(team.clerk(), MONDAY, MONDAY.plusDays(60), "MEETING", "下午"))
                .containsExactly(MONDAY.plusDays(2) + "T15:00 部务会（改在下午）");
        assertThat(occurrences(team.clerk(), MONDAY, MONDAY.plusDays(60), null, "三楼"))
                .containsExactly(MONDAY.plusDays(2) + "T15:00 部务会（改在下午）");
        assertThat(occurrences(team.clerk(), MONDAY, MONDAY.plusDays(60), "OFFICIAL", null))
                .containsExactly(MONDAY.plusDays(1) + "T00:00 赴省厅出差 全天");

        // FullCalendar's feed, in the form the widget asks for it
        mvc.perform(get("/calendar/events").param("start", MONDAY + "T00:00:00Z")
                        .param("end", MONDAY.plusDays(7) + "T00:00:00Z").with(users.as(team.clerk())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("部务会"))
                .andExpect(jsonPath("$[0].start").value(MONDAY + "T09:00"))
                .andExpect(jsonPath("$[0].backgroundColor").value(EntryType.MEETING.colour()))
                .andExpect(jsonPath("$[1].allDay").value(true))
                .andExpect(jsonPath("$[1].end").value(MONDAY.plusDays(3).toString()))
                .andExpect(jsonPath("$.length()").value(3));

        // the query page says the same
        mvc.perform(get("/calendar/search").param("from", MONDAY.toString()).param("to", MONDAY.plusDays(13).toString())
                        .param("type", "MEETING").with(users.as(team.clerk())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("共 3 次日程")));

        // changing the series' times drops its exceptions
        mvc.perform(put("/api/v1/calendar/entries/{id}", weekly).contentType(MediaType.APPLICATION_JSON)
                        .content(entryJson("部务会", MONDAY, "08:30", "09:30", "WEEKLY"))
                        .with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.exceptions.length()").value(0));
        assertThat(occurrences(team.clerk(), MONDAY, MONDAY.plusDays(14), "MEETING", null))
                .containsExactly(MONDAY + "T08:30 部务会", MONDAY.plusDays(7) + "T08:30 部务会");
    }

    @Test
    void theIcsExportReadsBackTheSameCalendar() throws Exception {
        long weekly = createOnPage(team.clerk(), "处务会", "MEETING", MONDAY, "09:00", MONDAY, "10:00", false,
                "WEEKLY", "MONDAY", MONDAY.plusDays(21));
        createOnPage(team.clerk(), "值班", "DUTY", MONDAY.plusDays(5), null, MONDAY.plusDays(6), null, true, "NONE",
                null, null);
        mvc.perform(post("/calendar/entries/{id}/occurrences/{date}/cancel", weekly, MONDAY.plusDays(7))
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/calendar/entries/{id}/occurrences/{date}", weekly, MONDAY.plusDays(14))
                .param("title", "处务会（提前）").param("startDate", MONDAY.plusDays(14).toString())
                .param("startTime", "08:00").param("endDate", MONDAY.plusDays(14).toString()).param("endTime", "09:00")
                .with(users.as(team.clerk())).with(csrf())).andExpect(status().is3xxRedirection());

        byte[] ics = mvc.perform(get("/calendar/export.ics").with(users.as(team.clerk())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        ICalendar parsed = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        assertThat(parsed.getEvents()).hasSize(3);
        VEvent series = parsed.getEvents().stream().filter(e -> e.getRecurrenceRule() != null).findFirst().orElseThrow();
        assertThat(series.getSummary().getValue()).isEqualTo("处务会");
        assertThat(series.getExceptionDates()).hasSize(1);
        assertThat(series.getAlarms()).hasSize(1);

        mvc.perform(multipart("/api/v1/calendar/ics").file(file(ics)).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        assertThat(occurrences(team.clerk2(), MONDAY, MONDAY.plusDays(60), null, null))
                .isEqualTo(occurrences(team.clerk(), MONDAY, MONDAY.plusDays(60), null, null))
                .containsExactly(MONDAY + "T09:00 处务会", MONDAY.plusDays(5) + "T00:00 值班 全天",
                        MONDAY.plusDays(14) + "T08:00 处务会（提前）", MONDAY.plusDays(21) + "T09:00 处务会");
    }

    @Test
    void aFileThatIsNoIcalendarOrTooBigIsRefusedWithNothingSaved() throws Exception {
        refused("这不是日历".getBytes(StandardCharsets.UTF_8), "不是 iCalendar");
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, "不是 iCalendar");
        refused("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8), "没有日程");
        refused(events(2_001, ""), "超过 2000 条");
        refused(("BEGIN:VCALENDAR\r\nX-PAD:" + "很".repeat(400_000) + "\r\nEND:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8), "超过 1 MB");
        // good events, then one whose repeat the calendar cannot keep, then one the form refuses: none is saved
        String yearly = new String(events(3, ""), StandardCharsets.UTF_8).replace("END:VCALENDAR",
                "BEGIN:VEVENT\r\nUID:y\r\nDTSTART:20310301T090000Z\r\nDTEND:20310301T100000Z\r\nSUMMARY:年会\r\n"
                        + "RRULE:FREQ=YEARLY\r\nEND:VEVENT\r\nEND:VCALENDAR");
        refused(yearly.getBytes(StandardCharsets.UTF_8), "第 4 条日程无法导入");
        String backwards = new String(events(2, ""), StandardCharsets.UTF_8).replace("END:VCALENDAR",
                "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20310301T090000Z\r\nDTEND:20310301T080000Z\r\nSUMMARY:倒流\r\n"
                        + "END:VEVENT\r\nEND:VCALENDAR");
        refused(backwards.getBytes(StandardCharsets.UTF_8), "第 3 条日程无法导入（结束时间须晚于开始时间。）");
        refused(events(1, "SUMMARY:" + "长".repeat(300) + "\r\n"), "第 1 条日程无法导入");

        mvc.perform(multipart("/calendar/import").file(file("<html><script>alert(1)</script>".getBytes(
                        StandardCharsets.UTF_8))).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("这不是 iCalendar (.ics) 文件，未导入任何日程。")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
        assertThat(saved(team.clerk())).isZero();

        mvc.perform(multipart("/api/v1/calendar/ics").file(file(events(2_000, ""))).with(users.as(team.clerk()))
                .with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2000));
        assertThat(saved(team.clerk())).isEqualTo(2000);
    }

    @Test
    void badInputIsRefusedWithAClearMessageNeverA500() throws Exception {
        String clerk = team.clerk();
        // API: end before start, unknown type, a title of 100,000 characters, a date that is none, a period too long
        api(post("/api/v1/calendar/entries").content(entryJson("倒", MONDAY, "10:00", "09:00", "NONE")), clerk)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("结束时间须晚于开始时间。"));
        api(post("/api/v1/calendar/entries").content(entryJson("类", MONDAY, "09:00", "10:00", "NONE")
                .replace("\"MEETING\"", "\"PARTY\"")), clerk).andExpect(status().isBadRequest());
        api(post("/api/v1/calendar/entries").content(entryJson("长".repeat(100_000), MONDAY, "09:00", "10:00",
                "NONE")), clerk).andExpect(status().isBadRequest());
        api(post("/api/v1/calendar/entries").content(entryJson("日", MONDAY, "09:00", "10:00", "NONE")
                .replace(MONDAY.toString(), "2031-02-30")), clerk).andExpect(status().isBadRequest());
        api(post("/api/v1/calendar/entries").content(entryJson("时", MONDAY, "09:00", "10:00", "NONE")
                .replace("\"startTime\":\"09:00\"", "\"startTime\":null")), clerk)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("开始时间")));
        api(post("/api/v1/calendar/entries").content(entryJson("年", MONDAY, "09:00", "10:00", "NONE")
                .replace(MONDAY.toString(), "99999-01-01")), clerk).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/calendar/occurrences").param("from", "2031-01-01T00:00").param("to", "2033-01-01T00:00")
                .with(users.as(clerk))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("400 天")));
        mvc.perform(get("/api/v1/calendar/occurrences").param("from", "明天").param("to", "2033-01-01T00:00")
                .with(users.as(clerk))).andExpect(status().isBadRequest());
        api(put("/api/v1/calendar/entries/{id}/occurrences/{date}", 987_654_321L, MONDAY)
                .content("{\"title\":\"x\",\"startDate\":\"2031-03-03\",\"endDate\":\"2031-03-03\"}"), clerk)
                .andExpect(status().isForbidden());

        // pages: the form again with 400, nothing saved
        List<Integer> statuses = new ArrayList<>();
        for (MockHttpServletRequestBuilder bad : List.of(
                form(clerk).param("title", "长".repeat(100_000)),
                form(clerk, "PARTY", MONDAY.toString()).param("title", "类"),
                form(clerk, "PERSONAL", "2031-13-45").param("title", "日"),
                form(clerk).param("title", "<script>alert(1)</script>").param("reminders", "-5"))) {
            statuses.add(mvc.perform(bad)
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))))
                    .andReturn().getResponse().getStatus());
        }
        assertThat(statuses).containsOnly(400);
        mvc.perform(post("/calendar").param("requestKey", UUID.randomUUID().toString()).param("type", "PERSONAL")
                        .param("title", "倒").param("startDate", MONDAY.toString()).param("startTime", "09:00")
                        .param("endDate", MONDAY.toString()).param("endTime", "08:00").with(users.as(clerk))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("结束时间须晚于开始时间。")));
        assertThat(saved(clerk)).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private long createOnPage(String owner, String title, String type, LocalDate startDate, String startTime,
                              LocalDate endDate, String endTime, boolean allDay, String repeat, String weekdays,
                              LocalDate until) throws Exception {
        MockHttpServletRequestBuilder request = post("/calendar").param("requestKey", UUID.randomUUID().toString())
                .param("type", type).param("title", title).param("startDate", startDate.toString())
                .param("endDate", endDate.toString()).param("repeat", repeat).param("reminders", "15")
                .with(users.as(owner)).with(csrf());
        if (allDay) {
            request.param("allDay", "true");
        } else {
            request.param("startTime", startTime).param("endTime", endTime);
        }
        if (weekdays != null) {
            request.param("weekdays", weekdays.split(","));
        }
        if (until != null) {
            request.param("until", until.toString());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from calendar_entry where owner = ? and title = ?", Long.class,
                owner, title);
    }

    /** "2031-03-03T09:00 标题" (and " 全天") per occurrence the API finds. */
    private List<String> occurrences(String owner, LocalDate from, LocalDate to, String type, String q)
            throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/calendar/occurrences")
                .param("from", from.atStartOfDay().toString()).param("to", to.atStartOfDay().toString())
                .with(users.as(owner));
        if (type != null) {
            request.param("type", type);
        }
        if (q != null) {
            request.param("q", q);
        }
        JsonNode found = json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<String> list = new ArrayList<>();
        found.forEach(o -> list.add(o.get("start").asText().substring(0, 16) + " " + o.get("title").asText()
                + (o.get("allDay").asBoolean() ? " 全天" : "")));
        return list;
    }

    static String entryJson(String title, LocalDate date, String start, String end, String repeat) {
        return """
                {"type":"MEETING","title":"%s","startDate":"%s","startTime":"%s","endDate":"%s","endTime":"%s",
                 "reminders":[15],"repeat":"%s","weekdays":[]}""".formatted(title, date, start, date, end, repeat);
    }

    private ResultActions api(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key",
                UUID.randomUUID().toString()).with(users.as(user)).with(csrf()));
    }

    private MockHttpServletRequestBuilder form(String user) {
        return form(user, "PERSONAL", MONDAY.toString());
    }

    private MockHttpServletRequestBuilder form(String user, String type, String startDate) {
        return post("/calendar").param("requestKey", UUID.randomUUID().toString()).param("type", type)
                .param("startDate", startDate).param("startTime", "09:00").param("endDate", MONDAY.toString())
                .param("endTime", "10:00").with(users.as(user)).with(csrf());
    }

    private void refused(byte[] content, String message) throws Exception {
        mvc.perform(multipart("/api/v1/calendar/ics").file(file(content)).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.detail").value(containsString(message)));
        assertThat(saved(team.clerk())).isZero();
    }

    private long saved(String owner) {
        return jdbc.queryForObject("select count(*) from calendar_entry where owner = ?", Long.class, owner);
    }

    static byte[] events(int count, String extra) {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
        for (int i = 0; i < count; i++) {
            text.append("BEGIN:VEVENT\r\nUID:e").append(i).append("\r\nDTSTART:20310301T090000Z\r\n")
                    .append("DTEND:20310301T100000Z\r\n").append(extra.isEmpty() ? "SUMMARY:日程" + i + "\r\n" : extra)
                    .append("END:VEVENT\r\n");
        }
        return text.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "日程.ics", "text/calendar", content);
    }
}
