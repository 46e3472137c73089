package org.zhengtong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/**
 * The calendar's pages render in Chinese and English, the widget's files are served, a form posted twice creates
 * once, the 工作台 counts today's entries (今日日程), and a title with script in it is shown as text everywhere.
 */
@IntegrationTest
class CalendarPagesTest {

    private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    Team team;
    LocalDate today;

    @BeforeEach
    void team() {
        team = platform.newTeam();
        today = LocalDate.now(clock);
    }

    @Test
    void everyPageRendersAndScriptInATitleIsText() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int twice = 0; twice < 2; twice++) {
            mvc.perform(post("/calendar").param("requestKey", key).param("type", "MEETING").param("title", XSS)
                            .param("location", XSS).param("description", XSS).param("allDay", "true")
                            .param("startDate", today.toString()).param("endDate", today.toString())
                            .param("repeat", "DAILY").param("count", "3").param("reminders", "15", "1440")
                            .with(users.as(team.clerk())).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select count(*) from calendar_entry where owner = ?", Integer.class,
                team.clerk())).as("posted twice, created once").isEqualTo(1);
        long id = jdbc.queryForObject("select id from calendar_entry where owner = ?", Long.class, team.clerk());

        for (String path : new String[] {"/calendar", "/calendar?view=month", "/calendar/entries/" + id,
                "/calendar/entries/" + id + "?date=" + today.plusDays(1), "/calendar/entries/" + id + "/edit",
                "/calendar/entries/" + id + "/occurrences/" + today.plusDays(2) + "/edit", "/calendar/search",
                "/calendar/search?q=script", "/calendar/new", "/calendar/settings"}) {
            String page = page(path, team.clerk());
            assertThat(page).as(path).doesNotContain("<script>alert", "<img src=x").contains("日程");
            if (!path.equals("/calendar/new") && !path.equals("/calendar/settings")) {
                assertThat(page).as(path).contains("&lt;script&gt;alert(");
            }
        }
        assertThat(page("/calendar/entries/" + id, team.clerk())).contains("每 1 天，共 3 次", "提前 15 分钟",
                "提前 1 天", "全天", "编辑日程", "修改这一次", "取消这一次");
        assertThat(page("/calendar/new", team.clerk())).contains("新建日程", "会议", "领导活动", "值班", "每周",
                "name=\"requestKey\"");
        assertThat(page("/calendar", team.clerk())).contains("/webjars/fullcalendar/", "data-events=\"/calendar/events\"",
                "我的日程", "新建日程");
        assertThat(page("/calendar?lang=en", team.clerk())).contains("My calendar", "New entry");
        assertThat(page("/calendar/settings", team.clerk())).contains("共享我的日历", "订阅地址", "导出为 iCalendar");

        // FullCalendar and its Chinese texts come from WebJars
        mvc.perform(get("/webjars/fullcalendar/index.global.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/fullcalendar__core/locales/zh-cn.global.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/calendar.js")).andExpect(status().isOk());

        // 今日日程 on the 工作台
        assertThat(page("/", team.clerk())).contains("今日日程", "/calendar?view=day");
        // the feed is JSON with the title as a string, never markup
        String events = mvc.perform(get("/calendar/events").param("start", today + "T00:00:00Z")
                        .param("end", today.plusDays(7) + "T00:00:00Z").with(users.as(team.clerk())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(events).startsWith("[").contains("\"allDay\":true").contains("<script>alert('x')</script>");
        assertThat(events.split("\"title\"", -1)).hasSize(4);
    }

    @Test
    void theApiIsDescribedInChinese() throws Exception {
        String docs = page("/v3/api-docs", team.clerk());
        assertThat(docs).contains("/api/v1/calendar/occurrences", "/api/v1/calendar/entries/{id}/occurrences/{date}",
                "/api/v1/calendar/ics", "/api/v1/calendar/feed", "按时段查询日程", "导入 iCalendar", "CalendarEntryView");
    }

    @Test
    void anAccountWithoutAPersonHasNoCalendar() throws Exception {
        mvc.perform(get("/calendar").with(users.as("sysadmin"))).andExpect(status().isForbidden());
        assertThat(page("/", team.clerk2())).contains("今日日程");
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
