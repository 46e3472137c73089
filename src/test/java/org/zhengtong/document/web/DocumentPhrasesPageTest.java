package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** 常用意见: each person's own list, offered on the document page next to the opinion box. */
@IntegrationTest
class DocumentPhrasesPageTest {

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
    void personAddsChangesAndDeletesTheirPhrases() throws Exception {
        String phrase = TestUsers.unique("同意，请办公室核稿");
        pages.post("czj.d1.chief", "/documents/phrases", "text", phrase, "sortOrder", "1")
                .andExpect(redirectedUrl("/documents/phrases"))
                .andExpect(flash().attribute("flashMessage", "常用意见已添加。"));
        String list = list("czj.d1.chief");
        assertThat(list).contains(phrase);
        long phraseId = idOf(list, phrase);

        long id = pages.draftAtDepartmentReview(TestUsers.unique("请示"));
        assertThat(pages.page("czj.d1.chief", id)).contains("data-phrase=\"" + phrase + "\"");

        String changed = TestUsers.unique("已阅，同意");
        pages.post("czj.d1.chief", "/documents/phrases/" + phraseId, "text", changed, "sortOrder", "2")
                .andExpect(redirectedUrl("/documents/phrases"));
        assertThat(list("czj.d1.chief")).contains(changed).doesNotContain(phrase);

        pages.post("czj.d1.chief", "/documents/phrases/" + phraseId + "/delete")
                .andExpect(redirectedUrl("/documents/phrases"));
        assertThat(list("czj.d1.chief")).doesNotContain(changed);
    }

    @Test
    void nobodyTouchesAnotherPersonsPhrases() throws Exception {
        String phrase = TestUsers.unique("拟同意");
        pages.post("czj.d1.chief", "/documents/phrases", "text", phrase);
        long phraseId = idOf(list("czj.d1.chief"), phrase);

        assertThat(list("czj.d2.chief")).doesNotContain(phrase);
        pages.post("czj.d2.chief", "/documents/phrases/" + phraseId, "text", "篡改").andExpect(status().isNotFound());
        pages.post("czj.d2.chief", "/documents/phrases/" + phraseId + "/delete").andExpect(status().isNotFound());
        assertThat(list("czj.d1.chief")).contains(phrase).doesNotContain("篡改");
    }

    @Test
    void emptyOrOverlongPhrasesAreRefused() throws Exception {
        pages.post("czj.d1.clerk2", "/documents/phrases", "text", "  ").andExpect(status().isConflict())
                .andExpect(content().string(containsString("常用意见不能为空，且不超过 200 个字")));
        pages.post("czj.d1.clerk2", "/documents/phrases", "text", "长".repeat(201)).andExpect(status().isConflict());
        assertThat(list("czj.d1.clerk2")).doesNotContain("长".repeat(201));
    }

    private String list(String username) throws Exception {
        return pages.get(username, "/documents/phrases").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The id in the update form of the row showing the phrase. */
    private static long idOf(String list, String phrase) {
        Matcher row = Pattern.compile("action=\"/documents/phrases/(\\d+)\"(?:(?!</form>).)*?value=\""
                + Pattern.quote(phrase) + "\"", Pattern.DOTALL).matcher(list);
        assertThat(row.find()).as("row of %s", phrase).isTrue();
        return Long.parseLong(row.group(1));
    }
}
