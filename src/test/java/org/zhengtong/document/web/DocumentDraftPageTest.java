package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/** 拟稿 through the page: the form, the document it creates, and the drafts it refuses. */
@IntegrationTest
class DocumentDraftPageTest {

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
    void formOffersTheUnitsIssuerCodesAndTheEditorFromTheWebJar() throws Exception {
        pages.get("czj.d1.clerk1", "/documents/new").andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"财预\"")))
                .andExpect(content().string(containsString("<option value=\"财办\"")))
                .andExpect(content().string(not(containsString("市政发"))))
                .andExpect(content().string(containsString("市政府办公室")))
                .andExpect(content().string(matchesPattern("(?s).*src=\"/webjars/tinymce/[^\"]*tinymce\\.min\\.js\".*")))
                .andExpect(content().string(containsString("/js/rich-text.js")))
                .andExpect(content().string(not(containsString("src=\"http"))))
                .andExpect(content().string(containsString("href=\"/documents/new\"")));
        pages.get("czj.d1.clerk1", "/documents/new?lang=en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft a document")))
                .andExpect(content().string(containsString("Request for instructions")));
    }

    /** The editor's tooltips and word count follow the page's language: TinyMCE itself speaks only English. */
    @Test
    void theEditorLoadsTheChineseLanguagePackOnAChinesePage() throws Exception {
        pages.get("czj.d1.clerk1", "/documents/new").andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*<html[^>]* lang=\"zh.*")))
                .andExpect(content().string(containsString("/js/rich-text.js")));
        pages.get("czj.d1.clerk1", "/documents/new?lang=en")
                .andExpect(content().string(matchesPattern("(?s).*<html[^>]* lang=\"en.*")));
        pages.get("czj.d1.clerk1", "/js/rich-text.js").andExpect(status().isOk())
                .andExpect(content().string(containsString("language: chinese ? 'zh_CN' : 'en'")))
                .andExpect(content().string(containsString("'tinymce/langs/zh_CN.js'")));
        pages.get("czj.d1.clerk1", "/js/tinymce/langs/zh_CN.js").andExpect(status().isOk())
                .andExpect(content().string(containsString("tinymce.addI18n(\"zh_CN\"")))
                // "Words: {0}" of the word count, as the file writes it (字数：{0})
                .andExpect(content().string(containsString("\"Words: {0}\": \"\\u5b57\\u6570\\uff1a{0}\"")));
    }

    @Test
    void draftLeadsToItsPageWithHeaderBodyTimelineAndActions() throws Exception {
        String title = "关于" + TestUsers.unique("追加预算") + "的请示";
        long id = pages.draft("czj.d1.clerk1", title, "<p>市政府：</p><p>现将有关情况请示如下。</p>");

        String page = pages.page("czj.d1.clerk1", id);
        assertThat(page).contains(title, "请示", "加急", "非密", "办理中", "市政府办公室", "市人民政府", "市财政局",
                "现将有关情况请示如下", "拟稿", "id=\"action-panel\"", "id=\"send-on\"",
                "/documents/" + id + "/diagram.png", "tinymce.min.js");
        assertThat(pages.stepOf("czj.d1.clerk1", id)).isEqualTo("拟稿");

        pages.get("czj.d1.clerk1", "/documents/" + id + "/diagram.png").andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
    }

    @Test
    void emptyTitleIsRefusedNextToTheField() throws Exception {
        int before = workflow.todo("czj.d1.clerk1").size();
        pages.post("czj.d1.clerk1", "/documents/new", "type", "NOTICE", "title", " ", "classification", "UNCLASSIFIED",
                        "urgency", "NORMAL", "issuerCode", "财预", "mainRecipients", String.valueOf(pages.unit("szfb")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写标题")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(workflow.todo("czj.d1.clerk1")).hasSize(before);
    }

    @Test
    void overlongTitleIsRefused() throws Exception {
        int before = workflow.todo("czj.d1.clerk1").size();
        pages.post("czj.d1.clerk1", "/documents/new", "type", "NOTICE", "title", "长".repeat(201),
                        "classification", "UNCLASSIFIED", "urgency", "NORMAL", "issuerCode", "财预",
                        "mainRecipients", String.valueOf(pages.unit("szfb")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("最多 200 个字符")));
        assertThat(workflow.todo("czj.d1.clerk1")).hasSize(before);
    }

    @Test
    void classifiedDraftNeedsASecrecyPeriod() throws Exception {
        int before = workflow.todo("czj.d1.chief").size();
        pages.post("czj.d1.chief", "/documents/new", "type", "NOTICE", "title", TestUsers.unique("涉密通知"),
                        "classification", "SECRET", "secrecyPeriod", "", "urgency", "NORMAL", "issuerCode", "财预",
                        "mainRecipients", String.valueOf(pages.unit("szfb")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("涉密公文须填写保密期限")));
        assertThat(workflow.todo("czj.d1.chief")).hasSize(before);

        String title = TestUsers.unique("涉密通知");
        String location = pages.post("czj.d1.chief", "/documents/new", "type", "NOTICE", "title", title,
                        "classification", "SECRET", "secrecyPeriod", "1年", "urgency", "NORMAL", "issuerCode", "财预",
                        "mainRecipients", String.valueOf(pages.unit("szfb")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(pages.page("czj.d1.chief", Long.parseLong(location.substring("/documents/".length()))))
                .contains(title, "秘密", "★1年");
    }

    @Test
    void aDraftAboveTheDraftersClearanceIsRefusedAtTheFieldWithTheInputKept() throws Exception {
        int before = workflow.todo("czj.d1.clerk1").size();
        String title = TestUsers.unique("涉密通知");
        pages.post("czj.d1.clerk1", "/documents/new", "type", "NOTICE", "title", title,
                        "classification", "SECRET", "secrecyPeriod", "1年", "urgency", "NORMAL", "issuerCode", "财预",
                        "mainRecipients", String.valueOf(pages.unit("szfb")), "bodyHtml", "<p>刚刚写好的正文</p>")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">您的涉密等级不足以拟制秘密公文")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content().string(containsString("刚刚写好的正文")))
                .andExpect(content().string(containsString("value=\"1年\"")))
                .andExpect(content().string(not(containsString("无权访问"))));
        assertThat(workflow.todo("czj.d1.clerk1")).hasSize(before);
    }

    @Test
    void theNewDraftFormSendsInOneStepAndSaysWhereTheMainRecipientsArePrinted() throws Exception {
        pages.get("czj.d1.clerk1", "/documents/new").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"draft-send\" name=\"send\" value=\"true\"")))
                .andExpect(content().string(containsString("主送机关在印制时自动排在正文之前")));

        String location = pages.post("czj.d1.clerk1", "/documents/new", "type", "REQUEST",
                        "title", TestUsers.unique("请示"), "classification", "UNCLASSIFIED", "urgency", "NORMAL",
                        "issuerCode", "财预", "mainRecipients", String.valueOf(pages.unit("szfb")),
                        "bodyHtml", "<p>请示如下。</p>", "send", "true")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage", "已保存并发送。"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/documents/".length()));
        assertThat(pages.task("czj.d1.clerk1", id)).isNull();
        assertThat(pages.stepOf("czj.d1.chief", id)).isEqualTo("部门审核");
    }

    @Test
    void anotherUnitsIssuerCodeIsRefused() throws Exception {
        pages.post("czj.d1.clerk1", "/documents/new", "type", "NOTICE", "title", TestUsers.unique("通知"),
                        "classification", "UNCLASSIFIED", "urgency", "NORMAL", "issuerCode", "市政发",
                        "mainRecipients", String.valueOf(pages.unit("szfb")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("机关代字“市政发”不属于本单位")));
    }

    @Test
    void scriptsAndEventHandlersInTheBodyAreNeverStored() throws Exception {
        long id = pages.draft("czj.d1.clerk1", TestUsers.unique("XSS"),
                "<p>正文<script>alert('x')</script></p><p onclick=\"steal()\">段落</p>"
                        + "<img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">链接</a>");

        String stored = pages.stored("czj.d1.clerk1", id).getBodyHtml();
        assertThat(stored).contains("正文", "段落").doesNotContain("<script", "alert", "onclick", "onerror", "javascript:");

        // once sent on, the drafter sees the body rendered, not in the editor
        pages.sendOn("czj.d1.clerk1", id, "opinion", "请审核");
        assertThat(pages.page("czj.d1.clerk1", id)).contains("id=\"document-body\"", "段落")
                .doesNotContain("alert(", "onclick=", "onerror=", "javascript:");
    }

    @Test
    void someoneNotInvolvedGetsTheForbiddenPage() throws Exception {
        long id = pages.draft("czj.d1.clerk1", TestUsers.unique("通知"), "<p>内部</p>");
        pages.get("czj.d2.clerk1", "/documents/" + id).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("无权访问")))
                .andExpect(content().string(not(containsString("内部"))));
        pages.get("szfb.office", "/documents/" + id + "/diagram.png").andExpect(status().isForbidden());
        pages.get("czj.d1.clerk1", "/documents/999999999").andExpect(status().isNotFound());
    }
}
