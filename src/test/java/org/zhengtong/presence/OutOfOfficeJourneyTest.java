package org.zhengtong.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.presence.internal.AbsenceService;
import org.zhengtong.presence.internal.AbsenceView;
import org.zhengtong.presence.internal.Whereabouts;
import org.zhengtong.presence.internal.Whereabouts.PersonWhereabouts;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The out-of-office journey on the demo city: 预算科's {@code czj.d1.clerk1} registers that she is out at 市审计局 with
 * {@code czj.d1.clerk2} as her stand-in; a 公文 step handed to her meanwhile goes to him, "代 她 办理"; her chief sees
 * her out in 外出情况查询 and the chief of another department does not see her at all; when she registers her return
 * the open step is back with her and gone from him, and her chief sees her in.
 */
@IntegrationTest
class OutOfOfficeJourneyTest {

    static final String CLERK = "czj.d1.clerk1";
    static final String STAND_IN = "czj.d1.clerk2";
    static final String CHIEF = "czj.d1.chief";
    static final String OTHER_CHIEF = "czj.d2.chief";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AbsenceService absences;
    @Autowired Whereabouts whereabouts;
    @Autowired Workflow workflow;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired MutableClock clock;

    DocumentFixtures documents;

    @BeforeEach
    void fixtures() {
        documents = new DocumentFixtures(documentService, directory, userDetails);
    }

    /** The demo people are shared with other tests: she is never left out of the office. */
    @AfterEach
    void backInTheOffice() {
        absences.mine(CLERK).stream().filter(AbsenceView::returnable)
                .forEach(absence -> absences.registerReturn(absence.id(), CLERK));
        clock.reset();
    }

    @Test
    void aStepReachingHerWhileOutGoesToTheStandInAndComesBack() throws Exception {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/presence").with(users.as(CLERK)).with(csrf()).param("kind", "OUT")
                        .param("leavesAt", now.toString()).param("expectedReturnAt", now.plusHours(4).toString())
                        .param("reason", "核对预算执行数据").param("destination", "市审计局")
                        .param("contactPhone", "13907350001").param("standInUsername", STAND_IN))
                .andExpect(status().is3xxRedirection());
        long absenceId = absences.mine(CLERK).get(0).id();
        String clerkName = directory.nameOf(CLERK);

        // her chief drafts a 请示 and hands the 拟稿 step to her (转交): it reaches her stand-in
        OfficialDocument request = documents.draft(CHIEF, Urgency.NORMAL, "外出期间的请示");
        TodoTask drafting = documents.currentTask(CHIEF, request.getId());
        workflow.transfer(drafting.taskId(), CHIEF, CLERK, "请完善后报送");
        TodoTask withStandIn = documents.currentTask(STAND_IN, request.getId());
        assertThat(withStandIn.taskId()).isEqualTo(drafting.taskId());
        assertThat(withStandIn.assignee()).isEqualTo(STAND_IN);
        assertThat(withStandIn.delegatedFrom()).isEqualTo(CLERK);
        assertThat(page("/todo", STAND_IN)).contains(request.getTitle(), "代 " + clerkName + " 办理");
        assertThat(openTasks(CLERK)).doesNotContain(request.getTitle());

        // out: her chief sees where she is, her colleague too; another department's chief does not see her at all
        assertThat(page("/presence/query", CHIEF)).contains(person(CLERK), "市审计局", "核对预算执行数据");
        assertThat(whereOf(CLERK).away()).isTrue();
        assertThat(page("/presence/query", OTHER_CHIEF)).doesNotContain(person(CLERK), "核对预算执行数据");
        assertThat(page("/presence/department", STAND_IN)).contains(clerkName, "市审计局", "13907350001");

        // 返回登记: the open step is hers again, gone from the stand-in's to-do
        mvc.perform(post("/presence/{id}/return", absenceId).with(users.as(CLERK)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        TodoTask back = documents.currentTask(CLERK, request.getId());
        assertThat(back.taskId()).isEqualTo(drafting.taskId());
        assertThat(back.assignee()).isEqualTo(CLERK);
        assertThat(back.delegatedFrom()).isNull();
        assertThat(openTasks(CLERK)).contains(request.getTitle());
        assertThat(openTasks(STAND_IN)).doesNotContain(request.getTitle());

        // in again: her chief sees her in now, and out earlier today
        PersonWhereabouts after = whereOf(CLERK);
        assertThat(after.away()).isFalse();
        assertThat(after.inPeriod()).extracting(AbsenceView::id).contains(absenceId);
        assertThat(page("/presence/query", OTHER_CHIEF)).doesNotContain(person(CLERK));
    }

    private PersonWhereabouts whereOf(String username) {
        LocalDate today = LocalDate.now(clock);
        return whereabouts.ofStaff(CHIEF, today, today).stream().filter(p -> p.username().equals(username))
                .findFirst().orElseThrow();
    }

    private static String person(String username) {
        return "data-person=\"" + username + "\"";
    }

    /** Every open task of the person (demo people collect tasks from other tests: more than the window's first page). */
    private String openTasks(String username) throws Exception {
        return page("/api/v1/todo?size=200", username);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
