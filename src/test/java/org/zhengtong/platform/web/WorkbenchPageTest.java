package org.zhengtong.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.AsUser;
import org.zhengtong.TestUsers;
import org.zhengtong.messages.internal.MessageService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.springframework.web.util.HtmlUtils;

/** 布置工作台: a person shows, hides and orders their home tiles, for themselves only, and can go back to the default. */
@IntegrationTest
class WorkbenchPageTest {

    private static final String CLERK = "czj.d1.clerk1", COLLEAGUE = "czj.d1.clerk2";
    private static final String TODO = "todo.tile.todo", OVERDUE = "todo.tile.overdue",
            CIRCULATION = "todo.tile.circulation";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired AsUser as;
    @Autowired MessageService messages;
    @Autowired Clock clock;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;

    @AfterEach
    void reset() throws Exception {
        for (String person : List.of(CLERK, COLLEAGUE)) {
            mvc.perform(post("/workbench/reset").with(users.as(person)).with(csrf()))
                    .andExpect(redirectedUrl("/workbench"));
        }
    }

    @Test
    void aPersonHidesAndOrdersTheirTilesAndNobodyElsesChange() throws Exception {
        assertThat(home(CLERK)).containsExactly("待办事项", "超期待办", "待阅传阅件");

        mvc.perform(arrange(CLERK, List.of(CIRCULATION, TODO, OVERDUE), List.of(CIRCULATION, TODO)))
                .andExpect(redirectedUrl("/workbench"));
        assertThat(home(CLERK)).containsExactly("待阅传阅件", "待办事项");
        assertThat(home(COLLEAGUE)).as("the colleague's home page").containsExactly("待办事项", "超期待办", "待阅传阅件");
        String page = mvc.perform(get("/workbench").with(users.as(CLERK))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("布置工作台").containsPattern("value=\"" + OVERDUE + "\"\\s+id=\"shown-2\"(?![^>]*checked)");

        // the arrow moves one place and keeps what is ticked
        mvc.perform(arrange(CLERK, List.of(CIRCULATION, TODO, OVERDUE), List.of(CIRCULATION, TODO))
                .param("move", TODO + ":up")).andExpect(redirectedUrl("/workbench"));
        assertThat(home(CLERK)).containsExactly("待办事项", "待阅传阅件");

        mvc.perform(post("/workbench/reset").with(users.as(CLERK)).with(csrf())).andExpect(redirectedUrl("/workbench"));
        assertThat(home(CLERK)).containsExactly("待办事项", "超期待办", "待阅传阅件");
    }

    @Test
    void aTileThatIsNotThePersonsIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(arrange(CLERK, List.of(CIRCULATION, TODO, OVERDUE), List.of(TODO))).andExpect(redirectedUrl("/workbench"));

        for (List<String> forged : List.of(List.of(TODO, "home.tile.missingAccounts"), List.of(TODO, TODO),
                List.of("<script>alert(1)</script>"))) {
            String page = mvc.perform(arrange(CLERK, forged, forged)).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("所选板块不在您的工作台上").doesNotContain("<script>alert(1)</script>");
        }
        assertThat(home(CLERK)).containsExactly("待办事项");
    }

    /**
     * The tiles list what they count: her unread mail with its sender, her open tasks, who of her department is out
     * and where; a subject with a script stays text.
     */
    @Test
    void tilesListTheFirstThingsTheyCount() throws Exception {
        Team team = platform.newTeam();
        String subject = "<img src=x onerror=alert(1)>" + TestUsers.unique("预算");
        mvc.perform(post("/mail/compose").with(users.as(team.clerk2())).with(csrf()).param("action", "send")
                .param("to", "person:" + team.clerk()).param("subject", subject).param("body", "<p>请阅</p>"))
                .andExpect(status().is3xxRedirection());
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/presence").with(users.as(team.clerk2())).with(csrf()).param("kind", "OUT")
                .param("leavesAt", now.toString()).param("expectedReturnAt", now.plusHours(3).toString())
                .param("reason", "核对数据").param("destination", "市审计局")).andExpect(status().is3xxRedirection());
        as.run(team.clerk2(), () -> messages.send(messages.start(List.of(team.clerk()), null), "<b>下午三点</b>开会"));
        OfficialDocument draft = new DocumentFixtures(documentService, directory, userDetails)
                .draft(team.clerk(), Urgency.NORMAL, "工作台待办");

        String page = mvc.perform(get("/").with(users.as(team.clerk()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tile(page, "mail.tile.unread")).contains(HtmlUtils.htmlEscape(subject), directory.nameOf(team.clerk2()))
                .doesNotContain("<img src=x");
        assertThat(tile(page, "messages.tile.unread")).contains(directory.nameOf(team.clerk2()) + "：&lt;b&gt;下午三点");
        assertThat(tile(page, "todo.tile.todo")).contains(draft.getTitle(), "拟稿");
        assertThat(tile(page, "presence.tile.departmentAway")).contains(directory.nameOf(team.clerk2()),
                "外出：市审计局，预计返回");
    }

    /** The markup of one tile of the home page. */
    private static String tile(String page, String key) {
        int start = page.indexOf("data-tile=\"" + key + "\"");
        assertThat(start).as("tile %s on the page", key).isPositive();
        int end = page.indexOf("data-tile=", start + 1);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }

    private MockHttpServletRequestBuilder arrange(String person, List<String> order, List<String> shown) {
        return post("/workbench").with(users.as(person)).with(csrf())
                .param("order", order.toArray(String[]::new)).param("shown", shown.toArray(String[]::new));
    }

    /** The tile titles of the person's home page, in the order shown. */
    private List<String> home(String person) throws Exception {
        String page = mvc.perform(get("/").with(users.as(person))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String workbench = page.substring(page.indexOf("id=\"workbench\""));
        return Stream.of("待办事项", "超期待办", "待阅传阅件").filter(workbench::contains)
                .sorted(Comparator.comparingInt(workbench::indexOf)).toList();
    }
}
