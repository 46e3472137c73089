package org.zhengtong.workflow;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;

/** The to-do window as JSON: 代办 and 加签 as the rows say them, overdue first, 传阅件 apart from the 待办. */
@IntegrationTest
class TodoApiTest {

    /** Demo accounts are {@code <unit code>.<role>}; fixture accounts have no dot. */
    private static final Pattern DEMO_ACCOUNT = Pattern.compile("[a-z]+\\.[a-z0-9.]+");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;
    @Autowired MutableClock clock;

    DocumentFixtures documents;

    @BeforeEach
    void fixtures() {
        documents = new DocumentFixtures(documentService, directory, accounts);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDelegatedTaskSaysForWhomAndAnOverdueOneComesFirst() throws Exception {
        Team team = platform.newTeam();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/todo/delegations").with(users.as(team.chief())).with(csrf())
                        .param("toUsername", team.clerk2()).param("startsAt", now.minusHours(1).toString())
                        .param("endsAt", now.plusDays(1).toString()).param("reason", "出差"))
                .andExpect(status().is3xxRedirection());
        OfficialDocument normal = documents.draft(team.clerk(), Urgency.NORMAL, "平件请示");
        documents.sendOn(team.clerk(), normal.getId(), StepDecision.opinion("请审核"));
        OfficialDocument urgent = documents.draft(team.clerk(), Urgency.EXTRA_URGENT, "特急请示");
        documents.sendOn(team.clerk(), urgent.getId(), StepDecision.opinion("请审核"));
        String chief = directory.person(team.chief()).orElseThrow().name();

        todo(team.clerk2(), "/api/v1/todo")
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].businessKey").value(contains("document:" + urgent.getId(), "document:" + normal.getId())))
                .andExpect(jsonPath("$[*].urgency").value(contains("特急", "平件")))
                .andExpect(jsonPath("$[*].step").value(contains("部门审核", "部门审核")))
                .andExpect(jsonPath("$[*].delegatedFrom").value(contains(chief, chief)))
                .andExpect(jsonPath("$[*].overdue").value(contains(false, false)));

        // two days on, the 特急 step (one day) is overdue, the 平件 (three days) near due
        clock.advance(Duration.ofDays(2));
        todo(team.clerk2(), "/api/v1/todo")
                .andExpect(jsonPath("$[*].businessKey").value(contains("document:" + urgent.getId(), "document:" + normal.getId())))
                .andExpect(jsonPath("$[*].overdue").value(contains(true, false)))
                .andExpect(jsonPath("$[*].nearDue").value(contains(false, true)));
        todo(team.clerk(), "/api/v1/todo/started")
                .andExpect(jsonPath("$[*].businessKey").value(contains("document:" + urgent.getId(), "document:" + normal.getId())))
                .andExpect(jsonPath("$[*].step").value(contains("部门审核", "部门审核")));
        todo(team.clerk(), "/api/v1/todo/done").andExpect(jsonPath("$[*].step").value(contains("拟稿", "拟稿")));
    }

    @Test
    void circulatedDocumentsAreListedApartFromTheTasks() throws Exception {
        OfficialDocument paper = documents.registerIncoming("来文");
        long id = paper.getId();
        documents.sendOn("czj.secretary", id, StepDecision.opinion(null));
        documents.sendOn("czj.secretary", id, StepDecision.opinion(null));
        documents.sendOn("czj.office", id, new StepDecision("请局长阅批", List.of(), null, "czj.head", List.of(), List.of()));
        long budget = directory.departments(documents.unit("czj")).stream().filter(d -> d.name().equals("预算科"))
                .findFirst().orElseThrow().id();
        documents.sendOn("czj.head", id, new StepDecision("请预算科办理", List.of(), null, null, List.of(budget),
                List.of("czj.deputy1")));

        String key = "document:" + id;
        // demo people collect open tasks from other tests of the run: look beyond the first page
        todo("czj.d1.chief", "/api/v1/todo?size=200")
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].step").value(contains("承办")));
        documents.sendOn("czj.d1.chief", id, StepDecision.opinion("已办理"));

        todo("czj.deputy1", "/api/v1/todo/circulation?size=200")
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].title").value(contains(paper.getTitle())))
                .andExpect(jsonPath("$[?(@.businessKey == '" + key + "')].step").value(contains("传阅")));
        todo("czj.deputy1", "/api/v1/todo?size=200").andExpect(jsonPath("$[?(@.businessKey == '" + key + "')]",
                empty()));
    }

    @Test
    void aPageAtATimeWithTheTotalInAHeader() throws Exception {
        Team team = platform.newTeam();
        for (int i = 0; i < 3; i++) {
            documents.draft(team.clerk(), Urgency.NORMAL, "分页件" + i);
        }
        todo(team.clerk(), "/api/v1/todo?size=2").andExpect(jsonPath("$", hasSize(2)))
                .andExpect(header().string("X-Total-Count", "3"));
        todo(team.clerk(), "/api/v1/todo?size=2&page=1").andExpect(jsonPath("$", hasSize(1)));
        todo(team.clerk(), "/api/v1/todo?urgency=特急").andExpect(jsonPath("$", empty()))
                .andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void onlyAWorkflowAdministratorRebuildsTheTable() throws Exception {
        mvc.perform(post("/api/v1/todo/rebuild").with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/todo/rebuild").with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.processes").isNumber())
                .andExpect(jsonPath("$.openItems").isNumber());
    }

    /** The list as the user's client reads it, with HTTP Basic: the demo password, or a fixture account's. */
    private ResultActions todo(String username, String path) throws Exception {
        String password = DEMO_ACCOUNT.matcher(username).matches() ? "Demo@2026" : PlatformFixtures.PASSWORD;
        return mvc.perform(get(path).with(httpBasic(username, password))).andExpect(status().isOk());
    }
}
