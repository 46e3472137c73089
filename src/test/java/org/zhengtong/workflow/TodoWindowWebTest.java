package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Clearance;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/** The to-do window: its tabs, what each row says, the order of open tasks, the filters and the home-page tiles. */
@IntegrationTest
class TodoWindowWebTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired TaskService engineTasks;
    @Autowired MutableClock clock;

    DocumentFixtures documents;
    Team team;

    @BeforeEach
    void team() {
        documents = new DocumentFixtures(documentService, directory, userDetails);
        team = platform.newTeam();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void tabsShowOpenDoneStartedAndCirculatedItems() throws Exception {
        OfficialDocument request = documents.draft(team.clerk(), Urgency.URGENT, "关于追加经费的请示");

        String todo = page(get("/todo"), team.clerk());
        assertThat(todo).contains(request.getTitle(), "拟稿", "加急", "请示", "市财政局", "/documents/" + request.getId());

        documents.sendOn(team.clerk(), request.getId(), StepDecision.opinion("请审核"));
        assertThat(page(get("/todo"), team.clerk())).doesNotContain(request.getTitle());
        assertThat(page(get("/todo").param("tab", "done"), team.clerk())).contains(request.getTitle(), "拟稿");
        assertThat(page(get("/todo").param("tab", "started"), team.clerk())).contains(request.getTitle(), "部门审核");
        assertThat(page(get("/todo"), team.chief())).contains(request.getTitle(), "部门审核");

        // a 收文 handled by the team's department and circulated to the second clerk
        OfficialDocument incoming = documents.registerIncoming("关于做好年终决算的通知");
        documents.sendOn("czj.secretary", incoming.getId(), StepDecision.opinion(null));
        documents.sendOn("czj.secretary", incoming.getId(), StepDecision.opinion(null));
        documents.sendOn("czj.office", incoming.getId(), new StepDecision("请领导阅批", List.of(), null, team.leader(),
                List.of(), List.of()));
        documents.sendOn(team.leader(), incoming.getId(), new StepDecision("请测试科办理", List.of(), null, null,
                List.of(team.departmentId()), List.of(team.clerk2())));
        documents.sendOn(team.chief(), incoming.getId(), StepDecision.opinion("已办理"));

        String circulation = page(get("/todo").param("tab", "circulation"), team.clerk2());
        assertThat(circulation).contains(incoming.getTitle(), "传阅", "通知", "市政府办公室");
        assertThat(page(get("/todo"), team.clerk2())).doesNotContain(incoming.getTitle());

        // the 工作台 counts it among the 传阅件 to read, apart from the tasks
        assertThat(page(get("/"), team.clerk2()))
                .containsPattern("href=\"/todo\\?tab=circulation\"[\\s\\S]*?待阅传阅件[\\s\\S]*?>1</span>")
                .containsPattern("href=\"/todo\"[\\s\\S]*?待办事项[\\s\\S]*?>0</span>");
    }

    @Test
    void overdueFirstThenUrgentThenByDueDate() throws Exception {
        OfficialDocument late = documents.draft(team.clerk(), Urgency.NORMAL, "超期件");
        OfficialDocument extraUrgent = documents.draft(team.clerk(), Urgency.EXTRA_URGENT, "特急件");
        OfficialDocument soon = documents.draft(team.clerk(), Urgency.NORMAL, "明日到期件");
        OfficialDocument later = documents.draft(team.clerk(), Urgency.NORMAL, "三日后到期件");
        due(late, Duration.ofHours(-1));
        due(extraUrgent, Duration.ofHours(20));
        due(soon, Duration.ofHours(10));
        due(later, Duration.ofDays(3));

        String todo = page(get("/todo"), team.clerk());
        assertThat(todo).containsSubsequence(late.getTitle(), extraUrgent.getTitle(), soon.getTitle(), later.getTitle());
        assertThat(todo).contains("table-danger", ">超期<", ">临期<");

        // the same order on the test clock two days on: all but the last are overdue, the urgent one still first of them
        clock.advance(Duration.ofDays(2));
        assertThat(page(get("/todo"), team.clerk()))
                .containsSubsequence(extraUrgent.getTitle(), late.getTitle(), soon.getTitle(), later.getTitle());
    }

    @Test
    void filtersNarrowTheListThroughHtmx() throws Exception {
        OfficialDocument request = documents.draft(team.clerk(), Urgency.NORMAL, "筛选请示");
        OfficialDocument notice = documents.draft(team.clerk(), DocumentType.NOTICE, Urgency.EXTRA_URGENT,
                Classification.UNCLASSIFIED, "筛选通知");
        due(request, Duration.ofDays(5));
        due(notice, Duration.ofHours(-2));
        LocalDate inFiveDays = LocalDate.now(clock).plusDays(5);

        String byType = fragment(get("/todo").param("type", "通知"), team.clerk());
        assertThat(byType).contains(notice.getTitle()).doesNotContain(request.getTitle()).doesNotContain("<html");

        assertThat(fragment(get("/todo").param("urgency", "平件"), team.clerk()))
                .contains(request.getTitle()).doesNotContain(notice.getTitle());
        assertThat(fragment(get("/todo").param("overdue", "true"), team.clerk()))
                .contains(notice.getTitle()).doesNotContain(request.getTitle());
        assertThat(fragment(get("/todo").param("from", inFiveDays.minusDays(1).toString())
                .param("to", inFiveDays.plusDays(1).toString()), team.clerk()))
                .contains(request.getTitle()).doesNotContain(notice.getTitle());
        assertThat(fragment(get("/todo").param("unit", "市财政局"), team.clerk()))
                .contains(request.getTitle(), notice.getTitle());
        assertThat(fragment(get("/todo").param("unit", "市教育局"), team.clerk()))
                .doesNotContain(request.getTitle()).doesNotContain(notice.getTitle());

        // the whole page offers the values found, and a malformed date filters nothing out
        assertThat(page(get("/todo"), team.clerk())).contains("<option value=\"通知\"", "<option value=\"特急\"");
        assertThat(page(get("/todo").param("from", "kein-Datum"), team.clerk()))
                .contains(request.getTitle(), notice.getTitle());
    }

    @Test
    void addedSignerSeesForWhom() throws Exception {
        OfficialDocument request = documents.draft(team.clerk(), Urgency.NORMAL, "加签件");
        documents.sendOn(team.clerk(), request.getId(), StepDecision.opinion("请审核"));
        String chiefName = directory.person(team.chief()).orElseThrow().name();
        documents.as(team.chief(), () -> {
            documentService.addSigner(request.getId(), documents.currentTask(team.chief(), request.getId()).taskId(),
                    team.clerk2(), "请先核对数据");
            return null;
        });

        assertThat(page(get("/todo"), team.clerk2())).contains(request.getTitle(), "加签（" + chiefName + "）");
    }

    @Test
    void classifiedTitlesAreNotShownWithoutClearance() throws Exception {
        // the drafter and the 科长 hold 一般 clearance; the 科长's is withdrawn once the step is theirs
        platform.grantClearance(team.clerk(), Clearance.GENERAL);
        platform.grantClearance(team.chief(), Clearance.GENERAL);
        OfficialDocument secret = documents.draft(team.clerk(), DocumentType.REQUEST, Urgency.NORMAL,
                Classification.SECRET, "涉密请示");
        documents.sendOn(team.clerk(), secret.getId(), StepDecision.opinion("请审核"));
        platform.grantClearance(team.chief(), Clearance.NONE);

        assertThat(page(get("/todo"), team.chief()))
                .doesNotContain(secret.getTitle()).contains("秘密", "（涉密公文，标题不显示）");
    }

    @Test
    void homePageCountsOpenAndOverdueTasks() throws Exception {
        OfficialDocument late = documents.draft(team.clerk(), Urgency.NORMAL, "首页超期件");
        documents.draft(team.clerk(), Urgency.NORMAL, "首页待办件");
        due(late, Duration.ofMinutes(-5));

        String home = page(get("/"), team.clerk());
        assertThat(home).containsPattern("href=\"/todo\"[\\s\\S]*?待办事项[\\s\\S]*?>2</span>")
                .containsPattern("href=\"/todo\\?overdue=true\"[\\s\\S]*?超期待办[\\s\\S]*?>1</span>");
        assertThat(page(get("/"), "sysadmin")).doesNotContain("超期待办");
    }

    @Test
    void twentyToAPageAndThePagesKeepTheFilter() throws Exception {
        for (int i = 0; i < 21; i++) {
            documents.draft(team.clerk(), Urgency.NORMAL, "分页件" + (100 + i));
        }
        String first = page(get("/todo").queryParam("urgency", "平件"), team.clerk());
        assertThat(first.split("class=\"todo-row").length - 1).isEqualTo(20);
        assertThat(first).contains("第 1 / 2 页，共 21 条").contains("urgency=%E5%B9%B3%E4%BB%B6&amp;page=1");
        String second = page(get("/todo").queryParam("urgency", "平件").queryParam("page", "1"), team.clerk());
        assertThat(second.split("class=\"todo-row").length - 1).isEqualTo(1);
        assertThat(page(get("/"), team.clerk())).containsPattern("href=\"/todo\"[\\s\\S]*?待办事项[\\s\\S]*?>21</span>");
    }

    @Test
    void englishOnRequest() throws Exception {
        assertThat(page(get("/todo").param("lang", "en"), team.clerk())).contains("Started by me", "For reading");
    }

    private void due(OfficialDocument document, Duration fromNow) {
        String taskId = documents.currentTask(team.clerk(), document.getId()).taskId();
        engineTasks.setDueDate(taskId, Date.from(clock.instant().plus(fromNow)));
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String fragment(MockHttpServletRequestBuilder request, String username) throws Exception {
        return page(request.header("HX-Request", "true").header("HX-Target", "todo-list"), username);
    }
}
