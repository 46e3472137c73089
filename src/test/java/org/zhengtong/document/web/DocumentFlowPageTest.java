package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/** The 发文 and 收文 journeys through the action panel: every step is a form post of the person whose turn it is. */
@IntegrationTest
class DocumentFlowPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired DocumentService documents;

    DocumentPages pages;

    @BeforeEach
    void pages() {
        pages = new DocumentPages(mvc, users, accounts, workflow, directory, documents);
    }

    @Test
    void requestGoesOutThroughTheFinanceBureauAndIsHandledAtTheCityOffice() throws Exception {
        String title = "关于" + TestUsers.unique("追加预算") + "的请示";
        long id = pages.draft("czj.d1.clerk1", title, "<p>市政府：</p><p>现将有关情况请示如下。</p>");
        pages.act("czj.d1.clerk1", id, "send", "opinion", "请审核")
                .andExpect(redirectedUrl("/documents/" + id)).andExpect(flash().attribute("flashMessage",
                        "已发送，现由部门审核（" + directory.nameOf("czj.d1.chief") + "）办理。"));

        assertThat(pages.page("czj.d1.chief", id)).contains("办理：部门审核", "请审核");
        pages.post("czj.d1.chief", "/documents/" + id + "/body",
                        "baseVersion", "1", "bodyHtml", "<p>市政府：</p><p>现将有关情况请示如下，妥否，请批示。</p>")
                .andExpect(redirectedUrl("/documents/" + id))
                .andExpect(flash().attribute("flashMessage", "正文已保存，当前为第 2 版。"));
        pages.sendOn("czj.d1.chief", id, "opinion", "同意");

        assertThat(pages.page("czj.office", id)).contains("id=\"office-review-choices\"", "会签人", "签发领导");
        pages.sendOn("czj.office", id, "opinion", "请会签", "countersigners", "czj.d2.chief",
                "countersigners", "czj.d3.chief", "signer", "czj.head");
        pages.sendOn("czj.d2.chief", id, "opinion", "国库科同意");
        pages.sendOn("czj.d3.chief", id, "opinion", "资产管理科同意");
        pages.sendOn("czj.head", id, "opinion", "同意，印发");
        assertThat(pages.stepOf("czj.secretary", id)).isEqualTo("编号登记");
        pages.sendOn("czj.secretary", id);
        pages.sendOn("czj.secretary", id);
        pages.sendOn("czj.secretary", id);

        OfficialDocument issued = pages.stored("czj.d1.clerk1", id);
        String page = pages.page("czj.d1.clerk1", id);
        assertThat(page).contains(issued.getDocumentNumber(), issued.getSignerName(), "已办结", "请会签", "国库科同意",
                "同意，印发", "部门审核", "办公室核稿", "会签", "领导签发", "编号登记", "用印", "分发", "办结")
                .doesNotContain("id=\"action-panel\"");
        assertThat(issued.getDocumentNumber()).matches("财预〔\\d{4}〕[1-9]\\d*号");

        long incoming = pages.incomingFor("szfb.secretary", title);
        pages.sendOn("szfb.secretary", incoming, "opinion", "已签收");
        pages.sendOn("szfb.secretary", incoming);
        assertThat(pages.page("szfb.office", incoming)).contains("id=\"propose-choices\"", issued.getDocumentNumber());
        pages.sendOn("szfb.office", incoming, "opinion", "拟请分管副市长阅批", "leader", "szfb.head");
        assertThat(pages.page("szfb.head", incoming)).contains("id=\"instruct-choices\"", "秘书科", "综合科");
        pages.sendOn("szfb.head", incoming, "opinion", "请秘书科、综合科办理",
                "handlingDepartments", String.valueOf(pages.department("szfb", "秘书科")),
                "handlingDepartments", String.valueOf(pages.department("szfb", "综合科")),
                "readers", "szfb.deputy1");
        pages.sendOn("szfb.d1.chief", incoming, "opinion", "已办理");
        pages.sendOn("szfb.d2.chief", incoming, "opinion", "已办理");
        pages.sendOn("szfb.deputy1", incoming, "opinion", "已阅");

        OfficialDocument received = pages.stored("szfb.secretary", incoming);
        assertThat(received.getStatus()).isEqualTo(OfficialDocument.Status.FINISHED);
        assertThat(pages.page("szfb.deputy1", incoming)).contains(received.getRegistrationNumber(), "市财政局",
                "拟请分管副市长阅批", "承办", "传阅", "已办结");
    }

    @Test
    void theSendButtonNamesWhatTheStepDoes() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        assertThat(sendButton(pages.page("czj.d1.chief", id))).contains(">发送<");
        pages.sendOn("czj.d1.chief", id, "opinion", "同意");
        assertThat(sendButton(pages.page("czj.office", id))).contains(">核稿完毕，发送<");
        pages.sendOn("czj.office", id, "countersigners", "czj.d2.chief", "signer", "czj.head");
        assertThat(sendButton(pages.page("czj.d2.chief", id))).contains(">会签<");
        pages.sendOn("czj.d2.chief", id, "opinion", "同意");
        assertThat(sendButton(pages.page("czj.head", id))).contains(">签发<").doesNotContain("发送");
    }

    @Test
    void circulationReadersOnlyReadAndMarkAsRead() throws Exception {
        long id = registeredPaperAtInstruction(TestUsers.unique("来文"));
        pages.sendOn("szfb.head", id, "opinion", "请秘书科办理",
                "handlingDepartments", String.valueOf(pages.department("szfb", "秘书科")), "readers", "szfb.deputy1");
        pages.sendOn("szfb.d1.chief", id, "opinion", "已办理");
        assertThat(pages.stepOf("szfb.deputy1", id)).isEqualTo("传阅");

        String readerPage = pages.page("szfb.deputy1", id);
        assertThat(sendButton(readerPage)).contains(">已阅<");
        assertThat(readerPage).doesNotContain("id=\"return-button\"", "id=\"add-signer-button\"",
                "id=\"transfer-button\"");
        pages.act("szfb.deputy1", id, "add-signer", "addedSigner", "szfb.office", "opinion", "请你也看看")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("传阅只需阅知")));
        pages.act("szfb.deputy1", id, "return", "returnTarget", "instruct", "opinion", "退回")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("传阅只需阅知")));
        assertThat(pages.task("szfb.office", id)).isNull();

        pages.sendOn("szfb.deputy1", id);
        assertThat(pages.task("szfb.deputy1", id)).isNull();
    }

    /** The action panel's main button, from its id to its end. */
    private static String sendButton(String page) {
        int start = page.indexOf("id=\"send-on\"");
        assertThat(start).as("the page offers the send button").isNotNegative();
        return page.substring(start, page.indexOf("</button>", start));
    }

    @Test
    void aReceivingUnitRefusesTheDocumentBackToItsSenderAtSignIn() throws Exception {
        String title = TestUsers.unique("请示");
        long outgoing = issuedByTheFinanceBureau(title);
        long incoming = pages.incomingFor("szfb.secretary", title);
        assertThat(pages.page("szfb.secretary", incoming)).contains("id=\"refuse-button\"");

        pages.act("szfb.secretary", incoming, "refuse", "opinion", " ")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("请填写原因")));
        assertThat(pages.stepOf("szfb.secretary", incoming)).isEqualTo("签收");

        pages.act("szfb.secretary", incoming, "refuse", "opinion", "非本单位职责，请改送市发改委")
                .andExpect(redirectedUrl("/documents/" + incoming));
        assertThat(pages.task("szfb.secretary", incoming)).isNull();
        assertThat(pages.stored("szfb.secretary", incoming).getStatus()).isEqualTo(OfficialDocument.Status.REFUSED);
        assertThat(pages.page("szfb.secretary", incoming)).contains("已退文", "非本单位职责，请改送市发改委")
                .doesNotContain("id=\"action-panel\"");
        assertThat(pages.page("czj.d1.clerk1", outgoing)).contains("退文", "市政府办公室：非本单位职责，请改送市发改委");
        // the drafter is told, with the reason and who refused it, and is led to her 发文
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pages.get("czj.d1.clerk1",
                "/notifications").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("退文：请示《" + title, "理由：市政府办公室：非本单位职责，请改送市发改委",
                        "退文人：" + directory.nameOf("szfb.secretary"), "/documents/" + outgoing));
    }

    /** A 请示 of 市财政局 to 市政府办公室 taken through every 发文 step without 会签: it waits there at 签收. */
    private long issuedByTheFinanceBureau(String title) throws Exception {
        long id = pages.draftAtDepartmentReview(title);
        pages.sendOn("czj.d1.chief", id, "opinion", "同意");
        pages.sendOn("czj.office", id, "signer", "czj.head");
        pages.sendOn("czj.head", id, "opinion", "同意");
        pages.sendOn("czj.secretary", id);
        pages.sendOn("czj.secretary", id);
        pages.sendOn("czj.secretary", id);
        return id;
    }

    @Test
    void instructingWithoutAHandlingDepartmentIsRefusedAndNothingMoves() throws Exception {
        String title = TestUsers.unique("来文");
        long id = registeredPaperAtInstruction(title);
        pages.act("szfb.head", id, "send", "opinion", "请办理")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("请至少选择一个承办科室")))
                .andExpect(content().string(containsString("请办理")));
        assertThat(pages.stepOf("szfb.head", id)).isEqualTo("领导批办");
    }

    @Test
    void addedSignerGivesAnOpinionAndHandsTheStepBack() throws Exception {
        long id = registeredPaperAtInstruction(TestUsers.unique("来文"));
        pages.act("szfb.head", id, "add-signer", "addedSigner", "szfb.deputy1", "opinion", "请先阅提意见")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.task("szfb.head", id)).isNull();

        String signerPage = pages.page("szfb.deputy1", id);
        assertThat(signerPage).contains("办理完毕，交回", "请您加签办理").doesNotContain("id=\"instruct-choices\"");
        pages.sendOn("szfb.deputy1", id, "opinion", "建议秘书科牵头");

        assertThat(pages.stepOf("szfb.head", id)).isEqualTo("领导批办");
        assertThat(pages.page("szfb.head", id)).contains("建议秘书科牵头", "加签", "id=\"instruct-choices\"");
    }

    @Test
    void returnSendsTheDocumentBackToAnEarlierStep() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        assertThat(pages.page("czj.d1.chief", id)).contains("name=\"returnTarget\"", "<option value=\"draft\">拟稿</option>");

        pages.act("czj.d1.chief", id, "return", "returnTarget", "draft", "opinion", "")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("请填写意见或原因")));
        assertThat(pages.stepOf("czj.d1.chief", id)).isEqualTo("部门审核");

        pages.act("czj.d1.chief", id, "return", "returnTarget", "draft", "opinion", "数据有误，请修改")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.stepOf("czj.d1.clerk1", id)).isEqualTo("拟稿");
        assertThat(pages.task("czj.d1.chief", id)).isNull();
        assertThat(pages.page("czj.d1.clerk1", id)).contains("退回", "数据有误，请修改");
    }

    @Test
    void transferHandsTheStepToAColleague() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        pages.act("czj.d1.chief", id, "transfer", "transferTo", "czj.d1.clerk2", "opinion", "请代为审核")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.task("czj.d1.chief", id)).isNull();
        assertThat(pages.stepOf("czj.d1.clerk2", id)).isEqualTo("部门审核");
        assertThat(pages.page("czj.d1.clerk2", id)).contains("转交", "请代为审核");
    }

    @Test
    void previousHandlerWithdrawsUntilTheNextOneActs() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        assertThat(pages.page("czj.d1.clerk1", id)).contains("id=\"withdraw-button\"");
        pages.post("czj.d1.clerk1", "/documents/" + id + "/withdraw").andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.stepOf("czj.d1.clerk1", id)).isEqualTo("拟稿");
        assertThat(pages.task("czj.d1.chief", id)).isNull();

        pages.sendOn("czj.d1.clerk1", id, "opinion", "再次送审");
        pages.sendOn("czj.d1.chief", id, "opinion", "同意");
        pages.post("czj.d1.clerk1", "/documents/" + id + "/withdraw").andExpect(status().isConflict())
                .andExpect(content().string(containsString("没有可以撤回的步骤")));
        assertThat(pages.stepOf("czj.office", id)).isEqualTo("办公室核稿");
    }

    @Test
    void administratorsReassignAStepToSomeoneClearedForIt() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        String review = pages.task("czj.d1.chief", id).taskId();
        assertThat(pages.page("czj.d1.clerk1", id)).doesNotContain("id=\"reassign-button\"");
        pages.post("czj.d1.clerk1", "/documents/" + id + "/reassign", "taskId", review, "reassignTo", "czj.d1.clerk2")
                .andExpect(status().isForbidden());

        assertThat(pages.page("sysadmin", id)).contains("id=\"reassign-button\"", "<option value=\"" + review + "\">部门审核</option>");
        pages.post("sysadmin", "/documents/" + id + "/reassign", "taskId", review, "reassignTo", "czj.d1.clerk2")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.task("czj.d1.chief", id)).isNull();
        assertThat(pages.stepOf("czj.d1.clerk2", id)).isEqualTo("部门审核");
        assertThat(pages.page("czj.d1.clerk2", id)).contains("改派");
    }

    @Test
    void participantsUrgeAndOnlyAdministratorsTerminate() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        assertThat(pages.page("czj.d1.clerk1", id)).contains("id=\"urge-button\"").doesNotContain("id=\"terminate-button\"");
        pages.post("czj.d1.clerk1", "/documents/" + id + "/urge", "message", "请尽快审核")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.page("czj.d1.chief", id)).contains("催办", "请尽快审核");

        pages.post("czj.d1.clerk1", "/documents/" + id + "/terminate", "reason", "不再需要")
                .andExpect(status().isForbidden());
        assertThat(pages.stepOf("czj.d1.chief", id)).isEqualTo("部门审核");

        assertThat(pages.page("sysadmin", id)).contains("id=\"terminate-button\"");
        pages.post("sysadmin", "/documents/" + id + "/terminate", "reason", "重复发文")
                .andExpect(redirectedUrl("/documents/" + id));
        assertThat(pages.stored("czj.d1.clerk1", id).getStatus()).isEqualTo(OfficialDocument.Status.TERMINATED);
        assertThat(pages.task("czj.d1.chief", id)).isNull();
        assertThat(pages.page("czj.d1.clerk1", id)).contains("已终止", "重复发文");
    }

    @Test
    void someoneWhoIsNotTheHandlerChangesNothing() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        String chiefsTask = pages.taskId("czj.d1.chief", id);

        // the drafter may read the document, but the step is not theirs
        pages.post("czj.d1.clerk1", "/documents/" + id + "/send", "taskId", chiefsTask, "opinion", "我自己批")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("这不是您的待办任务")));
        pages.post("czj.d1.clerk1", "/documents/" + id + "/body", "baseVersion", "1", "bodyHtml", "<p>改掉</p>")
                .andExpect(status().isForbidden());

        // someone outside the document may not even see it
        pages.post("czj.d2.clerk1", "/documents/" + id + "/send", "taskId", chiefsTask, "opinion", "同意")
                .andExpect(status().isForbidden());
        pages.post("czj.d2.clerk1", "/documents/" + id + "/return", "taskId", chiefsTask, "returnTarget", "draft",
                "opinion", "退回").andExpect(status().isForbidden());

        assertThat(pages.stepOf("czj.d1.chief", id)).isEqualTo("部门审核");
        assertThat(pages.as("czj.d1.clerk1", () -> documents.bodyVersions(id))).hasSize(1);
        assertThat(pages.page("czj.d1.chief", id)).doesNotContain("我自己批", "改掉");
    }

    @Test
    void actionsWithAForgedCsrfTokenAreRefused() throws Exception {
        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        mvc.perform(MockMvcRequestBuilders.post("/documents/" + id + "/send")
                        .param("taskId", pages.taskId("czj.d1.chief", id)).param("opinion", "同意")
                        .with(users.as("czj.d1.chief")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(pages.stepOf("czj.d1.chief", id)).isEqualTo("部门审核");
    }

    /** A paper 收文 of 市政府办公室 registered, signed for, registered and proposed: it waits at 领导批办. */
    private long registeredPaperAtInstruction(String title) throws Exception {
        long id = DocumentIncomingPageTest.register(mvc, users, "szfb.secretary", title);
        pages.sendOn("szfb.secretary", id);
        pages.sendOn("szfb.secretary", id);
        pages.sendOn("szfb.office", id, "opinion", "拟请市长阅批", "leader", "szfb.head");
        assertThat(pages.stepOf("szfb.head", id)).isEqualTo("领导批办");
        return id;
    }
}
