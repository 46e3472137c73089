package org.zhengtong.accountrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.LockWaits;
import org.zhengtong.TestUsers;
import org.zhengtong.accountrequest.internal.AccountApplication;
import org.zhengtong.accountrequest.internal.AccountApplicationService;
import org.zhengtong.platform.AccountOpening.OpenedAccount;
import org.zhengtong.platform.admin.AdminFixtures;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.security.SystemActor;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * /admin/applications: the unit administrator applies, the system administrator approves or rejects, once. The
 * decision is a task of the {@code account-application} process for every system administrator.
 */
@IntegrationTest
class ApplicationPagesTest {

    private static final String TOO_LONG = "很".repeat(501);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Autowired AdminFixtures fixtures;
    @Autowired AccountApplicationService applications;
    @Autowired AccountRepository accounts;
    @Autowired OrganizationService organization;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired TransactionTemplate transactions;
    @Autowired Workflow workflow;
    @Autowired AsUser as;

    @Test
    void theUnitAdministratorSeesTheFormAndTheirUnitsApplicationsOnly() throws Exception {
        String username = TestUsers.unique("czj.apply");
        submit("czj.office", form(username)).andExpect(redirectedUrl("/admin/applications"))
                .andExpect(flash().attribute("flashMessage", containsString("已提交")));

        mvc.perform(get("/admin/applications").with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"application-form\"")))
                .andExpect(content().string(containsString("预算科")))
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("待审批")))
                .andExpect(content().string(not(containsString("/approve"))));
        mvc.perform(get("/admin/applications").with(users.as("zjj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(username))));
        mvc.perform(get("/admin/applications").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("/approve")))
                .andExpect(content().string(not(containsString("id=\"application-form\""))));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
            "applicantName, '', 请填写姓名",
            "applicantName, 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一, 最多 50 个字符",
            "phone, abc, 电话号码格式不正确",
            "position, '', 此项为必填项",
            "position, CHAIRMAN, 格式不正确",
            "reason, '', 请填写申请理由",
            "requestedUsername, '', 请填写用户名",
            "requestedUsername, 9lives, 用户名以字母开头"})
    void invalidApplicationsAreRefusedWithTheFormShownAgain(String field, String value, String message) throws Exception {
        String username = TestUsers.unique("czj.bad");
        MockHttpServletRequestBuilder request = form(username, Map.of(field, value));
        submit("czj.office", request)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"application-form\"")));
        assertThat(applicationFor(username)).isNull();
    }

    @Test
    void anOverlongReasonIsRefused() throws Exception {
        String username = TestUsers.unique("czj.long");
        submit("czj.office", form(username, Map.of("reason", TOO_LONG)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("最多 500 个字符")));
        assertThat(applicationFor(username)).isNull();
    }

    @Test
    void aTakenUsernameIsRefusedAtOnce() throws Exception {
        submit("czj.office", form("czj.d1.clerk1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("用户名“czj.d1.clerk1”已被使用")));
    }

    @Test
    void aUnitAdministratorCannotApplyForAnotherUnit() throws Exception {
        String username = TestUsers.unique("zjj.sneaky");
        submit("czj.office", form(username, Map.of("unitId", fixtures.unitId("zjj").toString(), "departmentId", "")))
                .andExpect(status().isForbidden());
        assertThat(applicationFor(username)).isNull();
    }

    @Test
    void approvalCreatesThePersonAndTheAccountAndShowsThePasswordOnce() throws Exception {
        String username = TestUsers.unique("czj.ok");
        Long id = submitted(username);

        String page = decide(id, "approve", "同意").andExpect(status().isOk())
                .andExpect(content().string(containsString("申请已批准")))
                .andReturn().getResponse().getContentAsString();

        String password = Jsoup.parse(page).getElementById("issued-password").text();
        Account account = fixtures.account(username);
        assertThat(passwordEncoder.matches(password, account.getPasswordHash())).isTrue();
        assertThat(account.getUnitId()).isEqualTo(fixtures.unitId("czj"));
        assertThat(organization.person(account.getPersonId()).getName()).isEqualTo("申请人" + username);
        AccountApplication approved = applicationFor(username);
        assertThat(approved.getStatus()).isEqualTo(AccountApplication.Status.APPROVED);
        assertThat(approved.getAccountId()).isEqualTo(account.getId());
        assertThat(approved.getDecidedBy()).isEqualTo("sysadmin");
        mvc.perform(get("/admin/applications").with(users.as("sysadmin")))
                .andExpect(content().string(not(containsString(password))));
    }

    @Test
    void aDecidedApplicationCannotBeDecidedAgain() throws Exception {
        String username = TestUsers.unique("czj.twice");
        Long id = submitted(username);
        decide(id, "approve", "").andExpect(status().isOk());

        decide(id, "approve", "").andExpect(status().isConflict())
                .andExpect(content().string(containsString("该申请已处理，不能重复审批")));
        decide(id, "reject", "重复").andExpect(status().isConflict())
                .andExpect(content().string(containsString("该申请已处理，不能重复审批")));
        assertThat(applicationFor(username).getStatus()).isEqualTo(AccountApplication.Status.APPROVED);
    }

    @Test
    void rejectingNeedsAReason() throws Exception {
        String username = TestUsers.unique("czj.why");
        Long id = submitted(username);

        decide(id, "reject", "  ").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("退回申请时请填写原因")));
        assertThat(applicationFor(username).getStatus()).isEqualTo(AccountApplication.Status.PENDING);

        decide(id, "reject", "人员已调离").andExpect(redirectedUrl("/admin/applications"))
                .andExpect(flash().attribute("flashMessage", "申请已退回。"));
        AccountApplication rejected = applicationFor(username);
        assertThat(rejected.getStatus()).isEqualTo(AccountApplication.Status.REJECTED);
        assertThat(rejected.getDecisionNote()).isEqualTo("人员已调离");
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    void anOverlongNoteChangesNothing() throws Exception {
        String username = TestUsers.unique("czj.note");
        Long id = submitted(username);
        decide(id, "approve", TOO_LONG).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("最多 500 个字符")));
        assertThat(applicationFor(username).getStatus()).isEqualTo(AccountApplication.Status.PENDING);
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    void aUnitAdministratorCannotDecide() throws Exception {
        String username = TestUsers.unique("czj.self");
        Long id = submitted(username);
        mvc.perform(post("/admin/applications/" + id + "/approve").with(users.as("czj.office")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(applicationFor(username).getStatus()).isEqualTo(AccountApplication.Status.PENDING);
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    /**
     * The first approval holds its transaction open after claiming the application and completing the task; the
     * second runs into it and waits (the database says so), and loses on the version once the first commits. Exactly
     * one account is created.
     */
    @Test
    void ofTwoAdministratorsApprovingAtOnceExactlyOneWins() throws Exception {
        String username = TestUsers.unique("czj.race");
        Long id = submitted(username);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        CompletableFuture<OpenedAccount> first = CompletableFuture.supplyAsync(() -> as.call("sysadmin", () ->
                transactions.execute(status -> {
                    OpenedAccount issued = applications.approve(id, null);
                    claimed.countDown();
                    awaitQuietly(secondWaits);
                    return issued;
                })));
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<MvcResult> racing = CompletableFuture.supplyAsync(() -> {
            try {
                return decide(id, "approve", "").andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> LockWaits.someoneWaits(jdbc));
        secondWaits.countDown();
        MvcResult second = racing.get(30, TimeUnit.SECONDS);

        assertThat(first.get(30, TimeUnit.SECONDS).username()).isEqualTo(username);
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        assertThat(second.getResponse().getContentAsString()).contains("该记录已被其他人修改，请刷新后重试");
        assertThat(accounts.existsByUsername(username)).isTrue();
        assertThat(applicationFor(username).getAccountId()).isEqualTo(fixtures.account(username).getId());
        assertThat(decisions(applicationFor(username))).hasSize(1);
    }

    @Test
    void submittingGivesEverySystemAdministratorADecisionTaskShownInTheirTodoWindow() throws Exception {
        String username = TestUsers.unique("czj.todo");
        Long id = submitted(username);

        TodoTask task = decisionTaskOf(id, "sysadmin");
        assertThat(task.processKey()).isEqualTo("account-application");
        assertThat(task.name()).isEqualTo("账号审批");
        assertThat(task.candidate()).isTrue();
        assertThat(workflow.todo("czj.office")).noneMatch(t -> t.businessKey().equals("account-application:" + id));
        String todo = mvc.perform(get("/todo").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Element title = Jsoup.parse(todo).select("a.todo-title").stream()
                .filter(link -> link.text().contains("申请人" + username)).findFirst().orElseThrow();
        assertThat(title.attr("href")).isEqualTo("/admin/applications");
        assertThat(title.closest("tr").text()).contains(organization.unit(fixtures.unitId("czj")).getName());
    }

    @Test
    void approvingCompletesTheTaskAndTheHistoryShowsTheDecisionAndTheNote() throws Exception {
        String username = TestUsers.unique("czj.flow");
        Long id = submitted(username);

        decide(id, "approve", "同意开通").andExpect(status().isOk());

        AccountApplication approved = applicationFor(username);
        assertThat(workflow.isEnded(approved.getProcessInstanceId())).isTrue();
        assertThat(workflow.todo("sysadmin")).noneMatch(t -> t.businessKey().equals("account-application:" + id));
        assertThat(accounts.existsByUsername(username)).isTrue();
        HistoryStep decision = decisions(approved).get(0);
        assertThat(decision.handler()).isEqualTo("sysadmin");
        assertThat(decision.ended()).isNotNull();
        assertThat(decision.remarks()).extracting(HistoryStep.Remark::text).containsExactly("同意开通");
    }

    @Test
    void rejectingEndsTheProcessAndCannotBeRepeated() throws Exception {
        String username = TestUsers.unique("czj.end");
        Long id = submitted(username);

        decide(id, "reject", "岗位无需账号").andExpect(redirectedUrl("/admin/applications"));

        AccountApplication rejected = applicationFor(username);
        assertThat(workflow.isEnded(rejected.getProcessInstanceId())).isTrue();
        assertThat(decisions(rejected).get(0).remarks()).extracting(HistoryStep.Remark::text)
                .containsExactly("岗位无需账号");
        decide(id, "approve", "").andExpect(status().isConflict())
                .andExpect(content().string(containsString("该申请已处理，不能重复审批")));
        assertThat(applicationFor(username).getStatus()).isEqualTo(AccountApplication.Status.REJECTED);
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    private TodoTask decisionTaskOf(Long id, String username) {
        return workflow.todo(username).stream().filter(t -> t.businessKey().equals("account-application:" + id))
                .findFirst().orElseThrow();
    }

    /** The decision steps of the application's process, as its history shows them. */
    private List<HistoryStep> decisions(AccountApplication application) {
        return workflow.history(application.getProcessInstanceId()).stream()
                .filter(step -> "decide".equals(step.activityId())).toList();
    }

    private Long submitted(String username) throws Exception {
        submit("czj.office", form(username)).andExpect(redirectedUrl("/admin/applications"));
        return applicationFor(username).getId();
    }

    private MockHttpServletRequestBuilder form(String username) {
        return form(username, Map.of());
    }

    /** The application form as the browser posts it, with some fields replaced. */
    private MockHttpServletRequestBuilder form(String username, Map<String, String> replaced) {
        Long unitId = fixtures.unitId("czj");
        Long budget = organization.departmentsOf(unitId).stream().filter(d -> d.getName().equals("预算科")).findFirst()
                .orElseThrow().getId();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("unitId", unitId.toString());
        fields.put("departmentId", budget.toString());
        fields.put("applicantName", "申请人" + username);
        fields.put("position", "CLERK");
        fields.put("phone", "0735-2345678");
        fields.put("reason", "新调入预算科");
        fields.put("requestedUsername", username);
        fields.putAll(replaced);
        MockHttpServletRequestBuilder request = post("/admin/applications");
        fields.forEach(request::param);
        return request;
    }

    private ResultActions submit(String as, MockHttpServletRequestBuilder form) throws Exception {
        return mvc.perform(form.with(users.as(as)).with(csrf()));
    }

    private ResultActions decide(Long id, String decision, String note) throws Exception {
        return mvc.perform(post("/admin/applications/" + id + "/" + decision).param("note", note)
                .with(users.as("sysadmin")).with(csrf()));
    }

    private AccountApplication applicationFor(String username) {
        return SystemActor.call(() -> applications.applicationsInScope().stream()
                .filter(application -> application.getRequestedUsername().equals(username))
                .findFirst().orElse(null));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the second approval never ran into the first");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
