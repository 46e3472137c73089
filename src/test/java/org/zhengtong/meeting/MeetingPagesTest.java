package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The pages of 会议管理: each renders in Chinese and English for its readers; a plan posted through the form is saved
 * once per request key; refused input shows its Chinese message with 409 and saves nothing; a title is shown as
 * text; a person of another unit is refused; every link the to-do window and the notices give resolves.
 */
@IntegrationTest
class MeetingPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theMeetingThroughItsPages() throws Exception {
        Team team = platform.newTeam();
        long room = room(TestUsers.unique("页面会议室"), false);
        LocalDateTime start = LocalDateTime.now(clock).plusDays(2).withHour(9).withMinute(0).withSecond(0).withNano(0);
        LocalDateTime end = start.plusHours(2);
        String title = "局长办公会 <script>alert(1)</script>";

        // refusals: end before start, nobody invited — 409 with the message, nothing saved
        long before = count("select count(*) from meeting");
        String endBefore = mvc.perform(plan(team, title, room, start, start.minusHours(1), true)
                        .param("requestKey", TestUsers.unique("k")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(endBefore).contains("结束时间必须晚于开始时间。");
        String nobody = mvc.perform(plan(team, title, room, start, end, false).param("requestKey", TestUsers.unique("k")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(nobody).contains("会议至少要有一名参会人员。");
        mvc.perform(plan(team, title, room, "not a time", end.toString(), true)
                        .param("requestKey", TestUsers.unique("k")))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from meeting")).isEqualTo(before);

        // saved once per request key
        String key = TestUsers.unique("k");
        String location = mvc.perform(plan(team, title, room, start, end, true).param("requestKey", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String again = mvc.perform(plan(team, title, room, start, end, true).param("requestKey", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(again).isEqualTo(location);
        assertThat(count("select count(*) from meeting")).isEqualTo(before + 1);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(count("select count(*) from meeting_topic where meeting_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from meeting_invitee where meeting_id = ?", id)).isEqualTo(2);

        String page = render(team.clerk(), "/meetings/" + id);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "预算调整", "修改会议方案")
                .doesNotContain("<script>alert(1)</script>");

        // the pages in both languages
        String[][] pages = {
                {"/meetings", "我的会议", "My meetings"},
                {"/meetings/new", "拟定会议", "Plan a meeting"},
                {"/meetings/" + id, "议题", "Agenda topics"},
                {"/meetings/" + id + "/edit", "修改会议方案", "Edit meeting plan"},
                {"/meetings/sign-in", "签到码", "The 6-digit code"},
                {"/meetings/statistics", "会议统计", "Statistics"},
                {"/meetings/statistics?kind=OFFICE&q=办公会&roomId=" + room, "出席率", "Attendance"},
                {"/meetings/rooms", "会议室", "Meeting rooms"},
                {"/meetings/rooms/occupancy", "会议室占用情况", "Room occupancy"},
                {"/meetings/rooms/occupancy?day=" + start.toLocalDate(), "会议室占用情况", "Room occupancy"},
                {"/meetings/rooms/" + room + "/book", "预订会议室", "Book room"},
                {"/meetings/free-rooms?start=" + start + "&end=" + end, "不用会议室", "no room"}};
        for (String[] p : pages) {
            assertThat(render(team.clerk(), p[0])).as(p[0]).contains(p[1]);
            assertThat(render(team.clerk(), p[0] + (p[0].contains("?") ? "&" : "?") + "lang=en")).as(p[0])
                    .contains(p[2]).doesNotContain("??");
        }
        assertThat(render(team.clerk(), "/meetings/rooms/occupancy?week=" + start.toLocalDate()))
                .contains("局长办公会 &lt;script&gt;");
        assertThat(render("czj.office", "/meetings/rooms/new")).contains("新建会议室");

        // another unit's person is refused
        String outsider = platform.newMember("sjj", org.zhengtong.platform.internal.org.Position.CLERK);
        mvc.perform(get("/meetings/" + id).with(users.as(outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + id + "/edit").with(users.as(outsider))).andExpect(status().isForbidden());

        // a clash when booking the room through its page: 409 with the message
        String clash = mvc.perform(post("/meetings/rooms/{id}/book", room).with(users.as(team.chief())).with(csrf())
                        .param("requestKey", TestUsers.unique("k")).param("start", start.plusHours(1).toString())
                        .param("end", end.plusHours(1).toString()).param("purpose", "座谈"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(clash).contains("在这段时间已被预订");

        // through the approval: every to-do link resolves for its handler
        for (String person : List.of(team.clerk(), team.chief(), team.leader())) {
            assertLinksResolve(person);
            send(person, "meeting:" + id);
        }
        for (String person : List.of(team.leader(), team.chief(), team.clerk(), team.clerk2())) {
            awaitTrue(() -> count("select count(*) from ntf_notification where recipient = ? and link = ?", person,
                    "/meetings/" + id) >= 1, person + "'s notice");
            for (String link : jdbc.queryForList("select link from ntf_notification where recipient = ? and link like"
                    + " '/meetings/%'", String.class, person)) {
                render(person, link.replaceAll("#.*", ""));
            }
        }
        // on the attendee's 工作台: 近期会议, its title as text
        String home = render(team.chief(), "/");
        assertThat(home.substring(home.indexOf("data-tile=\"meeting.page.tile\""))).contains("局长办公会 &lt;script&gt;");

        // the attendee replies and signs in through the pages
        String shown = render(team.chief(), "/meetings/" + id);
        assertThat(shown).contains("reply-attend");
        mvc.perform(post("/meetings/{id}/reply", id).with(users.as(team.chief())).with(csrf()).param("reply", "LEAVE"))
                .andExpect(status().isConflict());
        mvc.perform(post("/meetings/{id}/reply", id).with(users.as(team.chief())).with(csrf()).param("reply", "ATTEND"))
                .andExpect(status().is3xxRedirection());
        String code = jdbc.queryForObject("select sign_in_code from meeting where id = ?", String.class, id);
        assertThat(render(team.clerk(), "/meetings/" + id)).doesNotContain(code);
        clock.advance(Duration.between(LocalDateTime.now(clock), start.minusMinutes(10)));
        assertThat(render(team.clerk(), "/meetings/" + id)).contains(code);
        assertThat(render(team.chief(), "/meetings/" + id)).doesNotContain(code);
        // the room's screen shows it as a QR code too, which opens 会议签到 with the code filled in
        byte[] qr = mvc.perform(get("/meetings/{id}/sign-in-code.png", id).with(users.as(team.clerk())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(qr));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String scanned = new com.google.zxing.MultiFormatReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(image.getWidth(),
                        image.getHeight(), pixels)))).getText();
        assertThat(scanned).endsWith("/meetings/sign-in?code=" + code);
        mvc.perform(get("/meetings/{id}/sign-in-code.png", id).with(users.as(team.chief())))
                .andExpect(status().isNotFound());
        assertThat(render(team.chief(), "/meetings/sign-in?code=" + code)).contains("value=\"" + code + "\"");
        assertThat(mvc.perform(post("/meetings/sign-in").with(users.as(team.chief())).with(csrf()).param("code", "000000"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("签到码无效");
        assertThat(mvc.perform(post("/meetings/sign-in").with(users.as(team.chief())).with(csrf()).param("code", code))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("已签到");

        // 纪要 written, refused publication before approval, approved, published; a decision tracked
        mvc.perform(post("/meetings/{id}/minutes", id).with(users.as(team.clerk2())).with(csrf())
                        .param("html", "<p>议定：调整预算</p>").param("action", "save"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/decisions", id).with(users.as(team.clerk2())).with(csrf())
                        .param("requestKey", TestUsers.unique("k")).param("text", "调整预算方案")
                        .param("owner", team.clerk()).param("deadline", LocalDate.now(clock).plusDays(7).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post("/meetings/{id}/minutes/publish", id).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("纪要尚未审定，不能印发。");
        mvc.perform(post("/meetings/{id}/minutes", id).with(users.as(team.clerk2())).with(csrf())
                        .param("html", "<p>议定：调整预算</p>").param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        assertLinksResolve(team.leader());
        send(team.leader(), "meeting-minutes:" + id);
        mvc.perform(post("/meetings/{id}/minutes/publish", id).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(render(team.chief(), "/meetings/" + id)).contains("议定：调整预算");
        long decision = count("select id from meeting_decision where meeting_id = ?", id);
        assertLinksResolve(team.clerk());
        assertThat(render(team.clerk(), "/meetings/decisions/" + decision + "?lang=en")).contains("Report progress");
        mvc.perform(post("/meetings/decisions/{id}/reports", decision).with(users.as(team.clerk())).with(csrf())
                        .param("text", "已起草").param("progress", "50"))
                .andExpect(status().is3xxRedirection());
        assertThat(render(team.clerk(), "/meetings/decisions/" + decision)).contains("已起草", "50%");
        for (String person : List.of(team.chief(), team.clerk())) {
            awaitTrue(() -> count("select count(*) from ntf_notification where recipient = ? and link = ?", person,
                    "/meetings/" + id + "#minutes") == 1, person + "'s minutes notice");
        }
        assertThat(render(team.clerk(), "/meetings?status=NOTICED")).contains("局长办公会 &lt;script&gt;");
        // the combined query by text and room, and the statistics of the same query
        assertThat(render(team.clerk(), "/meetings?q=局长办公&roomId=" + room)).contains("局长办公会 &lt;script&gt;");
        assertThat(render(team.clerk(), "/meetings?q=不存在的会议名")).doesNotContain("局长办公会 &lt;script&gt;");
        String statistics = render(team.clerk(), "/meetings/statistics?q=局长办公&roomId=" + room);
        assertThat(statistics.substring(statistics.indexOf("id=\"meeting-count\""))).startsWith("id=\"meeting-count\">1<");
        mvc.perform(get("/meetings/statistics?kind=NOPE").with(users.as(team.clerk()))).andExpect(status().isBadRequest());
    }

    @Test
    void aBookingAwaitingItsKeeperHasAPage() throws Exception {
        long room = room(TestUsers.unique("审批会议室"), true);
        Team team = platform.newTeam();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(3).withHour(14).withMinute(0).withSecond(0).withNano(0);
        String location = mvc.perform(post("/meetings/rooms/{id}/book", room).with(users.as(team.clerk())).with(csrf())
                        .param("requestKey", TestUsers.unique("k")).param("start", start.toString())
                        .param("end", start.plusHours(1).toString()).param("purpose", "科务会"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(render(team.clerk(), location)).contains("待审批", "科务会");
        assertLinksResolve("czj.office");
        assertThat(render("czj.office", location + "?lang=en")).contains("Pending");
    }

    private long room(String name, boolean needsApproval) throws Exception {
        String body = "{\"name\": \"" + name + "\", \"building\": \"主楼\", \"capacity\": 20, \"needsApproval\": "
                + needsApproval + (needsApproval ? ", \"keeper\": \"czj.office\"" : "") + "}";
        return json.readTree(mvc.perform(post("/api/v1/meetings/rooms").with(users.as("czj.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private MockHttpServletRequestBuilder plan(Team team, String title, long room, LocalDateTime start,
                                              LocalDateTime end, boolean invite) {
        return plan(team, title, room, start.toString(), end.toString(), invite);
    }

    private MockHttpServletRequestBuilder plan(Team team, String title, long room, String start, String end,
                                              boolean invite) {
        MockHttpServletRequestBuilder request = post("/meetings").with(users.as(team.clerk())).with(csrf())
                .param("kind", "OFFICE").param("title", title).param("host", team.leader())
                .param("recorder", team.clerk2()).param("roomId", String.valueOf(room))
                .param("start", start).param("end", end).param("classification", "UNCLASSIFIED")
                .param("reminderMinutes", "30")
                .param("topics[0].title", "预算调整").param("topics[0].presenter", team.chief())
                .param("topics[0].classification", "UNCLASSIFIED")
                .param("topics[1].title", "").param("topics[1].presenter", "");
        if (invite) {
            request.param("attendees", "DEPARTMENT:" + team.departmentId()).param("observers", "PERSON:" + team.leader());
        }
        return request;
    }

    /** Every open to-do row of the person links to a page that opens for her. */
    private void assertLinksResolve(String username) throws Exception {
        List<String> links = jdbc.queryForList("select p.link from wf_todo_item i join wf_todo_process p"
                + " on p.process_instance_id = i.process_instance_id where i.username = ? and i.kind = 'OPEN'"
                + " and p.link like '/meetings/%'", String.class, username);
        assertThat(links).as(username + "'s meeting tasks").isNotEmpty();
        for (String link : links) {
            render(username, link);
        }
    }

    private String render(String username, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private TodoTask task(String username, String businessKey) {
        return workflow.todo(username).stream().filter(t -> businessKey.equals(t.businessKey())).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no task of " + businessKey));
    }

    private void send(String username, String businessKey) throws Exception {
        mvc.perform(post("/api/v1/tasks/{taskId}/send", task(username, businessKey).taskId())
                        .with(users.as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"同意\"}"))
                .andExpect(status().isOk());
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
