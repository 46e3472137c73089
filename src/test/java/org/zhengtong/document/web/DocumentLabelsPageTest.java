package org.zhengtong.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.Workflow;

/** One spelling per 文种 on every page (GB/T 9704: 命令（令）), and each field of the document page shown once. */
@IntegrationTest
class DocumentLabelsPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired DocumentService documents;
    @Autowired MessageSource messages;
    @Autowired List<ProcessTemplate> templates;

    DocumentPages pages;

    @BeforeEach
    void pages() {
        pages = new DocumentPages(mvc, users, accounts, workflow, directory, documents);
    }

    @Test
    void theDraftFormAndTheDesignerSpellEveryTypeAlike() {
        for (String template : List.of("outgoing", "incoming")) {
            Map<String, String> designerTypes = templates.stream().filter(t -> t.key().equals(template)).findFirst()
                    .orElseThrow().design().orElseThrow().types().labels();
            for (DocumentType type : DocumentType.values()) {
                assertThat(designerTypes.get(type.name())).as(template + " " + type.name())
                        .isEqualTo(messages.getMessage("document.type." + type, null, Locale.SIMPLIFIED_CHINESE));
            }
            assertThat(designerTypes.get("ORDER")).isEqualTo("命令（令）");
        }
    }

    @Test
    void theHandlerSeesCopiesAndAnnotationOnceInTheOutputForm() throws Exception {
        long id = pages.draft("czj.d1.clerk1", "关于" + TestUsers.unique("份数") + "的请示", "<p>请示如下。</p>");
        String page = pages.page("czj.d1.clerk1", id);
        assertThat(page).contains("id=\"output-copies\"").doesNotContain("id=\"document-copies\"")
                .doesNotContain("id=\"document-annotation\"");
        assertThat(page.split("<label[^>]*>份数</label>|<dt[^>]*>份数</dt>", -1)).hasSize(2);
        assertThat(page.split("<label[^>]*>附注</label>|<dt[^>]*>附注</dt>", -1)).hasSize(2);

        pages.sendOn("czj.d1.clerk1", id, "opinion", "请审核");
        assertThat(pages.page("czj.d1.clerk1", id)).contains("id=\"document-copies\"")
                .doesNotContain("id=\"output-copies\"");
    }
}
